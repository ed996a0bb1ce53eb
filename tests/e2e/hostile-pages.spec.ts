import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { hugePage } from '../fixtures/generated-pages';
import { expect, fixturePagesDir, test, type ExtensionHarness } from './extension';
import type { PopupSession } from './popup-session';
import { longestFreeze, resetFreezeWatch, withFreezeWatch } from './watch-freezes';

// Issue #6 with the real toolbar click: a page that tries everything runs nothing in the
// extension, a huge page never freezes its tab, and nothing the page posts or dispatches
// changes the extension's answers.

const HOSTILE = JSON.parse(readFileSync(resolve(fixturePagesDir, 'hostile-markup', 'expected.json'), 'utf8')) as {
  title: string;
  relatedLinks: string[];
};

/** What the hostile page's scripts and handlers set on the window they run in. */
const MARKERS = [
  '__pageScriptRan',
  '__pageEvents',
  '__bodyLoaded',
  '__bodyScriptRan',
  '__svgScriptRan',
  '__svgAnimated',
  '__mathScriptRan',
  '__srcdocRan',
  '__adFrameLoaded',
  '__imageErrors',
  '__navClicked',
];

/** Dialogs opened by any tab of the context, from now on (each is dismissed). */
function recordDialogs(context: BrowserContext): string[] {
  const opened: string[] = [];
  const watch = (page: Page) =>
    page.on('dialog', (dialog) => {
      opened.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  return opened;
}

interface DocumentAudit {
  markers: string[];
  /** Scripts other than the extension page's own module. */
  foreignScripts: string[];
  handlers: string[];
  /** Attributes whose value runs code or embeds a document when followed. */
  scriptUrls: string[];
  embedded: number;
  links: { href: string; rel: string | null }[];
}

// Runs in an extension page (popup or reader view): what of the page got in.
const auditDocument = (args: { markers: string[]; ownOrigin: string }): DocumentAudit => {
  const all = [...document.querySelectorAll('*')];
  return {
    markers: args.markers.filter((name) => name in window),
    foreignScripts: [...document.querySelectorAll('script')]
      .filter((s) => {
        const src = s.getAttribute('src') ?? s.getAttribute('href');
        return !src || !new URL(src, document.baseURI).href.startsWith(args.ownOrigin);
      })
      .map((s) => s.outerHTML.slice(0, 80)),
    handlers: all.flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName}[${a.name}]`),
    ),
    scriptUrls: all.flatMap((el) =>
      [...el.attributes]
        .filter((a) => /^\s*(javascript|vbscript|data):/i.test(a.value) && a.name !== 'src')
        .map((a) => `${el.localName}[${a.name}=${a.value.slice(0, 40)}]`),
    ),
    embedded: document.querySelectorAll('iframe, object, embed, frame, math, svg script, form[action]').length,
    links: [...document.querySelectorAll('a[href]')].map((a) => ({
      href: (a as HTMLAnchorElement).href,
      rel: a.getAttribute('rel'),
    })),
  };
};

function auditPopup(popup: PopupSession, ownOrigin: string): Promise<DocumentAudit> {
  return popup.evaluate(`(${auditDocument.toString()})(${JSON.stringify({ markers: MARKERS, ownOrigin })})`);
}

function expectNothingOfThePage(audit: DocumentAudit): void {
  expect(audit.markers).toEqual([]);
  expect(audit.foreignScripts).toEqual([]);
  expect(audit.handlers).toEqual([]);
  expect(audit.scriptUrls).toEqual([]);
  expect(audit.embedded).toBe(0);
  for (const link of audit.links) expect(link.href).toMatch(/^https?:\/\//);
}

async function clickAndWait(extension: ExtensionHarness, page: Page, selector: string): Promise<PopupSession> {
  const popup = await extension.clickToolbarButton(page);
  await popup.send('Page.enable'); // Page.javascriptDialogOpening, should the popup ever open one.
  await popup.waitFor(`document.querySelector(${JSON.stringify(selector)})`, 30_000);
  return popup;
}

test('a hostile page runs nothing in the popup or the reader view and opens no dialog', async ({ extension }) => {
  const dialogs = recordDialogs(extension.context);
  const ownOrigin = `chrome-extension://${extension.extensionId}/`;
  const page = await extension.context.newPage();
  await page.goto(extension.server.pageUrl('hostile-markup'));
  // The page's own scripts do run in the page: the markers the test looks for are real.
  expect(await page.evaluate(() => ({ ...window }) as Record<string, unknown>)).toMatchObject({
    __pageScriptRan: true,
    __bodyScriptRan: true,
    __bodyLoaded: true,
  });

  // The audit finds all of it on the page itself.
  const onPage = await page.evaluate(auditDocument, { markers: MARKERS, ownOrigin });
  expect(onPage.markers.length).toBeGreaterThanOrEqual(4);
  expect(onPage.foreignScripts.length).toBeGreaterThanOrEqual(4);
  expect(onPage.handlers.length).toBeGreaterThanOrEqual(8);
  expect(onPage.scriptUrls.length).toBeGreaterThanOrEqual(6);
  expect(onPage.embedded).toBeGreaterThanOrEqual(4);

  const popup = await clickAndWait(extension, page, '[data-testid="actions"]');
  // The literal "<script>" of the headline is text.
  expect(await popup.text('.article-title')).toBe(HOSTILE.title);
  expect(await popup.evaluate(`document.querySelector('.article-title').childElementCount`)).toBe(0);
  const audit = await auditPopup(popup, ownOrigin);
  expectNothingOfThePage(audit);
  const related = await popup.evaluate<{ href: string; rel: string | null }[]>(
    `[...document.querySelectorAll('[data-testid="related-link"]')].map((a) => ({ href: a.href, rel: a.getAttribute('rel') }))`,
  );
  expect(related.map((link) => link.href)).toEqual(HOSTILE.relatedLinks);
  for (const link of related) expect(link.rel).toBe('noopener noreferrer');

  const opened = extension.context.waitForEvent('page', (p) => p.url().includes('/reader.html?id='));
  await popup.click('[data-action="open-reader"]');
  expect(popup.eventsNamed('Page.javascriptDialogOpening')).toEqual([]);
  const reader = await opened;
  await reader.waitForSelector('.reader-title');
  await expect(reader.locator('.reader-title')).toHaveText(HOSTILE.title);
  await expect(reader.locator('.reader-title *')).toHaveCount(0);
  await expect(reader.getByTestId('reader-content')).toContainText('<script>alert(1)</script>');
  // Whatever the reader does with the article's text runs nothing either.
  await reader.locator('.reader-content p').nth(1).hover();
  await reader.locator('.reader-content a').first().hover();
  expectNothingOfThePage(await reader.evaluate(auditDocument, { markers: MARKERS, ownOrigin }));
  // The page's own form of the body link stays text, its https one a link.
  await expect(reader.locator('.reader-content a[href]', { hasText: 'Read the committee’s statement' })).toHaveCount(0);
  await expect(
    reader.locator('.reader-content a[href]', { hasText: 'the full statement on our site' }),
  ).toHaveAttribute('rel', 'noopener noreferrer');

  // Nothing was posted to the page either: it heard only its own message.
  expect(await page.evaluate(() => (window as { __pageEvents?: unknown[] }).__pageEvents)).toEqual([
    { type: 'page-says-hello' },
  ]);
  expect(dialogs).toEqual([]);
});

interface PopupAnswer {
  title: string;
  figures: string[];
  highlights: string[];
  related: string[];
  repeats: string;
}

const popupAnswer = (popup: PopupSession) =>
  popup.evaluate<PopupAnswer>(`({
    title: document.querySelector('.article-title').textContent,
    figures: [...document.querySelectorAll('[data-testid="figure-value"]')].map((e) => e.textContent),
    highlights: [...document.querySelectorAll('[data-testid="highlight"]')].map((e) => e.textContent),
    related: [...document.querySelectorAll('[data-testid="related-link"]')].map((a) => a.href),
    repeats: document.querySelector('.repeats-count').textContent,
  })`);

const hiddenParagraphs = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('[itemprop="articleBody"] p')].filter((p) => p.getClientRects().length === 0)
        .length,
  );

