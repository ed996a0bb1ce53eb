import { describe, expect, test } from 'vitest';
import {
  isJunkText,
  labelIsGood,
  matchesGold,
  quotesClause,
  quotesNumber,
  scoreArticle,
  scoreFigures,
  type GoldArticle,
  type GoldKey,
  type GoldQuantity,
  type PrintedFigure,
} from './score-figures';

// The key-figures metric of ../shared/corpus/key-figures/README.md on small hand-made cases.

const printed = (text: string, value: number | null, unit: string | null, label = '', equivalents = []) =>
  ({ text, value, unit, label, equivalents }) as PrintedFigure;
const gold = (text: string, value: number | null, unit: string | null, kind: GoldQuantity['kind'], also = []) =>
  ({ text, value, unit, kind, also }) as GoldQuantity;
const key = (q: GoldQuantity, about: string[]): GoldKey => ({ ...q, label: 'reference', about });

describe('a printed figure matches a gold entry', () => {
  test.each([
    ['money: same code, same value', printed('$16 billion', 16e9, 'USD'), gold('$16bn', 16e9, 'USD', 'money'), true],
    ['money: within 0.5%', printed('$16.05bn', 16.05e9, 'USD'), gold('$16bn', 16e9, 'USD', 'money'), true],
    ['money: 1% off', printed('$16.2bn', 16.2e9, 'USD'), gold('$16bn', 16e9, 'USD', 'money'), false],
    ['money: another code', printed('A$16bn', 16e9, 'AUD'), gold('$16bn', 16e9, 'USD', 'money'), false],
    [
      'money: the gold’s also amount',
      printed('£1.9bn', 1.9e9, 'GBP'),
      { ...gold('$2.4bn', 2.4e9, 'USD', 'money'), also: [{ text: '£1.9bn', value: 1.9e9, unit: 'GBP' }] },
      true,
    ],
    [
      'money: the printed equivalent',
      {
        ...printed('RMB 380 billion', 380e9, 'CNY'),
        equivalents: [{ text: 'US$53 billion', value: 53e9, unit: 'USD' }],
      },
      gold('$53 billion', 53e9, 'USD', 'money'),
      true,
    ],
    ['percent: same unit and value', printed('11%', 11, '%'), gold('11 per cent', 11, '%', 'percent'), true],
    ['percent: points are not per cent', printed('1.3 pp', 1.3, 'pp'), gold('1.3%', 1.3, '%', 'percent'), false],
    [
      'percent: a count of points is not pp',
      printed('30 points', 30, 'points'),
      gold('30 points', 30, 'pp', 'percent'),
      false,
    ],
    [
      'count: a shared word',
      printed('346 people', 346, 'people'),
      gold('346 people killed', 346, 'people', 'count'),
      true,
    ],
    [
      'count: one text in the other',
      printed('400,000 residents', 4e5, 'residents'),
      gold('400,000', 4e5, 'resident', 'count'),
      true,
    ],
    [
      'count: same value, nothing shared',
      printed('two days', 2, 'days'),
      gold('two singles', 2, 'match', 'count'),
      false,
    ],
    ['count: over 0.5% off', printed('348 people', 348, 'people'), gold('346 people', 346, 'people', 'count'), false],
    [
      'count: case and white space folded',
      printed('Six  People', 6, 'people'),
      gold('six people', 6, 'people', 'count'),
      true,
    ],
    [
      'other: the gold’s also measure',
      printed('127 millimeters', 127, 'millimeters'),
      { ...gold('5 inches', 5, 'inch', 'other'), also: [{ text: '127 millimeters', value: 127, unit: 'mm' }] },
      true,
    ],
    ['other: two scores with no value', printed('3-0', null, null), gold('3-0', null, null, 'other'), true],
    ['other: a value against no value', printed('3 goals', 3, 'goals'), gold('3-0', null, null, 'other'), false],
  ])('%s', (_name, figure, entry, expected) => {
    expect(matchesGold(figure as PrintedFigure, entry as GoldQuantity)).toBe(expected);
  });

  test('the lenient reading counts a number word as a shared word (the issue’s baseline)', () => {
    const figure = printed('two days', 2, 'days');
    const entry = gold('two singles', 2, 'match', 'count');
    expect(matchesGold(figure, entry, 'strict')).toBe(false);
    expect(matchesGold(figure, entry, 'lenient')).toBe(true);
  });

  test('magnitudes are the number too: "6 million" and "6 million vehicles" agree only by containment', () => {
    expect(
      matchesGold(printed('6 million vehicles', 6e6, 'vehicles'), gold('6 million', 6e6, 'vehicle', 'count')),
    ).toBe(true);
    expect(
      matchesGold(printed('6 million Sentra cars', 6e6, 'cars'), gold('more than 6 million', 6e6, 'vehicle', 'count')),
    ).toBe(false);
  });
});

