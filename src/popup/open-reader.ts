import { browser } from 'wxt/browser';
import { handOffToReader } from '../ui/reader-handoff';
import { loadTextStages } from './load-text-stages';
import { ensureContentScript, NoResponseError } from './request-analysis';
import { textStageOptions } from './text-stage-options';
import { sendMessage } from '../messaging';

/**
 * Opens the reader view of the tab's article: the content script analyses the page as
 * it is (no refetch) with the cleaned HTML, and the new tab receives that. Resolves false
 * when the page no longer holds an article.
 */
export async function openReader(tabId: number): Promise<boolean> {
  const textStages = loadTextStages();
  await ensureContentScript(tabId);
  const reading = await sendMessage('readerContent', undefined, tabId);
  // tabs.sendMessage resolves undefined when the tab navigated away meanwhile.
  if (!reading) throw new NoResponseError('the page went away before answering');
  const completeAnalysis = await textStages;
  const result = completeAnalysis(reading, await textStageOptions(reading));
  if (!result.ok) return false;
  const url = await handOffToReader(result);
  // Next to the article, like a link opened from it.
  await browser.tabs.create({ url, openerTabId: tabId });
  return true;
}
