import { popupPicture, saveDocPicture } from './doc-screenshots';
import { expect, test } from './extension';
import { NOTHING_TO_READ } from './serve-pages';

test('the toolbar click on a news article shows its title and length', async ({ extension }, testInfo) => {
  const page = await extension.context.newPage();
  await page.goto(extension.server.pageUrl('seed-article'));
  const popup = await extension.clickToolbarButton(page);

  // The header paints first, the figures and the rest after it: the action bar comes last.
  await popup.waitFor(`document.querySelector('[data-testid="actions"]')`);
  expect(await popup.text('.article-title')).toBe(
    'Alibaba’s $53B Investment to Lead AI and Cloud Computing Innovations',
  );
  expect(await popup.text('[data-testid="word-count"]')).toMatch(/^[\d,]+ words · \d+ min read$/);
  expect(await popup.text('.article-source')).toContain('The Example News');
  await popup.screenshot(testInfo.outputPath('popup-article.png'));
  // The README's picture of the popup, in the light scheme whatever the machine's.
  await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
  await popup.waitFor(`document.querySelector('#repeats-hide:not(:disabled)')`);
  await saveDocPicture(testInfo, 'docs/popup.png', await popupPicture(popup));
});

test('on a section front the popup shows what it found, with one quiet line saying why it may not be an article', async ({
  extension,
}, testInfo) => {
  const page = await extension.context.newPage();
  await page.goto(extension.server.pageUrl('section-front'));
  const popup = await extension.clickToolbarButton(page);

  await popup.waitFor(`document.querySelector('[data-testid="doubt"]')`);
  expect(await popup.text('[data-testid="doubt"]')).toBe('This page seems to list articles rather than tell one.');
  expect(await popup.text('#article-title')).toBe('Technology news');
  expect(await popup.evaluate(`document.querySelector('[data-problem]')`)).toBeNull();
  expect(await popup.evaluate(`document.querySelector('.loading')`)).toBeNull();
  await popup.screenshot(testInfo.outputPath('popup-doubt.png'));
});

test('on a page with nothing to read the popup says it is not an article', async ({ extension }, testInfo) => {
  extension.server.route('/generated/nothing-to-read.html', NOTHING_TO_READ);
  const page = await extension.context.newPage();
  await page.goto(`${extension.server.origin}/generated/nothing-to-read.html`);
  const popup = await extension.clickToolbarButton(page);

  await popup.waitFor(`document.querySelector('[data-problem]')`);
  expect(await popup.evaluate(`document.querySelector('[data-problem]').dataset.problem`)).toBe('not-article');
  expect(await popup.text('.problem-title')).toBe('This page isn’t an article');
  expect(await popup.evaluate(`document.querySelector('.loading')`)).toBeNull();
  await popup.screenshot(testInfo.outputPath('popup-not-article.png'));
});

test('on a browser page the popup explains it cannot read it', async ({ extension }, testInfo) => {
  const page = await extension.context.newPage();
  await page.goto('chrome://version');
  const popup = await extension.clickToolbarButton(page);

  await popup.waitFor(`document.querySelector('[data-problem]')`);
  expect(await popup.evaluate(`document.querySelector('[data-problem]').dataset.problem`)).toBe('restricted');
  expect(await popup.text('.problem-detail')).toContain('Browser pages');
  await popup.screenshot(testInfo.outputPath('popup-restricted.png'));
});
