import { describe, expect, test } from 'vitest';
import {
  sentenceSpans,
  sharedSentenceSplitter,
  splitSentences,
  type SentenceEngine,
} from '../../src/core/text/split-sentences';

type Case = [name: string, text: string, sentences: string[], lang?: string];

const cases: Case[] = [
  ['two plain sentences', 'Prices rose. Wages fell.', ['Prices rose.', 'Wages fell.']],
  ['question and exclamation', 'Is it over? Not yet! We wait.', ['Is it over?', 'Not yet!', 'We wait.']],
  ['a decimal', 'Growth slowed to 3.8 percent. Rates held.', ['Growth slowed to 3.8 percent.', 'Rates held.']],
  ['a percentage before the stop', 'Sales rose 5%. Profits fell.', ['Sales rose 5%.', 'Profits fell.']],
  ['a title before a name', 'Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
  [
    'a sentence opening with a numeral',
    'It comes every month. 12 issues cost £11.99.',
    ['It comes every month.', '12 issues cost £11.99.'],
  ],
  [
    'an abbreviation before a numeral',
    'Shares rose approx. 5 per cent vs. 3 per cent.',
    ['Shares rose approx. 5 per cent vs. 3 per cent.'],
  ],
  [
    'a stop inside brackets',
    'It costs $900 (Orig. $1,599) today. Buy now.',
    ['It costs $900 (Orig. $1,599) today.', 'Buy now.'],
  ],
  [
    'ticker codes in wire copy',
    'The Dow Jones Industrial Average .DJI fell 1%, the S&P 500 .SPX lost 2%. Bonds rose.',
    ['The Dow Jones Industrial Average .DJI fell 1%, the S&P 500 .SPX lost 2%.', 'Bonds rose.'],
  ],
  ['a rank and a saint', 'Gen. Ortiz flew to St. Louis. He landed.', ['Gen. Ortiz flew to St. Louis.', 'He landed.']],
  ['an acronym mid-sentence', 'The U.S. Senate voted. It passed.', ['The U.S. Senate voted.', 'It passed.']],
  [
    'an acronym ending a sentence',
    'Sales fell in the U.S. The firm cut jobs.',
    ['Sales fell in the U.S.', 'The firm cut jobs.'],
  ],
  [
    'a company suffix mid-sentence',
    'Apple Inc. Chief Executive Tim Cook spoke.',
    ['Apple Inc. Chief Executive Tim Cook spoke.'],
  ],
  [
    'a company suffix ending a sentence',
    'It was bought by Acme Inc. The deal closed.',
    ['It was bought by Acme Inc.', 'The deal closed.'],
  ],
  [
    'a suffix before lowercase',
    'Alibaba Group Holding Ltd. said on Monday it would invest.',
    ['Alibaba Group Holding Ltd. said on Monday it would invest.'],
  ],
  [
    'e.g. before a capital',
    'Some firms, e.g. Apple and Google, agreed. Others did not.',
    ['Some firms, e.g. Apple and Google, agreed.', 'Others did not.'],
  ],
  [
    'initials',
    'J. K. Rowling and John F. Kennedy met. Nobody saw.',
    ['J. K. Rowling and John F. Kennedy met.', 'Nobody saw.'],
  ],
  ['a letter ending a sentence', 'Take vitamin C. The study says so.', ['Take vitamin C.', 'The study says so.']],
  ['times of day', 'He left at 5 p.m. The next day he returned.', ['He left at 5 p.m.', 'The next day he returned.']],
  ['a quotation with its closing mark', '“We will win.” She said it twice.', ['“We will win.”', 'She said it twice.']],
  ['straight quotes', '"We will win." She said it twice.', ['"We will win."', 'She said it twice.']],
  ['a quoted question before lowercase', '“Why now?” he asked. Nobody knew.', ['“Why now?” he asked.', 'Nobody knew.']],
  [
    'a quotation of two sentences',
    'He said: “It is over. We lost.” Then he left.',
    ['He said: “It is over.', 'We lost.”', 'Then he left.'],
  ],
  [
    'a bracket after the stop',
    'It grew. (Sales doubled.) Then it slowed.',
    ['It grew.', '(Sales doubled.)', 'Then it slowed.'],
  ],
  ['French guillemets', 'Il a dit « Non. » Puis il est parti.', ['Il a dit « Non. »', 'Puis il est parti.'], 'fr'],
  ['a list number', '1. Cut costs. 2. Hire engineers.', ['1. Cut costs.', '2. Hire engineers.']],
  ['a web address', 'Visit example.com today. It is free.', ['Visit example.com today.', 'It is free.']],
  ['an ellipsis inside', 'Wait... what? Really.', ['Wait... what?', 'Really.']],
  ['a line break', 'First line\nSecond line.', ['First line', 'Second line.']],
  [
    'Chinese full stops',
    '阿里巴巴宣布投资。这是一个大消息！你知道吗？是的。',
    ['阿里巴巴宣布投资。', '这是一个大消息！', '你知道吗？', '是的。'],
    'zh',
  ],
  [
    'Japanese with a closing bracket',
    '彼は「行く。」と言った。次です！',
    ['彼は「行く。」と言った。', '次です！'],
    'ja',
  ],
  [
    'German ordinal date',
    'Am 3. Oktober stieg der Kurs. Das ist viel.',
    ['Am 3. Oktober stieg der Kurs.', 'Das ist viel.'],
    'de',
  ],
  [
    'German decimal comma and z. B.',
    'Er stieg um 3,8 Prozent, z. B. bei Autos. Gut.',
    ['Er stieg um 3,8 Prozent, z. B. bei Autos.', 'Gut.'],
    'de',
  ],
  ['Russian abbreviation', 'Он сказал: «Нет». Потом ушёл.', ['Он сказал: «Нет».', 'Потом ушёл.'], 'ru'],
  ['Arabic question mark', 'مرحبا. كيف حالك؟ بخير.', ['مرحبا.', 'كيف حالك؟', 'بخير.'], 'ar'],
  ['Hindi danda', 'नमस्ते। आप कैसे हैं?', ['नमस्ते।', 'आप कैसे हैं?'], 'hi'],
  [
    'a stop without its space',
    'He worked as a physician.Police arrested a man.',
    ['He worked as a physician.', 'Police arrested a man.'],
  ],
  ['a domain is not a stop', 'Shares of Amazon.com fell. Then rose.', ['Shares of Amazon.com fell.', 'Then rose.']],
  [
    'a number abbreviation before a digit',
    'The No. 1 seed won. Fans cheered.',
    ['The No. 1 seed won.', 'Fans cheered.'],
  ],
  ['no terminator at all', 'A heading without a stop', ['A heading without a stop']],
  ['empty text', '   ', []],
];

// The rule-based fallback stands in where Intl.Segmenter is missing; both must agree.
describe.each<SentenceEngine>(['intl', 'rules'])('splitSentences with %s', (engine) => {
  test.each(cases)('%s', (_name, text, sentences, lang) => {
    expect(splitSentences(text, lang ?? 'en', engine)).toEqual(sentences);
  });
});

test.each([
  ['a malformed language tag', 'english'],
  ['an underscore tag', 'en_US'],
  ['no language', null],
])('accepts %s', (_name, lang) => {
  expect(splitSentences('One. Two.', lang)).toEqual(['One.', 'Two.']);
});

test('every sentence is a verbatim substring, in order', () => {
  const text = 'Mr. Smith said “no.” Then   the U.S. Senate met at 5 p.m. sharp!\nNew line here. 阿里。好！';
  let from = 0;
  for (const sentence of splitSentences(text, 'en')) {
    const at = text.indexOf(sentence, from);
    expect(at).toBeGreaterThanOrEqual(from);
    from = at + sentence.length;
  }
});

test('the shared splitter answers as sentenceSpans, each text split once', () => {
  const split = sharedSentenceSplitter('en');
  const text = 'Revenue rose 11%. Mr. Wu left. 12 issues for £11.99.';
  const first = split(text);
  expect(first).toEqual(sentenceSpans(text, 'en'));
  expect(first.map(([start, end]) => text.slice(start, end))).toEqual(splitSentences(text, 'en'));
  expect(split(text)).toBe(first);
});
