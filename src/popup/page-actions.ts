import type { Analysis } from '../core/types';
import type { RepeatsState } from '../messaging';

/** What panels may ask of the page the popup summarises. */
export interface PageActions {
  readonly tabId: number;
  /** Scrolls the page to a paragraph and marks `text` in it briefly; false if it is gone. */
  reveal(paragraph: number, text: string): Promise<boolean>;
  /** Opens the reader view of the page in a new tab; false if it could not. */
  openReader(): Promise<boolean>;
  /**
   * Hiding repeated paragraphs (issue #3). Optional, so that other panels and their tests
   * need not know of it; without it the repeats panel lists the repeats but offers no switch.
   */
  readonly repeats?: RepeatsActions;
}

/** What the repeats panel may ask of the page and of the reader's saved choices. */
export interface RepeatsActions {
  /** Hides (true) or shows the repeated paragraphs on the page; null when the page does not answer. */
  setHidden(hidden: boolean): Promise<RepeatsState | null>;
  /** Whether the repeated paragraphs are hidden on the page now; null when the page does not answer. */
  getState(): Promise<RepeatsState | null>;
  /** The page's site (host name without "www."), for the reader's per-site choice; null if unknown. */
  readonly site: string | null;
  /** Whether the reader asked to hide repeats whenever the popup opens on `site`. */
  alwaysHide(site: string): Promise<boolean>;
  setAlwaysHide(site: string, on: boolean): Promise<void>;
}

/** One section of the popup below the header; null when it has nothing to show. */
export type Panel = (analysis: Analysis, actions: PageActions, locale: string) => HTMLElement | null;
