import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ReadingStage } from './core/read-page';
import type { PageReadingResult } from './core/types';

/** Which repeated paragraphs are hidden on the page right now. */
export interface RepeatsState {
  hidden: boolean;
  /** How many page elements the hiding acts on. */
  elementCount: number;
  /** The reader chose to hide or show them on this page (so a site default does not apply). */
  chosen: boolean;
}

/**
 * The one protocol between the extension pages (popup, reader view) and the two content
 * scripts: content-scripts/content.js, injected on the click, which reads the page, and
 * content-scripts/page-changes.js, injected by the popup before the reader first hides
 * repeats or reveals a passage (most clicks need neither). Every message is named here
 * with its data and answer types; nothing else is sent.
 */
export interface ProtocolMap {
  /** Answers true when the content script is already in the tab (no second injection). */
  ping(): true;
  /**
   * Reads the page as it is now (readPage); the popup completes the analysis with the
   * steps that need only the text (repeats among them).
   */
  analyze(): PageReadingResult;
  /**
   * Reads the page as it is now and adds Readability's cleaned HTML (contentHtml), for
   * the reader view. Asked for only when the reader opens it: the HTML is page data the
   * ordinary popup never needs.
   */
  readerContent(): PageReadingResult;
  /**
   * From the content script to the popup, while it reads the page for `analyze`: the
   * stage it begins. The popup shows it when the reading takes longer than a blink.
   */
  analysisProgress(data: { stage: ReadingStage }): void;
  /** Whether repeated paragraphs are hidden on the page now (the content script answers). */
  getRepeatsState(): RepeatsState;
  /** Answers true when the page-changes script is already in the tab (no second injection). */
  pageChangesLoaded(): true;
  /**
   * Hides or shows the repeated paragraphs of the last analysis on the page (the
   * page-changes script answers): `repeats` are the indices of the paragraphs that repeat
   * an earlier one, as the popup's repeats stage found them.
   */
  setRepeatsHidden(data: { hidden: boolean; repeats: number[] }): RepeatsState;
  /** Scrolls to a paragraph of the last analysis and marks `text` in it briefly (the page-changes script answers). */
  reveal(data: { paragraph: number; text: string }): boolean;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>({
  // Message traffic is not worth a console line on the reader's page.
  logger: { debug() {}, log() {}, warn() {}, error: console.error },
});
