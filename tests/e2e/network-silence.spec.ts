import type { Page } from '@playwright/test';
import { expect, test, type ExtensionHarness } from './extension';
import { ExtensionTraffic } from './extension-traffic';
import type { PopupSession } from './popup-session';

// Issue #6: the extension makes no network request of its own, ever. Every request from
// its pages, its worker and its content script is recorded (extension-traffic.ts) while
// the reader goes through the main journeys, and only the extension's own files may be
// among them.

async function openPopup(extension: ExtensionHarness, traffic: ExtensionTraffic, page: Page): Promise<PopupSession> {
  const popup = await extension.clickToolbarButton(page);
  await traffic.watchPopup(popup);
  return popup;
}

test('the recorder catches requests from the popup, the reader view, the worker and the content script', async ({
  extension,
}) => {
  const traffic = new ExtensionTraffic(extension.context, extension.extensionId);
  const page = await extension.context.newPage();
  await page.goto(extension.server.pageUrl('seed-article'));
  await traffic.watchPage(page);
  const popup = await openPopup(extension, traffic, page);
  await popup.waitFor(`document.querySelector('.article-title')`);
  const target = (who: string) => `${extension.server.origin}/sanity/${who}`;

  // The extension's CSP refuses its pages and worker any fetch to another origin (a refused
  // attempt never becomes a request, so no channel sees it). The foreign requests made
  // here are a navigation of the reader view, which the CSP does not cover, and a fetch
  // from a script the extension injects into the page, which runs under the page's rules.
  await popup.evaluate(
    `chrome.tabs.query({ active: true, currentWindow: true }).then(([tab]) => chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: (url) => void fetch(url).catch(() => null),
      args: [${JSON.stringify(target('content-script'))}],
    })).then(() => true)`,
  );
  await popup.evaluate(`fetch(chrome.runtime.getURL('/manifest.json')).then(() => true)`);
  const worker = extension.context.serviceWorkers()[0]!;
  await worker.evaluate(() => fetch('/manifest.json').then(() => true));
  const reader = await extension.context.newPage();
  await reader.goto(`chrome-extension://${extension.extensionId}/reader.html`);
  await reader.evaluate((url) => void (location.href = url), target('reader'));

  await expect
    .poll(() =>
      traffic
        .foreign()
        .map((request) => `${request.seenBy}: ${request.url}`)
        .sort(),
    )
    .toEqual(
      expect.arrayContaining([
        `context request event: ${target('reader')}`,
        `page Network domain: ${target('content-script')}`,
      ]),
    );
  // The popup and the worker can only fetch the extension's own files: each channel saw one.
  const own = traffic.all().filter((request) => !request.url.startsWith('http'));
  expect(own.map((request) => `${request.seenBy}: ${request.from} ${new URL(request.url).pathname}`)).toEqual(
    expect.arrayContaining([
      'popup Network domain: popup /manifest.json',
      'context request event: worker /manifest.json',
    ]),
  );
  await traffic.stop();
});

test('no request leaves the extension during the main journeys', async ({ extension }) => {
  const traffic = new ExtensionTraffic(extension.context, extension.extensionId);
  await extension.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: extension.server.origin });
  const page = await extension.context.newPage();
  await page.goto(extension.server.pageUrl('seed-article'));
  await traffic.watchPage(page);

  // Analyse, hide and show the repeats, reveal a figure, copy the summary.
  let popup = await openPopup(extension, traffic, page);
  await popup.waitFor(`document.querySelector('#repeats-hide:not(:disabled)')`);
  await popup.click('#repeats-hide');
  await popup.waitFor(`document.querySelector('#repeats-hide:checked:not(:disabled):not([aria-disabled])')`);
  await expect(page.locator('news-essentials-note')).toHaveCount(1);
  await popup.click('#repeats-hide');
  await popup.waitFor(`document.querySelector('#repeats-hide:not(:checked):not(:disabled):not([aria-disabled])')`);
  await expect(page.locator('news-essentials-note')).toHaveCount(0);
  await popup.click('[data-testid="figure"]');
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(1);
  await popup.click('[data-testid="copy-summary"]');
  await popup.waitFor(`document.querySelector('[data-testid="copy-status"]').textContent`);
  expect(await popup.text('[data-testid="copy-status"]')).toBe('Copied');

  // The popup again (the page's state is read back), then the reader view.
  await extension.cdp.send('Target.closeTarget', { targetId: popup.targetId });
  popup = await openPopup(extension, traffic, page);
  await popup.waitFor(`document.querySelector('[data-action="open-reader"]')`);
  const opened = extension.context.waitForEvent('page', (p) => p.url().includes('/reader.html?id='));
  await popup.click('[data-action="open-reader"]');
  const reader = await opened;
  await reader.waitForSelector('.reader-title');
  await reader.locator('[data-theme-choice="sepia"]').click();
  await reader.reload();
  await reader.waitForSelector('.reader-title');

  const all = traffic.all();
  // The recorder did see the journeys: the reader view's own files at least.
  expect(all.filter((request) => request.from.includes('/reader.html')).length).toBeGreaterThan(0);
  expect(traffic.foreign()).toEqual([]);
  await traffic.stop();
});