test('the content script leaves no globals, a second copy doubles nothing, and what the page posts changes nothing', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(extension.server.pageUrl('seed-article'));
  const globals = () => page.evaluate(() => Object.keys(window).sort());
  const globalsBefore = await globals();
  const serialisation = () => page.evaluate(() => document.documentElement.outerHTML);
  const before = await serialisation();

  let popup = await clickAndWait(extension, page, '#repeats-hide:not(:disabled)');
  const first = await popupAnswer(popup);
  expect(first.repeats).toBe('2 repeated paragraphs');
  expect(await globals()).toEqual(globalsBefore);

  // The page forges what it might guess the extension listens to: WXT's "a newer copy
  // started" announcement (its event name includes the extension's public id), and
  // messages shaped like the protocol's.
  await page.evaluate((id) => {
    const forged = { contentScriptName: 'content', messageId: 'forged' };
    for (const type of ['wxt:content-script-started', `${id}:content:wxt:content-script-started`]) {
      window.postMessage({ type, ...forged }, '*');
      document.dispatchEvent(new CustomEvent(type, { detail: forged }));
      window.dispatchEvent(new CustomEvent(type, { detail: forged }));
    }
    for (const type of ['analyze', 'setRepeatsHidden', 'reveal', 'analysisProgress']) {
      window.postMessage({ id: 1, type, data: { hidden: true, paragraph: 0, text: 'x', stage: 'judge' } }, '*');
      document.dispatchEvent(new CustomEvent(type, { detail: { hidden: true } }));
    }
  }, extension.extensionId);
  expect(await hiddenParagraphs(page)).toBe(0);

  // The same popup still acts on the page.
  await popup.click('#repeats-hide');
  await popup.waitFor(`document.querySelector('#repeats-hide:checked:not(:disabled):not([aria-disabled])')`);
  expect(await hiddenParagraphs(page)).toBe(2);
  await expect(page.locator('news-essentials-note')).toHaveCount(1);

  // A second copy of the content script (as after an extension update): nothing doubles.
  await popup.evaluate(
    `chrome.tabs.query({ active: true, currentWindow: true }).then(([tab]) => chrome.scripting.executeScript({
      target: { tabId: tab.id },
      files: ['/content-scripts/content.js'],
    })).then(() => true)`,
  );
  await extension.cdp.send('Target.closeTarget', { targetId: popup.targetId });
  popup = await clickAndWait(extension, page, '#repeats-hide:checked:not(:disabled):not([aria-disabled])');
  expect(await popupAnswer(popup)).toEqual(first);
  await popup.click('#repeats-hide');
  await popup.waitFor(`document.querySelector('#repeats-hide:not(:checked):not(:disabled):not([aria-disabled])')`);
  expect(await hiddenParagraphs(page)).toBe(0);
  await popup.click('#repeats-hide');
  await popup.waitFor(`document.querySelector('#repeats-hide:checked:not(:disabled):not([aria-disabled])')`);
  expect(await hiddenParagraphs(page)).toBe(2);
  await expect(page.locator('news-essentials-note')).toHaveCount(1);
  await popup.click('[data-testid="figure"]');
  await expect
    .poll(() => page.evaluate(() => [...CSS.highlights.values()].map((highlight) => highlight.size)))
    .toEqual([1]);
  await popup.click('#repeats-hide');
  await popup.waitFor(`document.querySelector('#repeats-hide:not(:checked):not(:disabled):not([aria-disabled])')`);
  await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 8_000 }).toBe(0);
  expect(await serialisation()).toBe(before);
  expect(await globals()).toEqual(globalsBefore);
});

