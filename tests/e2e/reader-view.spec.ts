import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { expect, test, type ExtensionHarness } from './extension';

const SEED_TITLE = 'Alibaba’s $53B Investment to Lead AI and Cloud Computing Innovations';
const SEED = JSON.parse(readFileSync('tests/fixtures/pages/seed-article/expected.json', 'utf8')) as {
  mustInclude: string[];
};

interface HandedAnalysis {
  text: string;
  paragraphs: { duplicateOf: number | null }[];
}

/** The analysis the popup handed to the reader tab (kept in the tab's sessionStorage). */
function handedAnalysis(reader: Page): Promise<HandedAnalysis> {
  return reader.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('reader:'))!;
    return JSON.parse(sessionStorage.getItem(key)!) as HandedAnalysis;
  });
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** Clicks the toolbar button on `page`, then "Open reader view" in the popup; returns the reader tab. */
async function openReaderView(extension: ExtensionHarness, page: Page): Promise<Page> {
  const popup = await extension.clickToolbarButton(page);
  await popup.waitFor(`document.querySelector('[data-action="open-reader"]')`);
  const opened = extension.context.waitForEvent('page', (p) => p.url().includes('/reader.html?id='));
  await popup.click('[data-action="open-reader"]');
  const reader = await opened;
  await reader.waitForSelector('.reader-title');
  // Nothing of the popup is left over the reader tab (issue #16).
  await expect.poll(() => popup.closed).toBe(true);
  return reader;
}

/** Network requests made by the extension's own pages (the reader view), from now on. */
function watchExtensionRequests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (request: Request) => {
    let origin: string;
    try {
      origin = request.frame().url();
    } catch {
      return; // A service worker's request: not a page of ours.
    }
    if (origin.startsWith('chrome-extension://') && !request.url().startsWith('chrome-extension://')) {
      seen.push(request.url());
    }
  });
  return seen;
}

const background = (reader: Page) => reader.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const textSize = (reader: Page) =>
  reader.evaluate(() => getComputedStyle(document.querySelector('.reader-article')!).fontSize);

