import { browser, type Browser } from 'wxt/browser';
import type { AnalysisResult } from '../core/types';
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

/** The content script's analysis of the tab's page as it is now. */
export async function requestAnalysis(tabId: number, timeoutMs = 30_000): Promise<AnalysisResult> {
  await ensureContentScript(tabId);
  performance.mark('script-ready');
  const result = await withTimeout(sendMessage('analyze', undefined, tabId), timeoutMs);
  // tabs.sendMessage resolves undefined when the tab navigated away meanwhile.
  if (!result) throw new NoResponseError('the page went away before answering');
  return result;
}