// [name, bytes of the generated page, what the popup shows]. A freeze "of more than about
// a second" is the issue's bound; the test allows 1.5 s for a loaded two-core machine.
const LARGE_PAGES: [string, number, string][] = [
  ['a 20 MB page of 60,000 paragraphs is refused as too large', 20_000_000, '[data-problem="too-large"]'],
  ['a long read of 1,100 paragraphs (400 KB) is analysed', 400_000, '.article-title'],
];

for (const [name, bytes, answer] of LARGE_PAGES) {
  test(`${name}, and the tab never freezes`, async ({ extension }) => {
    test.setTimeout(120_000);
    const { html } = hugePage(bytes);
    extension.server.route(`/generated/${bytes}.html`, withFreezeWatch(html));
    const page = await extension.context.newPage();
    await page.goto(`${extension.server.origin}/generated/${bytes}.html`, { timeout: 60_000 });
    await resetFreezeWatch(page);

    const started = Date.now();
    const popup = await clickAndWait(extension, page, `${answer}, [data-problem]`);
    const elapsed = Date.now() - started;
    expect(await popup.evaluate(`Boolean(document.querySelector(${JSON.stringify(answer)}))`)).toBe(true);
    const longestGap = await longestFreeze(page);
    test.info().annotations.push({
      type: 'timing',
      description: `answer ${elapsed} ms, longest freeze ${Math.round(longestGap)} ms`,
    });
    expect(longestGap).toBeLessThan(1_500);
  });
}