describe('junk', () => {
  const junk = [{ text: '2019' }, { text: 'Boeing 737 Max' }];
  test.each([
    ['the junk text itself', '2019', true],
    ['inside a junk text', '737 Max', true],
    ['holding a junk text', 'the 2019 season', true],
    ['case folded', 'boeing 737 max', true],
    ['unrelated', '346 people', false],
  ])('%s: %s', (_name, text, expected) => {
    expect(isJunkText(printed(text, 1, null), junk)).toBe(expected);
  });
});

describe('labels', () => {
  const order = key(gold('$16 billion', 16e9, 'USD', 'money'), ['order', 'value']);
  test.each([
    ['a phrase with the about word', 'Emirates order value', true],
    ['a longer word starting with the about word', 'ordered jets', true],
    ['a label word of 4+ letters the about word starts with', 'valu', true],
    ['a short word the about word starts with is not enough', 'or', false],
    ['no about word', 'Emirates jets', false],
    ['empty (the figure shown in its clause)', '', false],
    ['past 8 words', 'the total order value of the jets bought by Emirates', false],
    ['8 words', 'the total order value of jets for Emirates', true],
    ['holding the figure’s number', 'order of 16 billion', false],
    ['case folded', 'ORDER VALUE', true],
  ])('%s: "%s"', (_name, label, expected) => {
    expect(labelIsGood(printed('$16 billion', 16e9, 'USD', label), order)).toBe(expected);
  });

  test('a number word of the figure in the label is its number too', () => {
    const people = key(gold('six people', 6, 'people', 'count'), ['people', 'dead']);
    expect(labelIsGood(printed('six people', 6, 'people', 'six people dead'), people)).toBe(false);
    expect(labelIsGood(printed('six people', 6, 'people', 'people dead'), people)).toBe(true);
  });

  test.each([
    ['the clause around the number', '346 people', 'months that killed a total of 346 people', true, true],
    ['the figure alone', '2 assists', '2 assists', true, false],
    ['a noun phrase', '346 people', 'death toll', false, false],
    ['another number', '$16 billion', 'order for 30 jets', false, false],
  ])('%s: "%s" — "%s"', (_name, text, label, number, clause) => {
    const figure = printed(text, 1, null, label);
    expect([quotesNumber(figure), quotesClause(figure)]).toEqual([number, clause]);
  });
});

describe('the corpus figures', () => {
  const article: GoldArticle = {
    id: 'a',
    key: [
      key(gold('$16 billion', 16e9, 'USD', 'money'), ['order']),
      key(gold('346 people', 346, 'people', 'count'), ['death', 'kill']),
      key(gold('11%', 11, '%', 'percent'), ['growth']),
    ],
    fine: [gold('30 jets', 30, 'jet', 'count')],
    junk: [{ text: '737' }, { text: '2019' }],
  };
  const figures = [
    printed('737 Max jets', 737, 'jets', 'Boeing'),
    printed('$16 billion', 16e9, 'USD', 'Emirates order'),
    printed('30 jets', 30, 'jets', 'jets'),
    printed('five months', 5, 'months', 'months'),
    printed('2019 models', 2019, 'models', 'models'),
    printed('346 people', 346, 'people', 'killed a total of 346 people'),
  ];
  const scored = scoreArticle(article, figures);
  const quiet: GoldArticle = { id: 'b', key: [], fine: [], junk: [] };

  test('one article’s counts', () => {
    expect(scored).toMatchObject({
      keys: 3,
      keysInTop5: 1,
      keysMatched: 2,
      labelsGood: 1,
      printed: 6,
      printedRight: 3,
      printedJunk: 2,
      quoting: 1,
      clause: 1,
      long: 0,
      empty: 0,
    });
    expect(scored.missed.map((k) => k.text)).toEqual(['11%']);
  });

  test('summed over articles, then divided; quiet over the articles with no key figure', () => {
    const metric = scoreFigures([
      scored,
      scoreArticle(quiet, [printed('two men', 2, 'men'), printed('3 days', 3, 'days')]),
    ]);
    expect(metric).toEqual({
      key_recall_top5: 1 / 3,
      key_recall: 2 / 3,
      precision: 3 / 8,
      junk: 2 / 8,
      label: 1 / 2,
      quiet: 2,
    });
  });

  test('a junk text that is also a fine figure is not junk', () => {
    const s = scoreArticle({ ...article, junk: [{ text: '30 jets' }] }, [printed('30 jets', 30, 'jets', 'jets')]);
    expect([s.printedRight, s.printedJunk]).toEqual([1, 0]);
  });

  test('no figure printed scores zero, not a division by zero', () => {
    expect(scoreFigures([scoreArticle(article, [])])).toMatchObject({ key_recall: 0, precision: 0, junk: 0, label: 0 });
  });
});
