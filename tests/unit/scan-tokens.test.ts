import { describe, expect, test } from 'vitest';
import { isNumberToken, tokenize } from '../../src/core/repeats/scan-tokens';

describe('tokenize', () => {
  test.each([
    ['case and punctuation go', 'Hello, World!', ['hello', 'world']],
    ['curly and straight quotes alike', '“user-first” and "user-first"', ['user', 'first', 'and', 'user', 'first']],
    ['dashes and ellipses separate', 'growth—fast…slow', ['growth', 'fast', 'slow']],
    ['numbers stay, split from units', '$53bn', ['53', 'billion']],
    ['thousands separators dropped', '1,200 and 1\u00a0200', ['1200', 'and', '1200']],
    ['decimal point kept', '3.5% and 3,5%', ['3.5', 'percent', 'and', '3.5', 'percent']],
    ['a list of years stays a list', '2019, 2020', ['2019', '2020']],
    ['per cent is percent', '11 per cent', ['11', 'percent']],
    ['small number words are digits', 'three years', ['3', 'years']],
    ['"one" stays a word', 'one of the largest', ['one', 'of', 'the', 'largest']],
    ['full-width digits and ligatures folded', '１２３ ﬁle', ['123', 'file']],
    ['accented letters kept whole', 'Café naïve', ['café', 'naïve']],
    ['Cyrillic words', 'Какую кухню', ['какую', 'кухню']],
    ['Han and kana by character pairs', '事件のマーク', ['事件', '件の', 'のマ', 'マー', 'ーク']],
    // Every script written without spaces is read alike (text/scripts.ts): Lao, Khmer and
    // Myanmar came out as one token per sentence while Thai was read in pairs.
    ['Thai by character pairs', 'ข่าวดี', ['ข่', '่า', 'าว', 'วด', 'ดี']],
    ['Lao by character pairs', 'ຂ່າວດີ', ['ຂ່', '່າ', 'າວ', 'ວດ', 'ດີ']],
    ['Khmer by character pairs', 'ព័ត៌មាន', ['ព័', '័ត', 'ត៌', '៌ម', 'មា', 'ាន']],
    ['Myanmar by character pairs', 'သတင်း', ['သတ', 'တင', 'င်', '်း']],
    ['words that name object members are plain words', 'constructor toString', ['constructor', 'tostring']],
    ['an astral digit (Adlam one) is skipped, not looped on', 'item \u{1E951} left', ['item', 'left']],
    ['empty text', '', []],
  ])('%s', (_name, text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });
});

describe('isNumberToken', () => {
  test.each([
    ['2024', true],
    ['3.5', true],
    ['٣', true],
    ['billion', false],
    ['g7', false],
  ])('%s -> %s', (token, expected) => {
    expect(isNumberToken(token)).toBe(expected);
  });
});
