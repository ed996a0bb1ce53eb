import { expect, test } from './extension';

// Issue 15: a Chinese page analysed whole in the built extension, the interface in
// English. The popup loads its Chinese figure reader on demand (a chunk of its own): the
// figures must still be there, the length counted in characters, both repeats found.
test('on the Chinese seed page the popup shows its figures, its length in characters and its two repeats', async ({
  extension,
}, testInfo) => {
  const page = await extension.context.newPage();
  await page.goto(extension.server.pageUrl('seed-article-zh-CN'));
  const popup = await extension.clickToolbarButton(page);
  await popup.waitFor(`document.querySelector('[data-testid="figures"] .figure')`);

  expect(await popup.text('[data-testid="word-count"]')).toBe('1,319 characters · 3 min read');
  const first = await popup.evaluate<{ value: string; equivalents: string[]; label: string }>(
    `(() => { const li = document.querySelector('.figure'); return {
      value: li.querySelector('.figure-value').textContent,
      equivalents: [...li.querySelectorAll('.figure-equivalent')].map((e) => e.textContent),
      label: li.querySelector('.figure-label').textContent,
    }; })()`,
  );
  expect(first).toMatchObject({ value: 'RMB\u00a0380B', equivalents: ['≈ US$53B'] });
  expect(first.label).toBe('投入云计算和人工智能基础设施');
  expect(await popup.text('.repeats-count')).toMatch(/^2 /);
  await popup.screenshot(testInfo.outputPath('popup-zh-page.png'));
});
