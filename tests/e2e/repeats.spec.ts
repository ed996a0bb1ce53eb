import type { Page } from '@playwright/test';
import { expect, test } from './extension';

// Issue #3 with the real toolbar click: on the seed page the switch hides exactly the two
// repeated paragraphs of the live page, a popup opened again still counts them and shows
// the switch on, and switching back leaves the page's serialisation exactly as it was.

const REPEATS = ['In its May 2024 shareholder letter, Alibaba unveiled', 'The strategic implications are significant.'];

/** Visibility of every paragraph of the article body on the live page, by opening. */
function articleParagraphs(page: Page): Promise<{ text: string; visible: boolean }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[itemprop="articleBody"] p')].map((p) => ({
      text: (p.textContent ?? '').trim(),
      visible: (p as HTMLElement).offsetParent !== null && p.getClientRects().length > 0,
    })),
  );
}

const serialisation = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

test('the switch hides exactly the two repeats on the page and restores it exactly', async ({
  extension,
}, testInfo) => {
  const page = await extension.context.newPage();
  await page.goto(extension.server.pageUrl('seed-article'));
  const before = await serialisation(page);
  const paragraphsBefore = await articleParagraphs(page);
  expect(paragraphsBefore.every((p) => p.visible)).toBe(true);

  let popup = await extension.clickToolbarButton(page);
  await popup.waitFor(`document.querySelector('#repeats-hide:not(:disabled)')`);
  expect(await popup.text('.repeats-count')).toBe('2 repeated paragraphs');
  expect(await popup.evaluate(`document.querySelector('#repeats-hide').checked`)).toBe(false);

  await popup.click('#repeats-hide');
  await popup.waitFor(`document.querySelector('#repeats-hide:checked:not(:disabled):not([aria-disabled])')`);
  const hidden = await articleParagraphs(page);
  const invisible = hidden.filter((p) => !p.visible).map((p) => p.text);
  expect(invisible).toHaveLength(2);
  REPEATS.forEach((opening, k) => expect(invisible[k]).toMatch(new RegExp(`^${opening}`)));
  expect(hidden.filter((p) => p.visible)).toHaveLength(paragraphsBefore.length - 2);
  // The quiet note takes their place and reads as a note, not as article text.
  await expect(page.locator('news-essentials-note')).toHaveCount(1);
  await expect(page.locator('news-essentials-note')).toContainText('2 repeated paragraphs hidden');
  // (No screenshot of the page itself: Playwright's leaves style="" on its inputs.)
  await popup.screenshot(testInfo.outputPath('popup-repeats-hidden.png'));

  // The popup analyses the page again when it reopens: the hidden paragraphs still count.
  await extension.cdp.send('Target.closeTarget', { targetId: popup.targetId });
  popup = await extension.clickToolbarButton(page);
  await popup.waitFor(`document.querySelector('#repeats-hide:not(:disabled)')`);
  expect(await popup.text('.repeats-count')).toBe('2 repeated paragraphs');
  expect(await popup.evaluate(`document.querySelector('#repeats-hide').checked`)).toBe(true);

  await popup.click('#repeats-hide');
  await popup.waitFor(`document.querySelector('#repeats-hide:not(:checked):not(:disabled):not([aria-disabled])')`);
  expect((await articleParagraphs(page)).every((p) => p.visible)).toBe(true);
  expect(await serialisation(page)).toBe(before);
});

test("the note's show button brings its paragraphs back", async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(extension.server.pageUrl('wire-story-printed-twice'));
  const before = await serialisation(page);
  const popup = await extension.clickToolbarButton(page);
  await popup.waitFor(`document.querySelector('#repeats-hide:not(:disabled)')`);
  await popup.click('#repeats-hide');
  await popup.waitFor(`document.querySelector('#repeats-hide:checked:not([aria-disabled])')`);
  await expect(page.locator('news-essentials-note')).toContainText('8 repeated paragraphs hidden');

  await page.locator('news-essentials-note').getByRole('button', { name: 'show' }).click();
  await expect(page.locator('news-essentials-note')).toHaveCount(0);
  expect(await serialisation(page)).toBe(before);
});

