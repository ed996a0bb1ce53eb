import { expect, test } from './extension';

const HIGHLIGHT = 'news-essentials-reveal';
const SENTENCE =
  'The recent earnings report underscores the impact of this strategy, revealing an impressive 11% year-over-year revenue growth for Alibaba’s cloud intelligence unit.';

interface ShownFigure {
  value: string;
  equivalents: string[];
  label: string;
}

test('the seed page’s key figures show first; clicking 11% scrolls to its sentence and marks it, leaving the page as it was', async ({
  extension,
}, testInfo) => {
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(extension.server.pageUrl('seed-article'));
  const pageHtml = () => page.evaluate(() => document.documentElement.outerHTML);
  const before = await pageHtml();

  const popup = await extension.clickToolbarButton(page);
  await popup.waitFor(`document.querySelector('[data-testid="figures"]')`);
  // The first panel under the header.
  expect(await popup.evaluate(`document.querySelector('.article-header').nextElementSibling.dataset.testid`)).toBe(
    'figures',
  );
  const shown = await popup.evaluate<ShownFigure[]>(
    `[...document.querySelectorAll('.figure')].filter((li) => !li.hidden).map((li) => ({
      value: li.querySelector('.figure-value').textContent,
      equivalents: [...li.querySelectorAll('.figure-equivalent')].map((e) => e.textContent),
      label: li.querySelector('.figure-label').textContent,
    }))`,
  );
  expect(shown[0]).toMatchObject({ value: 'RMB\u00a0380B', equivalents: ['≈ US$53B'] });
  expect(shown.map((f) => f.value)).toContain('11%');
  await popup.screenshot(testInfo.outputPath('popup-figures.png'));

  const inView = () =>
    page.evaluate((sentence) => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(sentence));
      const box = paragraph!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }, SENTENCE);
  expect(await inView()).toBe(false);

  await popup.evaluate(
    `[...document.querySelectorAll('.figure-reveal')].find((b) => b.querySelector('.figure-value').textContent === '11%').click()`,
  );
  await expect.poll(inView).toBe(true);
  // The mark is a CSS Custom Highlight over the sentence, visible from the page's own world.
  await expect.poll(() => page.evaluate((name) => CSS.highlights.has(name), HIGHLIGHT)).toBe(true);
  const marked = await page.evaluate(
    (name) => [...(CSS.highlights.get(name) as Set<AbstractRange>)].map((range) => (range as Range).toString()),
    HIGHLIGHT,
  );
  expect(marked).toEqual([SENTENCE]);
  expect(await pageHtml()).toBe(before);
  // caret: 'initial', as hiding the caret would set a style on the page's inputs.
  await page.screenshot({ path: testInfo.outputPath('page-revealed.png'), caret: 'initial' });

  // It goes by itself, taking its style with it.
  await expect.poll(() => page.evaluate((name) => CSS.highlights.has(name), HIGHLIGHT), { timeout: 8_000 }).toBe(false);
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  expect(await pageHtml()).toBe(before);
});
