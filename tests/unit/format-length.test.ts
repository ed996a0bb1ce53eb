import { describe, expect, test, vi } from 'vitest';
import { formatLength } from '../../src/ui/format-length';
import { makeAnalysis } from './helpers/analysis';
import { speak } from './helpers/i18n-mock';

vi.mock('../../src/ui/i18n', () => import('./helpers/i18n-mock'));

// Chinese pages are shown in characters (issue 15), in either interface language.
describe('the length line of the popup and the reader', () => {
  test.each([
    ['en', undefined, '717 words · 3 min read'],
    ['en', 1319, '1,319 characters · 3 min read'],
    ['zh_CN', 1319, '1,319 字 · 约 3 分钟读完'],
    ['zh_CN', undefined, '717 词 · 约 3 分钟读完'],
  ])('%s, %s characters: %s', (locale, characterCount, line) => {
    speak(locale);
    const analysis = makeAnalysis({
      wordCount: 717,
      readingMinutes: 3,
      ...(characterCount === undefined ? {} : { characterCount }),
    });
    expect(formatLength(analysis, locale.replace('_', '-'))).toBe(line);
  });
});
