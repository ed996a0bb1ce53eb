import { expect, test, vi } from 'vitest';
import { notAnArticle } from '../../src/core/errors';
import type { AnalysisError, NotArticleReason } from '../../src/core/types';
import { speak } from './helpers/i18n-mock';
import { loadMessages } from './helpers/messages';

vi.mock('../../src/ui/i18n', () => import('./helpers/i18n-mock'));
const { analysisProblem, NOT_ARTICLE_REASONS, restrictedProblem } = await import('../../src/popup/describe-problem');

const retry = () => undefined;

// Every reason the core can give (the type lists them) has the popup's own words, each different.
test.each(Object.entries(NOT_ARTICLE_REASONS))('the popup has its own words for %s', (reason, name) => {
  speak('en');
  const text = analysisProblem(notAnArticle(reason as NotArticleReason), retry).detail;
  expect(text).not.toBe('');
  expect(loadMessages('en')[name]).toBeDefined();
  expect(loadMessages('zh_CN')[name]).toBeDefined();
});

test('no two reasons read alike', () => {
  speak('en');
  const texts = Object.keys(NOT_ARTICLE_REASONS).map(
    (reason) => analysisProblem(notAnArticle(reason as NotArticleReason), retry).detail,
  );
  expect(new Set(texts).size).toBe(texts.length);
});

test.each([
  [
    'en',
    'too-short',
    'This page has too little text to be an article. Open a single news story and click the button again.',
  ],
  ['zh_CN', 'too-short', '这个页面的文字太少，不像是一篇文章。请打开单篇新闻报道，再点击一次按钮。'],
  // An older copy of the content script, left in a tab by an update, sends no reason.
  ['en', undefined, 'This page does not look like an article. Open a single news story and click the button again.'],
  ['zh_CN', undefined, '这个页面看起来不像一篇文章。请打开单篇新闻报道，再点击一次按钮。'],
])('%s: not an article because %s', (locale, reason, detail) => {
  speak(locale);
  const error = { code: 'NOT_AN_ARTICLE', message: 'This page has too little text to be an article.', reason };
  expect(analysisProblem(error as AnalysisError, retry)).toMatchObject({ kind: 'not-article', detail });
});

test.each([
  ['en', 'TOO_LARGE', { kind: 'too-large', title: 'This page is too large' }],
  ['zh_CN', 'TOO_LARGE', { kind: 'too-large', title: '页面太大了' }],
  ['en', 'INTERNAL_ERROR', { kind: 'failed', title: 'Something went wrong', technical: 'The analysis failed: boom' }],
  [
    'zh_CN',
    'INTERNAL_ERROR',
    { kind: 'failed', title: '出了点问题', detail: '请刷新页面后重试。如果问题反复出现，请告诉我们。' },
  ],
  ['zh_CN', 'UNREADABLE_INPUT', { kind: 'failed', title: '出了点问题', technical: 'The analysis failed: boom' }],
] as const)('%s: %s speaks the interface’s language, the program’s words folded away', (locale, code, expected) => {
  speak(locale);
  const problem = analysisProblem({ code, message: 'The analysis failed: boom' }, retry);
  expect(problem).toMatchObject(expected);
  expect(problem.detail).not.toContain('boom');
});

test.each([
  ['en', 'pdf', 'PDF documents are shown by the browser’s own viewer, which extensions cannot read.'],
  ['zh_CN', 'pdf', 'PDF 文档由浏览器自带的查看器显示，扩展无法读取。'],
  ['zh_CN', 'other', '浏览器不允许扩展读取这个页面。'],
] as const)('%s: a page closed to extensions (%s)', (locale, reason, detail) => {
  speak(locale);
  expect(restrictedProblem(reason)).toMatchObject({ kind: 'restricted', detail });
});
