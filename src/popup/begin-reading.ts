import type { Browser } from 'wxt/browser';
import type { ReadingStage } from '../core/read-page';
import type { AnalysisResult, PageReadingResult } from '../core/types';
import { textStagesModule, warmTextStagesWhile } from './load-text-stages';
import { classifyPageAccess, type RestrictionReason } from './page-access';
import { completeReading, getActiveTab, readTab } from './request-analysis';

/** The stages the page reports as it reads, kept for whoever listens later. */
export class ReadingProgress {
  private stage: ReadingStage | null = null;
  private readonly listeners: ((stage: ReadingStage) => void)[] = [];

  report(stage: ReadingStage): void {
    this.stage = stage;
    for (const listener of this.listeners) listener(stage);
  }

  /** Hears the stage under way now, if any, and each one after. */
  listen(listener: (stage: ReadingStage) => void): void {
    this.listeners.push(listener);
    if (this.stage) listener(this.stage);
  }
}

/** What the popup's first script set going on the click. */
export type BegunReading =
  | { kind: 'no-tab' }
  | { kind: 'restricted'; reason: RestrictionReason }
  | {
      kind: 'reading';
      tab: Browser.tabs.Tab & { id: number };
      /** The page's half of the analysis; rejects with InjectionError or NoResponseError. */
      reading: Promise<PageReadingResult>;
      progress: ReadingProgress;
      /** The whole analysis: the text stages begun here the moment the page answers. */
      analysis: Promise<AnalysisResult>;
    };

/**
 * The popup's first work, before the code that renders anything has loaded: the tab's
 * address (activeTab's grant), the content script injected and the reading asked for, and
 * the popup's own stages fetched meanwhile (issue 17: the popup's rendering code took
 * 71 ms to load before any of this began; now the page reads while it loads).
 */
export async function beginReading(): Promise<BegunReading> {
  performance.mark('reading-begun');
  void textStagesModule();
  const tab = await getActiveTab();
  if (tab?.id === undefined) return { kind: 'no-tab' };
  performance.mark('tab-known');
  const access = classifyPageAccess(tab.url);
  if (!access.readable) return { kind: 'restricted', reason: access.reason };
  const progress = new ReadingProgress();
  let settled = false;
  const reading = readTab(tab.id, (stage) => progress.report(stage));
  const settle = () => (settled = true);
  // Whoever renders it hears a failure; until then it is no unhandled rejection.
  reading.then(settle, settle);
  // Begun here, not once the rendering code has loaded and shown the header: on a cold
  // click the page can answer first (issue 17).
  const analysis = reading.then(completeReading);
  analysis.catch(() => {});
  warmTextStagesWhile(() => !settled);
  return { kind: 'reading', tab: { ...tab, id: tab.id }, reading, progress, analysis };
}
