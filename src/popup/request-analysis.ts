import { browser, type Browser } from 'wxt/browser';
import type { ReadingStage } from '../core/read-page';
import { textStagesModule } from './load-text-stages';
import { textStageOptions } from './text-stage-options';
import type { AnalysisResult, PageReadingResult } from '../core/types';
import { onMessage, sendMessage } from '../messaging';
import type { RestrictionReason } from './page-access';
import { describeError } from '../core/errors';

export class InjectionError extends Error {
  constructor(
    readonly reason: RestrictionReason | 'other',
    message: string,
  ) {
    super(message);
  }
}

export class NoResponseError extends Error {}

export async function getActiveTab(): Promise<Browser.tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

// Chrome's wording when it refuses to script a page, mapped to what we tell the reader.
function reasonFromInjectionError(message: string): RestrictionReason | 'other' {
  if (/file:/i.test(message)) return 'file';
  if (/gallery|webstore/i.test(message)) return 'store';
  if (/chrome:|edge:|about:|extension|view-source/i.test(message)) return 'browser-page';
  return 'other';
}

/** Injects one of our content scripts unless `answers()` hears a copy already in the tab. */
async function ensureInjected(
  tabId: number,
  file: '/content-scripts/content.js' | '/content-scripts/page-changes.js',
  answers: () => Promise<boolean>,
): Promise<void> {
  try {
    if (await answers()) return;
  } catch {
    // Nobody listening yet: inject below.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  } catch (error) {
    const message = describeError(error);
    throw new InjectionError(reasonFromInjectionError(message), message);
  }
}

/** Injects the content script unless a copy already answers in this tab. */
export const ensureContentScript = (tabId: number): Promise<void> =>
  ensureInjected(tabId, '/content-scripts/content.js', () => sendMessage('ping', undefined, tabId));

/**
 * Injects the page-changes script (hide repeats, reveal a passage; issue 17) unless a copy
 * already answers in this tab. activeTab's grant still holds: the popup is open on the tab.
 */
export const ensurePageChanges = (tabId: number): Promise<void> =>
  ensureInjected(tabId, '/content-scripts/page-changes.js', () => sendMessage('pageChangesLoaded', undefined, tabId));

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new NoResponseError(`no answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** How far the analysis got: the content script's stages, then the popup's own. */
export type AnalysisStage = ReadingStage | 'figures';

/**
 * The page's half of the analysis, of the tab's page as it is now: the content script
 * injected if need be, then asked to read; `onProgress` hears each stage it begins.
 */
export async function readTab(
  tabId: number,
  onProgress: (stage: ReadingStage) => void = () => {},
  timeoutMs = 30_000,
): Promise<PageReadingResult> {
  // Only from the tab asked: a reading elsewhere (a reader view being prepared) is not this
  // one. Heard from before the injection, which starts the reading (entrypoints/content.ts).
  const stopProgress = onMessage('analysisProgress', ({ data, sender }) => {
    if (sender.tab?.id === tabId) onProgress(data.stage);
  });
  let reading: PageReadingResult | undefined;
  try {
    await ensureContentScript(tabId);
    performance.mark('script-ready');
    reading = await withTimeout(sendMessage('analyze', undefined, tabId), timeoutMs);
  } finally {
    stopProgress();
  }
  // tabs.sendMessage resolves undefined when the tab navigated away meanwhile.
  if (!reading) throw new NoResponseError('the page went away before answering');
  // Read by the benchmark: the page's share of the time ends here.
  performance.mark('page-read');
  return reading;
}

/** The analysis completed here with the stages that need only the text (repeats, figures, highlights). */
export async function completeReading(reading: PageReadingResult): Promise<AnalysisResult> {
  const { completeAnalysis } = await textStagesModule();
  return completeAnalysis(reading, await textStageOptions(reading));
}
