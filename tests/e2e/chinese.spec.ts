import { axePage, axePopup } from './axe';
import { popupPicture, saveDocPicture } from './doc-screenshots';
import { expect, hasBrowserLocale, test } from './extension';
import { NOTHING_TO_READ } from './serve-pages';

// Issue #7: with the browser in Simplified Chinese, the extension speaks Chinese: the
// popup, the note on the page and the reader view, numbers and dates as Chinese writes them.
test.use({ browserLocale: 'zh-CN' });
// Debian's Chromium keeps its languages in chromium-l10n (.ci/run installs it); without
// them it runs in English whatever it is told, and these tests would fail for the machine's
// sake. Locally they skip, and say so aloud; in CI they always run.
const inCI = !!process.env.CI && !/^(0|false)$/i.test(process.env.CI);
const missingChinese = !hasBrowserLocale('zh-CN') && !inCI;
const reason =
  'Chromium has no Simplified Chinese on this machine (apt-get install chromium-l10n): Chinese tests skipped';
if (missingChinese) console.warn(`chinese.spec.ts: ${reason}`);
test.skip(missingChinese, reason);

test('the popup, the page’s note and the reader view speak Chinese', async ({ extension }, testInfo) => {
  await extension.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: extension.server.origin });
  const page = await extension.context.newPage();
  await page.goto(extension.server.pageUrl('seed-article'));
  const popup = await extension.clickToolbarButton(page);
  await popup.waitFor(`document.querySelector('#repeats-hide:not(:disabled)')`);

  // The browser took the language (a Chromium without its Chinese resources would say en-US).
  expect(await popup.evaluate(`chrome.i18n.getUILanguage()`)).toBe('zh-CN');
  expect(await popup.evaluate(`document.documentElement.lang`)).toBe('zh-CN');
  expect(await popup.evaluate(`document.title`)).toBe('新闻精要 News Essentials');

  const texts = (selector: string) =>
    popup.evaluate<string[]>(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((el) => el.textContent)`);
  expect(await texts('.panel-title')).toEqual(['关键数据', '要点', '重复段落', '相关阅读']);
  expect(await popup.text('time')).toBe('2025年2月24日');
  expect(await popup.text('[data-testid="word-count"]')).toMatch(/^[\d,]+ 词 · 约 \d+ 分钟读完$/);
  expect(await popup.text('.article-source')).toBe('The Example News · 作者：Marcus Ellery');
  // The article's own words keep the article's language.
  expect(await popup.evaluate(`document.querySelector('.article-title').lang`)).toBe('en-US');

  // Sums as Chinese writes them: the number in 万/亿, then the currency's name.
  expect(await popup.text('.figure-value')).toBe('3800亿人民币');
  expect(await texts('.figure:first-child .figure-equivalent')).toEqual(['≈ 530亿美元']);
  expect(await popup.text('.figure-sentence summary')).toBe('原句');
  expect(await popup.text('.repeats-count')).toBe('2 个重复段落');
  expect(await popup.text('label[for="repeats-hide"]')).toBe('在页面上隐藏重复段落');
  expect(await popup.text('label[for="repeats-always"]')).toBe('在 127.0.0.1 上始终隐藏重复段落');
  expect(await popup.text('.repeat-pairs summary')).toBe('逐组对照');
  expect(await popup.text('[data-action="open-reader"]')).toBe('打开阅读视图');
  expect(await popup.text('[data-testid="copy-summary"]')).toBe('复制摘要');

  expect(await axePopup(popup)).toEqual([]);
  await saveDocPicture(testInfo, 'docs/popup-zh.png', await popupPicture(popup));

  // The note that stands in for the hidden repeats on the page.
  await popup.click('#repeats-hide');
  await popup.waitFor(`document.querySelector('#repeats-hide:checked:not([aria-disabled])')`);
  await expect(page.locator('news-essentials-note')).toContainText('已隐藏 2 个重复段落');
  await expect(page.locator('news-essentials-note').getByRole('button', { name: '显示' })).toHaveCount(1);

  await popup.click('[data-testid="copy-summary"]');
  await popup.waitFor(`document.querySelector('[data-testid="copy-status"]').textContent`);
  expect(await popup.text('[data-testid="copy-status"]')).toBe('已复制');

  const opened = extension.context.waitForEvent('page', (p) => p.url().includes('/reader.html?id='));
  await popup.click('[data-action="open-reader"]');
  const reader = await opened;
  await reader.waitForSelector('.reader-title');
  expect(await reader.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  await expect(reader.locator('.reader-control-label')).toHaveText(['字号', '主题']);
  await expect(reader.locator('[data-theme-choice]')).toHaveText(['浅色', '深色', '米色']);
  await expect(reader.locator('[data-action="smaller"]')).toHaveAccessibleName('缩小字号');
  await expect(reader.locator('.reader-size-value')).toHaveText('100%');
  await expect(reader.locator('.reader-meta')).toHaveText(
    /^作者：Marcus Ellery · 2025年2月24日 · [\d,]+ 词 · 约 \d+ 分钟读完$/,
  );
  // Our words inside the English article say they are Chinese.
  await expect(reader.locator('.reader-meta')).toHaveAttribute('lang', 'zh-CN');
  await expect(reader.locator('.reader-original a')).toHaveText('查看原文');
  await expect(reader.locator('.ne-repeat-toggle')).toHaveText(['重复段落 · 显示', '重复段落 · 显示']);
  await expect(reader.locator('.ne-repeat-toggle').first()).toHaveAttribute('lang', 'zh-CN');
  await expect(reader.locator('#reader-related-title')).toHaveText('相关阅读');
  expect(await axePage(reader)).toEqual([]);
  await reader.screenshot({ path: testInfo.outputPath('reader-zh.png') });
});

test('on a page with nothing to read, the popup says so in Chinese', async ({ extension }) => {
  extension.server.route('/generated/nothing-to-read.html', NOTHING_TO_READ);
  const page = await extension.context.newPage();
  await page.goto(`${extension.server.origin}/generated/nothing-to-read.html`);
  const popup = await extension.clickToolbarButton(page);
  await popup.waitFor(`document.querySelector('[data-problem]')`);
  expect(await popup.text('.problem-title')).toBe('这个页面不是文章');
  expect(await popup.text('.problem-detail')).toMatch(/^这个页面.+。请打开单篇新闻报道，再点击一次按钮。$/);
});
