import { readFileSync } from 'node:fs';
import { expect, test, vi } from 'vitest';
import { speak } from './helpers/i18n-mock';

vi.mock('../../src/popup/i18n', () => import('./helpers/i18n-mock'));
const { analysisProblem, NOT_ARTICLE_REASONS, restrictedProblem } = await import('../../src/popup/describe-problem');

const retry = () => undefined;

// The core words its reasons in English for the command; the popup looks each up. A reason
// reworded in the core would silently become the general one: this finds every reason the
// core's source can give.
const coreReasons = [
  ...[...readFileSync('src/core/extract/judge-article.ts', 'utf8').matchAll(/reason: '([^']+)'/g)].map((m) => m[1]!),
  ...[...readFileSync('src/core/read-page.ts', 'utf8').matchAll(/code: 'NOT_AN_ARTICLE', message: '([^']+)'/g)].map(
    (m) => m[1]!,
  ),
];

test('the core gives reasons (the search below finds them)', () => {
  expect(coreReasons.length).toBeGreaterThanOrEqual(4);
});

test.each(coreReasons)('the popup has its own words for “%s”', (reason) => {
  expect(Object.keys(NOT_ARTICLE_REASONS)).toContain(reason);
});

test.each([
  [
    'en',
    'This page has too little text to be an article.',
    'This page has too little text to be an article. Open a single news story and click the button again.',
  ],
  [
    'zh_CN',
    'This page has too little text to be an article.',
    '这个页面的文字太少，不像是一篇文章。请打开单篇新闻报道，再点击一次按钮。',
  ],
  [
    'en',
    'A reason the popup has never heard of.',
    'This page does not look like an article. Open a single news story and click the button again.',
  ],
  [
    'zh_CN',
    'A reason the popup has never heard of.',
    '这个页面看起来不像一篇文章。请打开单篇新闻报道，再点击一次按钮。',
  ],
])('%s: not an article because “%s”', (locale, message, detail) => {
  speak(locale);
  expect(analysisProblem({ code: 'NOT_AN_ARTICLE', message }, retry)).toMatchObject({ kind: 'not-article', detail });
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