test('the reader view shows the article from the page, in the theme and size the reader picks', async ({
  extension,
}, testInfo) => {
  const page = await extension.context.newPage();
  await page.goto(extension.server.pageUrl('seed-article'));
  const requests = watchExtensionRequests(extension.context);
  const reader = await openReaderView(extension, page);

  await expect(reader).toHaveTitle(SEED_TITLE);
  await expect(reader.locator('.reader-title')).toHaveText(SEED_TITLE);
  const content = reader.getByTestId('reader-content');
  // The article as the analysis kept it: its text, and none of the page's furniture
  // the analysis left out (image stand-ins and figure labels for screen readers aside).
  const analysis = await handedAnalysis(reader);
  const shown = await content.evaluate((el) => {
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('.ne-image, .visually-hidden, .ne-repeat-toggle').forEach((ours) => ours.remove());
    return copy.textContent ?? '';
  });
  expect(squash(shown)).toBe(squash(analysis.text));
  for (const text of SEED.mustInclude) expect(shown).toContain(text);
  // The page's scripts, ads and images stay on the page.
  await expect(content.locator('script, iframe, img, svg, form, [style]')).toHaveCount(0);
  const links = await content
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
  for (const [href, rel] of links) {
    expect(href).toMatch(/^https?:\/\//);
    expect(rel).toBe('noopener noreferrer');
  }

  // The seed page prints two paragraphs twice: both repeats are folded behind a button,
  // their text hidden until the button opens it, from the mouse or the keyboard.
  expect(analysis.paragraphs.filter((p) => p.duplicateOf !== null)).toHaveLength(2);
  const toggles = reader.locator('.ne-repeat-toggle');
  await expect(toggles).toHaveCount(2);
  await expect(toggles).toHaveText(['Repeated paragraph · show', 'Repeated paragraph · show']);
  await expect(toggles.first()).toHaveAttribute('aria-expanded', 'false');
  const firstRepeat = reader.locator(`#${(await toggles.first().getAttribute('aria-controls'))!}`);
  await expect(firstRepeat).toBeHidden();
  await expect(firstRepeat).toContainText('In its May 2024 shareholder letter, Alibaba unveiled');
  await toggles.first().click();
  await expect(toggles.first()).toHaveAttribute('aria-expanded', 'true');
  await expect(toggles.first()).toHaveText('Repeated paragraph · hide');
  await expect(firstRepeat).toBeVisible();
  const secondRepeat = reader.locator(`#${(await toggles.nth(1).getAttribute('aria-controls'))!}`);
  await toggles.nth(1).focus();
  await reader.keyboard.press('Enter');
  await expect(secondRepeat).toBeVisible();
  await expect(secondRepeat).toContainText('The strategic implications are significant.');
  await reader.keyboard.press('Space');
  await expect(secondRepeat).toBeHidden();

  // No choice saved yet: the system's scheme.
  await reader.emulateMedia({ colorScheme: 'dark' });
  expect(await background(reader)).toBe('rgb(27, 28, 31)');
  await expect(reader.locator('[data-theme-choice="dark"]')).toHaveAttribute('aria-pressed', 'true');
  await reader.emulateMedia({ colorScheme: 'light' });
  expect(await background(reader)).toBe('rgb(255, 255, 255)');

  await reader.locator('[data-theme-choice="sepia"]').click();
  expect(await background(reader)).toBe('rgb(245, 236, 217)');
  await expect(reader.locator('[data-theme-choice="sepia"]')).toHaveAttribute('aria-pressed', 'true');
  // From the keyboard.
  await reader.locator('[data-theme-choice="dark"]').focus();
  await reader.keyboard.press('Enter');
  expect(await background(reader)).toBe('rgb(27, 28, 31)');

  expect(await textSize(reader)).toBe('18px');
  await reader.locator('[data-action="larger"]').click();
  expect(await textSize(reader)).toBe('20px');
  await reader.locator('[data-action="smaller"]').click();
  await reader.locator('[data-action="smaller"]').click();
  expect(await textSize(reader)).toBe('17px');
  await expect(reader.locator('.reader-size-value')).toHaveText('94%');
  await reader.screenshot({ path: testInfo.outputPath('reader-dark.png'), fullPage: false });

  // A reload keeps the article (without the page) and the choices.
  await reader.reload();
  await expect(reader.locator('.reader-title')).toHaveText(SEED_TITLE);
  expect(await background(reader)).toBe('rgb(27, 28, 31)');
  expect(await textSize(reader)).toBe('17px');

  expect(requests).toEqual([]);
});

// A page that tries everything: the reader view must show its text and run none of it.
const HOSTILE_PARAGRAPH =
  'The harbour authority of Example Bay approved a new ferry timetable on Tuesday, adding three crossings a day, ' +
  'after months of complaints from commuters who said the old schedule left them waiting in the rain. ';
const HOSTILE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ferry timetable changes at Example Bay | The Example Courier</title>
<script>window.__pageScriptRan = true;</script></head>
<body><header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<main><article>
<h1>Ferry timetable changes at Example Bay</h1>
<p>${HOSTILE_PARAGRAPH}<img src="/beacon.png" onerror="document.title='pwned'; window.__pwned = 1" alt="A ferry at the pier"></p>
<p>${HOSTILE_PARAGRAPH}<a href="javascript:document.title='pwned'">Read the notice</a> and <a href="https://example-courier.com/notice">the full notice</a>.</p>
<p onmouseover="window.__pwned = 2" style="background:url(/beacon-style.png)">${HOSTILE_PARAGRAPH}</p>
<svg onload="window.__pwned = 3"><circle r="4"></circle></svg>
<iframe src="/frame.html" onload="window.__pwned = 4"></iframe>
<form action="/steal"><p>${HOSTILE_PARAGRAPH}</p><input name="q"><button>Send</button></form>
<p>${HOSTILE_PARAGRAPH}<object data="/beacon.swf"></object></p>
<p>${HOSTILE_PARAGRAPH}</p>
</article></main><footer>© The Example Courier</footer></body></html>`;

test('the reader view of a hostile page shows its text and runs nothing from it', async ({ extension }) => {
  extension.server.route('/hostile/page.html', HOSTILE_PAGE);
  const page = await extension.context.newPage();
  await page.goto(`${extension.server.origin}/hostile/page.html`);
  const requests = watchExtensionRequests(extension.context);
  const errors: string[] = [];
  const reader = await openReaderView(extension, page);
  reader.on('pageerror', (error) => errors.push(error.message));

  await expect(reader.locator('.reader-title')).toHaveText('Ferry timetable changes at Example Bay');
  await expect(reader.getByTestId('reader-content')).toContainText('The harbour authority of Example Bay');
  await expect(reader.locator('.ne-image')).toHaveText(['Image: A ferry at the pier']);
  await reader.locator('.reader-content p').first().hover();
  expect(
    await reader.evaluate(() => ({ pwned: (window as { __pwned?: number }).__pwned ?? null, title: document.title })),
  ).toEqual({
    pwned: null,
    title: 'Ferry timetable changes at Example Bay',
  });
  await expect(
    reader
      .locator('.reader-content')
      .locator(
        'script, img, svg, iframe, object, form, input, button:not(.ne-repeat-toggle), [style], [onerror], [onload], [onmouseover]',
      ),
  ).toHaveCount(0);
  // The javascript: link is left as text (Readability already unwraps those; the sanitiser would drop its href).
  await expect(reader.getByTestId('reader-content')).toContainText('Read the notice');
  await expect(reader.locator('.reader-content a[href]', { hasText: 'Read the notice' })).toHaveCount(0);
  await expect(reader.locator('.reader-content a[href]', { hasText: 'the full notice' })).toHaveAttribute(
    'href',
    'https://example-courier.com/notice',
  );
  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
});
