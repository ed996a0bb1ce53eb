import { parseHTML } from 'linkedom';
import { expect, test, vi } from 'vitest';
import { doubtOf } from '../../src/core/errors';
import type { DoubtReason } from '../../src/core/types';
import { makeAnalysis } from './helpers/analysis';
import { speak } from './helpers/i18n-mock';

// Issue 12: where the judge doubts, the popup shows what was found under the header with
// one quiet line saying why, in the reader's language.
vi.mock('../../src/ui/i18n', () => import('./helpers/i18n-mock'));
const { document } = parseHTML('<!doctype html><html><body></body></html>');
vi.stubGlobal('document', document);
const { renderHeader } = await import('../../src/popup/render-header');

const REASONS: DoubtReason[] = ['too-short', 'mostly-links', 'listing', 'unlike-article'];
const doubtLines = (header: HTMLElement) =>
  [...header.querySelectorAll('[data-testid="doubt"]')].map((p) => p.textContent);

test.each([
  ['en', 'listing', 'This page seems to list articles rather than tell one.'],
  ['zh_CN', 'listing', '这个页面似乎列出了多篇文章，而不是讲述其中一篇。'],
  ['en', 'unlike-article', 'This page is short and has no article markup: it may not be an article.'],
] as const)('%s: a doubt (%s) is one line under the header', (locale, reason, line) => {
  speak(locale);
  const header = renderHeader(makeAnalysis({ title: 'Technology news', doubt: doubtOf(reason) }), 'en');
  expect(doubtLines(header)).toEqual([line]);
  expect(header.querySelector('h1')?.textContent).toBe('Technology news');
});

test('no doubt, no line', () => {
  speak('en');
  expect(doubtLines(renderHeader(makeAnalysis(), 'en'))).toEqual([]);
});

test.each(['en', 'zh_CN'])('%s: each reason has words of its own', (locale) => {
  speak(locale);
  const lines = REASONS.map((reason) => doubtLines(renderHeader(makeAnalysis({ doubt: doubtOf(reason) }), 'en'))[0]);
  expect(new Set(lines).size).toBe(REASONS.length);
  for (const line of lines) expect(line?.length).toBeGreaterThan(5);
});
