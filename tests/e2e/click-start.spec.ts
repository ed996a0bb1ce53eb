import type { CDPSession } from '@playwright/test';
import { hugePage } from '../fixtures/generated-pages';
import { expect, hasBrowserLocale, test } from './extension';
import type { PopupSession } from './popup-session';

// Issue 17: the work starts on the click, in the popup's first script; the header shows
// as soon as the page has it and the rest follows; a second click and slow pages still
// work; and an icon that is not pinned earns a one-line hint to pin it.

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** Stops the extension's service worker, as Chrome does after 30 s idle: the next click is cold. */
async function stopServiceWorker(cdp: CDPSession, extensionId: string): Promise<void> {
  const workers = async () =>
    ((await cdp.send('Target.getTargets', { filter: [{}] })) as { targetInfos: TargetInfo[] }).targetInfos.filter(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
    );
  for (const worker of await workers()) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await expect.poll(async () => (await workers()).length).toBe(0);
}

/** The popup's own marks (start-popup.ts, begin-reading.ts, request-analysis.ts), in ms from its start. */
const marks = (popup: PopupSession) =>
  popup.evaluate<Record<string, number>>(
    `Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))`,
  );

const complete = `document.querySelector('[data-testid="actions"]')`;

test('with the worker stopped, the click reads the page from the popup’s first script: the header, then the rest', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(extension.server.pageUrl('seed-article'));
  await stopServiceWorker(extension.cdp, extension.extensionId);
  const popup = await extension.clickToolbarButton(page);
  await popup.waitFor(complete);

  expect(await popup.text('.article-title')).toBe(
    'Alibaba’s $53B Investment to Lead AI and Cloud Computing Innovations',
  );
  expect(await popup.evaluate(`document.querySelectorAll('[data-testid="figure"]').length`)).toBeGreaterThan(0);
  const at = await marks(popup);
  // The reading began before the rendering code ran; the header was shown as soon as the
  // page answered, and the popup's own stages (repeats, figures, highlights), begun on the
  // page's answer, completed after it. (Marks may share a time: the clock is coarse.)
  expect(at['reading-begun']).toBeLessThanOrEqual(at['popup-code-loaded']!);
  expect(at['tab-known']).toBeLessThanOrEqual(at['script-ready']!);
  expect(at['script-ready']).toBeLessThanOrEqual(at['page-read']!);
  expect(at['page-read']).toBeLessThanOrEqual(at['header-shown']!);
  expect(at['header-shown']).toBeLessThanOrEqual(at['analysis-received']!);
  expect(at['analysis-received']).toBeLessThanOrEqual(at['article-shown']!);
  // The header shown first is the one kept: one title in the popup.
  expect(await popup.evaluate(`document.querySelectorAll('.article-title').length`)).toBe(1);
  // The icon is pinned here (the harness's default): no hint.
  expect(await popup.evaluate(`chrome.action.getUserSettings().then((s) => s.isOnToolbar)`)).toBe(true);
  expect(await popup.evaluate(`document.querySelector('[data-testid="pin-hint"]')`)).toBeNull();
  await page.close();
});