// Issue 17: the content script the click injects only reads the page; the code that
// changes it (hide/show repeats, reveal a passage) is injected by the popup on the
// reader's first use, once, and a later popup finds it there.
const SPY_ON_INJECTIONS = `(() => {
  const api = globalThis.browser?.runtime?.id ? globalThis.browser : chrome;
  const inject = api.scripting.executeScript.bind(api.scripting);
  window.injected = [];
  api.scripting.executeScript = (options) => {
    window.injected.push(...(options.files ?? []));
    return inject(options);
  };
  return true;
})()`;
const PAGE_CHANGES = '/content-scripts/page-changes.js';

test('hiding repeats and revealing a figure inject the page-changes script on first use, once', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(extension.server.pageUrl('seed-article'));
  const before = await serialisation(page);
  const hiddenCount = async () => (await articleParagraphs(page)).filter((p) => !p.visible).length;

  // A fresh page: the click injected the content script alone.
  let popup = await extension.clickToolbarButton(page);
  await popup.waitFor(`document.querySelector('#repeats-hide:not(:disabled)')`);
  await popup.evaluate(SPY_ON_INJECTIONS);
  const injected = () => popup.evaluate<string[]>('window.injected');

  await popup.click('#repeats-hide');
  await popup.waitFor(`document.querySelector('#repeats-hide:checked:not(:disabled):not([aria-disabled])')`);
  expect(await hiddenCount()).toBe(2);
  expect(await injected()).toEqual([PAGE_CHANGES]);

  // Show, hide again, and reveal a figure: the script is there, nothing is injected again.
  await popup.click('#repeats-hide');
  await popup.waitFor(`document.querySelector('#repeats-hide:not(:checked):not(:disabled):not([aria-disabled])')`);
  expect(await hiddenCount()).toBe(0);
  await popup.click('#repeats-hide');
  await popup.waitFor(`document.querySelector('#repeats-hide:checked:not(:disabled):not([aria-disabled])')`);
  expect(await hiddenCount()).toBe(2);
  await popup.click('[data-testid="figure"]');
  await expect
    .poll(() => page.evaluate(() => [...CSS.highlights.values()].map((highlight) => highlight.size)))
    .toEqual([1]);
  expect(await injected()).toEqual([PAGE_CHANGES]);

  // A later popup asks the tab, finds the script, and injects nothing.
  await extension.cdp.send('Target.closeTarget', { targetId: popup.targetId });
  popup = await extension.clickToolbarButton(page);
  await popup.waitFor(`document.querySelector('#repeats-hide:checked:not(:disabled)')`);
  await popup.evaluate(SPY_ON_INJECTIONS);
  await popup.click('#repeats-hide');
  await popup.waitFor(`document.querySelector('#repeats-hide:not(:checked):not(:disabled):not([aria-disabled])')`);
  expect(await hiddenCount()).toBe(0);
  expect(await injected()).toEqual([]);
  await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 8_000 }).toBe(0);
  expect(await serialisation(page)).toBe(before);

  // "Always on this site": a fresh page of the site, where the click injected the content
  // script alone, gets its repeats hidden on opening, the page-changes script injected for it.
  await popup.evaluate(`chrome.storage.local.set({ alwaysHideRepeatsSites: ['127.0.0.1'] }).then(() => true)`);
  await extension.cdp.send('Target.closeTarget', { targetId: popup.targetId });
  const fresh = await extension.context.newPage();
  await fresh.goto(extension.server.pageUrl('seed-article'));
  try {
    popup = await extension.clickToolbarButton(fresh);
    await popup.waitFor(`document.querySelector('#repeats-hide:checked:not(:disabled):not([aria-disabled])')`);
    expect((await articleParagraphs(fresh)).filter((p) => !p.visible)).toHaveLength(2);
  } finally {
    await popup.evaluate(`chrome.storage.local.set({ alwaysHideRepeatsSites: [] }).then(() => true)`);
  }
});
