import { describe, expect, test } from 'vitest';
import { findFigures } from '../../src/core/figures/find-figures';
import type { Figure } from '../../src/core/types';

// Issue 13, item 5: recognition gaps seen on a peer's suite of newswire sentences. Each
// line is one sentence and the one figure it must yield (or must not).

const figuresIn = (text: string): Figure[] =>
  findFigures({ title: '', paragraphs: [{ index: 0, text, duplicateOf: null, kind: 'paragraph', elementIndex: 0 }] });

type Row = [sentence: string, text: string, value: number, unit: string];

const found = (sentence: string) => figuresIn(sentence).map(({ text, value, unit }) => ({ text, value, unit }));

describe('amounts the recogniser must read (issue 13, item 5)', () => {
  test.each<Row>([
    // Amounts in two parts.
    ['He paid thirteen dollars and forty-five cents for lunch.', 'thirteen dollars and forty-five cents', 13.45, 'USD'],
    ['The ticket costs 17 USD 25 at the door.', '17 USD 25', 17.25, 'USD'],
    ['A coffee there costs 3 euros 50.', '3 euros 50', 3.5, 'EUR'],
    // An ISO code between the number and its magnitude.
    ['The firm raised 75 USD million in new debt.', '75 USD million', 75e6, 'USD'],
    ['The bank lent 2.5 EUR billion to the utility.', '2.5 EUR billion', 2.5e9, 'EUR'],
    // A magnitude letter fused to the code.
    ['The deal is worth 120 MEUR.', '120 MEUR', 120e6, 'EUR'],
    ['It raised MUSD 30 from investors.', 'MUSD 30', 30e6, 'USD'],
    ['Revenue was 48.5 MGBP last year.', '48.5 MGBP', 48.5e6, 'GBP'],
    ['The order is worth 1.2 BSEK.', '1.2 BSEK', 1.2e9, 'SEK'],
    ['Sales reached 450 kEUR in May.', '450 kEUR', 450e3, 'EUR'],
    // The currency word before the number.
    ['It agreed to pay dollar 22.5 million in fines.', 'dollar 22.5 million', 22.5e6, 'USD'],
    ['The club was sold for euro 300 million.', 'euro 300 million', 300e6, 'EUR'],
    // A fraction as the number.
    ['The stake is worth three quarters billion dollars.', 'three quarters billion dollars', 0.75e9, 'USD'],
    ['The city spent half a billion dollars on roads.', 'half a billion dollars', 0.5e9, 'USD'],
    // A number word hyphenated to its currency.
    ['Traders made a one-yen bid for the shares.', 'one-yen', 1, 'JPY'],
    ['He handed over a five-dollar bill.', 'five-dollar', 5, 'USD'],
    // Other dollar prefixes.
    ['Pemex borrowed Mex$500 million from banks.', 'Mex$500 million', 500e6, 'MXN'],
    ['Taipei approved NT$5bn for the port.', 'NT$5bn', 5e9, 'TWD'],
    ['Petrobras paid R$1.2 billion in dividends.', 'R$1.2 billion', 1.2e9, 'BRL'],
    ['Temasek put S$400 million into the fund.', 'S$400 million', 400e6, 'SGD'],
    ['Auckland set aside NZ$2 billion for rail.', 'NZ$2 billion', 2e9, 'NZD'],
    // Signed changes keep their size: the verb says which way, as "fell 5%" does.
    ['The company lost $75 million in the quarter.', '$75 million', 75e6, 'USD'],
    ['The fund lost €2bn as markets fell.', '€2bn', 2e9, 'EUR'],
  ])('%s → %s', (sentence, text, value, unit) => {
    expect(found(sentence)).toContainEqual({ text, value, unit });
  });

  test('a sum in two parts is one figure, not two', () => {
    expect(found('He paid thirteen dollars and forty-five cents for lunch.')).toHaveLength(1);
    expect(found('The ticket costs 17 USD 25 at the door.')).toHaveLength(1);
  });

  test('a loss stated as a noun stays a negative sum (a net loss is negative income)', () => {
    expect(found('The lender posted a net loss of $12 million.')).toContainEqual({
      text: '$12 million',
      value: -12e6,
      unit: 'USD',
    });
  });
});

describe('nothing is read out of addresses and encoded text (issue 13, item 5)', () => {
  test.each([
    ['Get the file at example.com/?q=%203D%20CAD now.', 'CAD'],
    ['%203D%20CAD', 'CAD'],
    ['The query was q=500%20EUR for the test.', 'EUR'],
    ['Link: example.com/a?price=20%25&n=5 people', 'people'],
    ['See https://example.com/news/2019/10/3-million-people-hit for more.', 'people'],
  ])('%s', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});