test('a second click during a long reading: the new popup shows the stages, then the article', async ({
  extension,
}) => {
  test.setTimeout(60_000);
  const { html } = hugePage(400_000);
  extension.server.route('/generated/long-read.html', html);
  const page = await extension.context.newPage();
  await page.goto(`${extension.server.origin}/generated/long-read.html`);
  // A slow machine's page: the reading takes long enough for its stages to be seen.
  const pageCdp = await extension.context.newCDPSession(page);
  await pageCdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await stopServiceWorker(extension.cdp, extension.extensionId);

  // The first popup closes while its page is being read (a second click on the button closes it).
  const first = await extension.clickToolbarButton(page);
  await first.waitFor(`performance.getEntriesByName('script-ready').length > 0`);
  await extension.cdp.send('Target.closeTarget', { targetId: first.targetId });

  const popup = await extension.clickToolbarButton(page);
  // Every text the status line shows, from as early as the test can watch.
  await popup.waitFor(`document.querySelector('#app .loading')`);
  await popup.waitFor(`(() => {
    if (window.__lines) return true;
    const lines = (window.__lines = []);
    const note = () => { const s = document.querySelector('.loading'); if (s && lines.at(-1) !== s.textContent) lines.push(s.textContent); };
    note();
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    return true;
  })()`);
  await popup.waitFor(complete, 30_000);
  expect(await popup.evaluate(`document.querySelectorAll('.article-title').length`)).toBe(1);
  const lines = await popup.evaluate<string[]>(`window.__lines`);
  // The page's own stages (extract, related, judge, repeats) were reported while it read.
  expect(
    lines.some((line) =>
      [
        'Finding the article…',
        'Collecting related links…',
        'Checking it is an article…',
        'Looking for repeated paragraphs…',
      ].some((stage) => line === stage),
    ),
    lines.join(' | '),
  ).toBe(true);
  await page.close();
});

test.describe('with the icon not pinned', () => {
  test.use({ iconPinned: false });

  test('the popup offers a one-line hint to pin it, and once dismissed never again', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(extension.server.pageUrl('seed-article'));
    let popup = await extension.clickToolbarButton(page);
    await popup.waitFor(complete);
    expect(await popup.evaluate(`chrome.action.getUserSettings().then((s) => s.isOnToolbar)`)).toBe(false);
    await popup.waitFor(`document.querySelector('[data-testid="pin-hint"]')`);
    expect(await popup.text('.pin-hint-text')).toBe('Pin the icon (puzzle-piece menu) to open faster.');
    // One line, inside the action bar.
    expect(
      await popup.evaluate(
        `(() => { const p = document.querySelector('.pin-hint-text'); return Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)); })()`,
      ),
    ).toBe(1);
    expect(
      await popup.evaluate(`Boolean(document.querySelector('[data-testid="actions"] [data-testid="pin-hint"]'))`),
    ).toBe(true);
    expect(await popup.evaluate(`document.querySelector('.pin-hint-close').getAttribute('aria-label')`)).toBe(
      'Dismiss this tip',
    );

    await popup.screenshot(test.info().outputPath('popup-pin-hint.png'));
    await popup.click('.pin-hint-close');
    expect(await popup.evaluate(`document.querySelector('[data-testid="pin-hint"]')`)).toBeNull();
    await expect
      .poll(() => popup.evaluate(`chrome.storage.local.get('pinHintDismissed').then((s) => s.pinHintDismissed)`))
      .toBe(true);
    await extension.cdp.send('Target.closeTarget', { targetId: popup.targetId });

    popup = await extension.clickToolbarButton(page);
    await popup.waitFor(complete);
    // The hint is decided before the article is shown: none now, none later.
    expect(await popup.evaluate(`document.querySelector('[data-testid="pin-hint"]')`)).toBeNull();
    await page.close();
  });
});

test.describe('with the icon not pinned and the browser in Chinese', () => {
  test.use({ iconPinned: false, browserLocale: 'zh-CN' });
  const inCI = !!process.env.CI && !/^(0|false)$/i.test(process.env.CI);
  test.skip(!hasBrowserLocale('zh-CN') && !inCI, 'Chromium has no Simplified Chinese on this machine (chromium-l10n)');

  test('the pin hint speaks Chinese', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(extension.server.pageUrl('seed-article'));
    const popup = await extension.clickToolbarButton(page);
    await popup.waitFor(complete);
    await popup.waitFor(`document.querySelector('[data-testid="pin-hint"]')`);
    expect(await popup.text('.pin-hint-text')).toBe('在拼图菜单中固定本扩展，打开更快。');
    expect(await popup.evaluate(`document.querySelector('.pin-hint-close').getAttribute('aria-label')`)).toBe(
      '关闭此提示',
    );
    await page.close();
  });
});
