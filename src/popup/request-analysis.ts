import { browser, type Browser } from 'wxt/browser';
import { completeAnalysis } from '../core/complete-analysis';
import type { AnalysisResult, PageReadingResult } from '../core/types';
import { sendMessage } from '../messaging';
import type { RestrictionReason } from './page-access';

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
    const message = error instanceof Error ? error.message : String(error);
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

/** Completes what the content script read off the page with the text-only steps. */
export function completeReading(reading: PageReadingResult): AnalysisResult {
  if (!reading.ok) return reading;
  try {
    return { ok: true, ...completeAnalysis(reading) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INTERNAL_ERROR', message: `The analysis failed: ${message}` } };
  }
}

/** The analysis of the tab's page as it is now: read in the page, completed here. */
export async function requestAnalysis(tabId: number, timeoutMs = 30_000): Promise<AnalysisResult> {
  await ensureContentScript(tabId);
  performance.mark('script-ready');
  const reading = await withTimeout(sendMessage('analyze', undefined, tabId), timeoutMs);
  // tabs.sendMessage resolves undefined when the tab navigated away meanwhile.
  if (!reading) throw new NoResponseError('the page went away before answering');
  return completeReading(reading);
}
