import { describe, expect, test } from 'vitest';
import { findFigures } from '../../src/core/figures/find-figures';
import type { Figure } from '../../src/core/types';

// Issue 13: a match's result is the figure of a sports story (the gold's GUIDE: "sports
// scores ... unless the story is about that score"); a set score or a date is none.

const figuresIn = (text: string): Figure[] =>
  findFigures({ title: '', paragraphs: [{ index: 0, text, duplicateOf: null, kind: 'paragraph', elementIndex: 0 }] });
const scores = (sentence: string) =>
  figuresIn(sentence)
    .filter((f) => f.kind === 'other')
    .map((f) => f.text);

describe('results and records', () => {
  test.each([
    ['The goals gave the hosts a 2-1 win over Russia in the final.', '2-1'],
    ['The 3-1 win lifted the club.', '3-1'],
    ['The council approved the budget in a 7-2 vote on Tuesday.', '7-2'],
    ['Argentina comfortably got past Chile 3-0 in Group C.', '3-0'],
    ['Instead, they lost 24-17.', '24-17'],
    ['Kazakhstan needed the doubles match to beat the Netherlands 2-1.', '2-1'],
    ['Viera d. Rockledge 3-1', '3-1'],
    ['Viera (4-0): K. Hupfer 1 goal.', '4-0'],
    ['At 4-7, the Chargers would probably not make the playoffs.', '4-7'],
    ['The board voted 5-2 on Wednesday night to adopt the schedule.', '5-2'],
  ])('%s → %s', (sentence, text) => {
    expect(scores(sentence)).toContain(text);
    expect(figuresIn(sentence).find((f) => f.text === text)).toMatchObject({ value: null, unit: null, kind: 'other' });
  });
});

describe('not results', () => {
  test.each([
    ['Granollers and Lopez defeated Khachanov and Rublev 6-4, 7-6 (5) to seal it.', '6-4'],
    ['Granollers and Lopez defeated Khachanov and Rublev 6-4, 7-6 (5) to seal it.', '7-6'],
    ['Haase defeated Bublik 7-5, 3-6, 7-6 (5).', '3-6'],
    ['The French duo squandered two match points while serving at 5-4.', '5-4'],
    ['The festival runs 18-24 November.', '18-24'],
    ['Opening Bell 11-18-19', '11-18'],
    ['Emirates ordered the A350-900 on Monday.', '350-900'],
    ['It did 0-62 mph in 6.6 seconds.', '0-62'],
    ['Most adults need 7-9 hours of sleep (a range).', '7-9'],
  ])('%s: not "%s"', (sentence, text) => {
    expect(scores(sentence).filter((score) => score.includes(text))).toEqual([]);
  });
});
