import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Analysis, Figure } from '../../src/core/types';
import type { PageActions } from '../../src/popup/page-actions';
import { makeAnalysis } from './helpers/analysis';

// The popup's strings come from browser.i18n; here each is its message name and arguments.
vi.mock('../../src/ui/i18n', () => ({
  t: (name: string, substitutions?: string | string[]) => [name, ...[substitutions ?? []].flat()].join(':'),
}));
const { renderFigures } = await import('../../src/popup/render-figures');

const figure = (text: string, value: number, unit: string, extra: Partial<Figure> = {}): Figure => ({
  text,
  value,
  unit,
  kind: unit === '%' ? 'percent' : 'money',
  label: `label of ${text}`,
  context: `The sentence with ${text}.`,
  paragraph: 3,
  equivalents: [],
  ...extra,
});

const analysis = (figures: Figure[]): Analysis => makeAnalysis({ title: 'T', figures });

function actions(answer = true): PageActions & { calls: [number, string][] } {
  const calls: [number, string][] = [];
  return {
    tabId: 1,
    calls,
    reveal: (paragraph, text) => {
      calls.push([paragraph, text]);
      return Promise.resolve(answer);
    },
    openReader: () => Promise.resolve(true),
  };
}

const seed = [
  figure('RMB 380 billion', 380e9, 'CNY', {
    equivalents: [{ text: 'US$53 billion', value: 53e9, unit: 'USD' }],
    paragraph: 2,
  }),
  figure('11%', 11, '%', { paragraph: 4, context: 'An impressive 11% year-over-year revenue growth.' }),
];

beforeEach(() => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  vi.stubGlobal('document', document);
});

describe('renderFigures', () => {
  test('is absent when the article has no figures', () => {
    expect(renderFigures(analysis([]), actions(), 'en-US')).toBeNull();
  });

  test('shows each figure compact, with its equivalents beside it and its label beneath (#4)', () => {
    const panel = renderFigures(analysis(seed), actions(), 'en-US')!;
    const items = [...panel.querySelectorAll('.figure')];
    expect(panel.querySelector('h2')?.textContent).toBe('figuresTitle');
    expect(items.map((item) => item.querySelector('.figure-value')?.textContent)).toEqual(['RMB\u00a0380B', '11%']);
    expect(items[0]?.querySelector('.figure-equivalent')?.textContent).toBe('figureEquivalent:US$53B');
    expect(items[0]?.querySelector('.figure-label')?.textContent).toBe('label of RMB 380 billion');
    expect(items[1]?.querySelector('details .figure-context')?.textContent).toBe(
      'An impressive 11% year-over-year revenue growth.',
    );
  });

  test.each([
    ['a number', figure('RMB 380 billion', 380e9, 'CNY'), 'zh-CN'],
    ['words from the page', figure('triple-digit', 0, '', { value: null, unit: null, kind: 'other' }), 'en'],
  ])('%s is marked in its language (the reader’s numbers, or the page’s words)', (_name, shown, lang) => {
    const panel = renderFigures(analysis([shown]), actions(), 'zh-CN')!;
    expect(panel.querySelector('.figure-value')?.getAttribute('lang')).toBe(lang);
  });

  test('a click on a figure reveals its sentence in its paragraph', async () => {
    const page = actions();
    const panel = renderFigures(analysis(seed), page, 'en-US')!;
    const second = panel.querySelectorAll<HTMLButtonElement>('.figure-reveal')[1]!;
    second.dispatchEvent(new (second.ownerDocument.defaultView as unknown as typeof globalThis).Event('click'));
    await Promise.resolve();
    expect(page.calls).toEqual([[4, 'An impressive 11% year-over-year revenue growth.']]);
  });

  test('says so when the paragraph is no longer on the page', async () => {
    const panel = renderFigures(analysis(seed), actions(false), 'en-US')!;
    const button = panel.querySelector<HTMLButtonElement>('.figure-reveal')!;
    button.dispatchEvent(new (button.ownerDocument.defaultView as unknown as typeof globalThis).Event('click'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(panel.querySelector('[role=status]')?.textContent).toBe('figureGone');
  });

  test('shows the top few and offers the rest behind "show all"', () => {
    const many = Array.from({ length: 9 }, (_, i) => figure(`${i + 1}%`, i + 1, '%'));
    const panel = renderFigures(analysis(many), actions(), 'en-US')!;
    const visible = () => [...panel.querySelectorAll<HTMLElement>('.figure')].filter((item) => !item.hidden).length;
    const more = panel.querySelector<HTMLButtonElement>('.figures-more')!;
    expect([visible(), more.getAttribute('aria-expanded'), more.textContent]).toEqual([6, 'false', 'figuresShowAll:3']);
    more.dispatchEvent(new (more.ownerDocument.defaultView as unknown as typeof globalThis).Event('click'));
    expect([visible(), more.getAttribute('aria-expanded'), more.textContent]).toEqual([9, 'true', 'figuresShowFewer']);
  });

  test('"more figures" is a button, reached by the keyboard like any other', () => {
    const many = Array.from({ length: 7 }, (_, i) => figure(`${i + 1}%`, i + 1, '%'));
    const more = renderFigures(analysis(many), actions(), 'en-US')!.querySelector('.figures-more')!;
    expect([more.localName, more.getAttribute('type'), more.getAttribute('aria-controls')]).toEqual([
      'button',
      'button',
      'figure-list',
    ]);
  });

  test('a figure with no label is shown in its clause, the figure marked (issue 13)', () => {
    const bare = figure('46 people', 46, 'people', {
      kind: 'count',
      label: '',
      context: 'He was surprised, and said 46 people found out about it within a day.',
    });
    const clause = renderFigures(analysis([bare]), actions(), 'en-US')!.querySelector('.figure-clause')!;
    expect(clause.textContent).toBe('… and said 46 people found out about it within …');
    expect(clause.querySelector('mark')?.textContent).toBe('46 people');
  });

  test('shows a short list whole, with no "show all"', () => {
    const few = Array.from({ length: 6 }, (_, i) => figure(`${i + 1}%`, i + 1, '%'));
    const panel = renderFigures(analysis(few), actions(), 'en-US')!;
    expect(panel.querySelector('.figures-more')).toBeNull();
    expect([...panel.querySelectorAll<HTMLElement>('.figure')].filter((item) => item.hidden)).toEqual([]);
  });
});
