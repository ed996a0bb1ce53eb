import { browser } from 'wxt/browser';
import { handOffToReader } from '../ui/reader-handoff';
import { completeReading, ensureContentScript, NoResponseError } from './request-analysis';
import { sendMessage } from '../messaging';

/**
 * Opens the reader view of the tab's article: the content script analyses the page as
 * it is (no refetch) with the cleaned HTML, and the new tab receives that. Resolves false
 * when the page no longer holds an article.
 */
export async function openReader(tabId: number): Promise<boolean> {
  await ensureContentScript(tabId);
  const reading = await sendMessage('readerContent', undefined, tabId);
  // tabs.sendMessage resolves undefined when the tab navigated away meanwhile.
  if (!reading) throw new NoResponseError('the page went away before answering');
  // Completed as the popup completes its own reading (the text stages' chunk is loaded
  // by then: the popup's first script fetched it).
  const result = await completeReading(reading);
  if (!result.ok) return false;
  const url = await handOffToReader(result);
  // Next to the article, like a link opened from it.
  await browser.tabs.create({ url, openerTabId: tabId });
  return true;
}
