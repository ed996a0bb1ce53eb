import { describe, expect, test } from 'vitest';
import { findFigures } from '../../src/core/figures/find-figures';
import type { Figure } from '../../src/core/types';

// Issue 13: how many times one thing is another, and what share of it, are quantities
// ("2.5 times greater", "twice the CTR", "one quarter of the revenue"); "three times"
// alone counts occasions.

const figuresIn = (text: string): Figure[] =>
  findFigures({ title: '', paragraphs: [{ index: 0, text, duplicateOf: null, kind: 'paragraph', elementIndex: 0 }] });
const found = (sentence: string) => figuresIn(sentence).map(({ text, value, unit }) => ({ text, value, unit }));

type Row = [sentence: string, text: string, value: number, unit: string | null];

describe('ratios and shares', () => {
  test.each<Row>([
    ['In-feed ads generate a CTR 2.5 times greater than widgets.', '2.5 times greater', 2.5, '×'],
    ['It is about 10 times higher than in-ad units.', 'about 10 times higher', 10, '×'],
    ['Mobile ads generate twice the CTR of desktop ads.', 'twice', 2, '×'],
    ['The tower is three times the height of the church.', 'three times', 3, '×'],
    ['China had 10 times as many cases as it reported.', '10 times', 10, '×'],
    ['In-ad units generate about one quarter of the revenue of widgets.', 'about one quarter', 0.25, null],
    ['Two-thirds of voters backed the plan.', 'Two-thirds', 2 / 3, null],
    ['Only half of the homes will be built by 2035.', 'half', 0.5, null],
    ['The mass could be reduced by a third by removing the quarters.', 'a third', 1 / 3, null],
    ['It is the first tour together in nearly a quarter century.', 'nearly a quarter century', 25, 'years'],
    ['Sales rose by a quarter, to $2bn.', 'a quarter', 0.25, null],
  ])('%s → %s', (sentence, text, value, unit) => {
    expect(found(sentence)).toContainEqual({ text, value: Number(value.toPrecision(12)), unit });
  });
});

describe('not ratios', () => {
  test.each([
    ['He was arrested three times last year.', 'three times'],
    ['They meet twice a week.', 'twice'],
    ['The first half of 2020 was quiet.', 'half'],
    ['The upper half of the page is blank.', 'half'],
    ['It was hired by a third party.', 'a third'],
    ['A half century on, the band is still smoking.', 'half century'],
    ['Rates rose by a quarter of a percentage point.', 'a quarter'],
    ['He booked a double room.', 'double'],
  ])('%s: not "%s"', (sentence, text) => {
    expect(figuresIn(sentence).filter((f) => f.text === text)).toEqual([]);
  });
});
