import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes } from '../../src/core/text/count-words';

describe('countWords', () => {
  test.each([
    ['English', 'The quick brown fox jumps.', 5],
    ['contractions and hyphens are one word', "It's a well-known state-of-the-art fact.", 5],
    ['numbers count', 'Revenue rose 11% to $3.8 billion.', 6],
    ['punctuation alone is no word', '— … !!', 0],
    ['accented Latin', 'Ação rápida à noite', 4],
    ['Cyrillic', 'Быстрая коричневая лиса', 3],
    ['empty', '', 0],
  ])('%s', (_name, text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  // ICU's dictionaries differ between Node and browser releases: bound the count, do not pin it.
  test.each([
    ['Chinese', '阿里巴巴宣布投资三千八百亿元', 4, 10],
    ['Japanese', '日本銀行は金利を据え置いた', 5, 11],
  ])('%s is segmented into words, not counted as one', (_name, text, min, max) => {
    expect(countWords(text)).toBeGreaterThanOrEqual(min);
    expect(countWords(text)).toBeLessThanOrEqual(max);
  });
});

describe('readingMinutes', () => {
  test.each([
    [0, 'en', 1],
    [238, 'en', 1],
    [1190, 'en-US', 5],
    [1580, 'zh-CN', 10],
    [1930, 'ja', 10],
    [1190, null, 5],
  ])('%i words in %s: %i min', (words, lang, minutes) => {
    expect(readingMinutes(words, lang)).toBe(minutes);
  });
});
