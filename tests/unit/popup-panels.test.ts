import { parseHTML } from 'linkedom';
import { describe, expect, test, vi } from 'vitest';
import { formatMarkdown } from '../../src/core/format-markdown';
import type { Analysis } from '../../src/core/types';
import type { PageActions } from '../../src/popup/page-actions';
import { makeAnalysis } from './helpers/analysis';

// The panels build DOM with the page's document and read strings through t(): a linkedom
// document and message names stand in for the popup's.
vi.mock('../../src/ui/i18n', () => ({ t: (name: string) => name, uiLocale: () => 'en' }));
const { document, window } = parseHTML('<!doctype html><html><body></body></html>');
vi.stubGlobal('document', document);
vi.stubGlobal('Event', window.Event);
const { renderHighlights } = await import('../../src/popup/render-highlights');
const { renderRelatedLinks } = await import('../../src/popup/render-related-links');
const { renderCopySummary } = await import('../../src/popup/render-copy-summary');

const ANALYSIS: Analysis = makeAnalysis({
  title: 'Harbor City approves desalination plant',
  siteName: 'Example News',
  url: 'https://www.example-news.com/city/desalination-plant-approved',
  highlights: [
    { text: 'Harbor City council approved a desalination plant on Tuesday.', paragraph: 0 },
    { text: 'The plant will cost $2.1 billion.', paragraph: 2 },
  ],
  relatedLinks: [
    { title: 'Water bills will rise in July', url: 'https://www.example-news.com/city/water-bills-rise' },
    { title: 'Wire: talks resume', url: 'https://www.example-wire.com/world/talks-resume' },
    { title: 'A script pretending to be a story', url: 'javascript:alert(1)' },
  ],
});

const click = (el: Element) => el.dispatchEvent(new Event('click'));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('related links', () => {
  const panel = renderRelatedLinks(ANALYSIS)!;
  const links = [...panel.querySelectorAll('a')];

  test('only http(s) addresses, in order', () => {
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://www.example-news.com/city/water-bills-rise',
      'https://www.example-wire.com/world/talks-resume',
    ]);
  });
  test.each([
    ['target', '_blank'],
    ['rel', 'noopener noreferrer'],
  ])('each opens in a new tab: %s', (name, value) => {
    for (const a of links) expect(a.getAttribute(name)).toBe(value);
  });
  test('another site is named, the article’s own is not', () => {
    expect(links.map((a) => a.querySelector('.related-host')?.textContent ?? null)).toEqual([null, 'example-wire.com']);
  });
  test('no panel without links', () => {
    expect(renderRelatedLinks({ ...ANALYSIS, relatedLinks: [ANALYSIS.relatedLinks[2]!] })).toBeNull();
  });
});

describe('highlights', () => {
  const actions = (shown: boolean) => ({
    tabId: 1,
    reveal: vi.fn<PageActions['reveal']>(async () => shown),
    openReader: async () => true,
  });

  test('a click reveals the sentence in its paragraph', async () => {
    const page = actions(true);
    const panel = renderHighlights(ANALYSIS, page)!;
    click(panel.querySelectorAll('button')[1]!);
    await settle();
    expect(page.reveal).toHaveBeenCalledWith(2, 'The plant will cost $2.1 billion.');
    expect(panel.querySelector('[role="status"]')!.textContent).toBe('');
  });
  test('a sentence gone from the page is reported', async () => {
    const panel = renderHighlights(ANALYSIS, actions(false))!;
    click(panel.querySelector('button')!);
    await settle();
    expect(panel.querySelector('[role="status"]')!.textContent).toBe('highlightGone');
  });
  test('buttons, so the keyboard reaches them', () => {
    const panel = renderHighlights(ANALYSIS, actions(true))!;
    expect([...panel.querySelectorAll('li > button[type="button"]')]).toHaveLength(2);
  });
  test('no panel without highlights', () => {
    expect(renderHighlights({ ...ANALYSIS, highlights: [] }, actions(true))).toBeNull();
  });
  test('listed in the order the article tells them, whatever their rank (issue 14)', () => {
    const reversed = { ...ANALYSIS, highlights: [...ANALYSIS.highlights].reverse() };
    const panel = renderHighlights(reversed, actions(true))!;
    expect([...panel.querySelectorAll('button')].map((b) => b.textContent)).toEqual(
      ANALYSIS.highlights.map((h) => h.text),
    );
  });
});

describe('copy summary', () => {
  test.each([
    ['accepted', true, 'copied'],
    ['refused', false, 'copyFailed'],
  ])('the Markdown goes to the clipboard; %s, it says so', async (_name, accepted, message) => {
    const writeText = vi.fn(async () => {
      if (!accepted) throw new Error('denied');
    });
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    // Without the Clipboard API's consent, the fallback's execCommand refuses too.
    (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
    const panel = renderCopySummary(ANALYSIS);
    document.body.append(panel);
    click(panel.querySelector('button')!);
    await settle();
    expect(writeText).toHaveBeenCalledWith(formatMarkdown(ANALYSIS));
    expect(panel.querySelector('[role="status"]')!.textContent).toBe(message);
  });
});
