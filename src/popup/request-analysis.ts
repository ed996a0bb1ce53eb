import { browser, type Browser } from 'wxt/browser';
import type { ReadingStage } from '../core/read-page';
import { textStagesModule } from './load-text-stages';
import { textStageOptions } from './text-stage-options';
import type { AnalysisResult, PageReading, PageReadingResult } from '../core/types';
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

/** Injects the content script unless a copy already answers in this tab. */
export async function ensureContentScript(tabId: number): Promise<void> {
  try {
    if (await sendMessage('ping', undefined, tabId)) return;
  } catch {
    // Nobody listening yet: inject below.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  } catch (error) {
    const message = describeError(error);
    throw new InjectionError(reasonFromInjectionError(message), message);
  }
}

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
  onPreview: (preview: PageReading) => void = () => {},
  timeoutMs = 30_000,
): Promise<PageReadingResult> {
  // Only from the tab asked: a reading elsewhere (a reader view being prepared) is not this
  // one. Heard from before the injection, which starts the reading (entrypoints/content.ts).
  const stopProgress = onMessage('analysisProgress', ({ data, sender }) => {
    if (sender.tab?.id === tabId) onProgress(data.stage);
  });
  const stopPreview = onMessage('analysisPreview', ({ data, sender }) => {
    if (sender.tab?.id === tabId) onPreview(data.reading);
  });
  let reading: PageReadingResult | undefined;
  try {
    await ensureContentScript(tabId);
    performance.mark('script-ready');
    reading = await withTimeout(sendMessage('analyze', undefined, tabId), timeoutMs);
  } finally {
    stopProgress();
    stopPreview();
  }
  // tabs.sendMessage resolves undefined when the tab navigated away meanwhile.
  if (!reading) throw new NoResponseError('the page went away before answering');
  // Read by the benchmark: the page's share of the time ends here.
  performance.mark('page-read');
  return reading;
}

/** The analysis completed here with the stages that need only the text (figures, highlights). */
export async function completeReading(reading: PageReadingResult): Promise<AnalysisResult> {
  const { completeAnalysis } = await textStagesModule();
  return completeAnalysis(reading, await textStageOptions(reading));
}

/**
 * The same, when the text stages already ran (or are running) on the reading's preview:
 * their answer stands unless the page's repeats or a changed page say otherwise.
 */
export async function completeReadingAfter(
  reading: PageReadingResult,
  early: Promise<AnalysisResult>,
): Promise<AnalysisResult> {
  const earlier = await early.catch(() => null);
  if (!earlier) return completeReading(reading);
  const { completeAnalysisAfterPreview } = await textStagesModule();
  return completeAnalysisAfterPreview(reading, earlier, await textStageOptions(reading));
}
