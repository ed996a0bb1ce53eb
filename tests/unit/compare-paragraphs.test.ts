import { describe, expect, test } from 'vitest';
import { compareParagraphs, type Verdict } from '../../src/core/repeats/compare-paragraphs';
import { fingerprintParagraph } from '../../src/core/repeats/fingerprint-paragraph';
import {
  BUSES,
  BUSES_CONDENSED,
  BUSES_CONTINUED,
  BUSES_HEAVY,
  BUSES_LIGHT,
  BUSES_ONE_FIGURE,
  BUSES_OTHER_FIGURES,
  BUSES_WITH_INSERTED_CLAUSE,
  FERRIES,
  RATES_DOWN,
  RATES_UP,
  TREES,
  ZONING,
} from './helpers/news-paragraphs';

const compare = (earlier: string, later: string, wordForWord = false): Verdict =>
  compareParagraphs(fingerprintParagraph(earlier), fingerprintParagraph(later), { wordForWord });

describe('compareParagraphs', () => {
  test.each<[string, string, string, Verdict]>([
    ['exact copy', BUSES, BUSES, 'repeat'],
    ['copy with other case, quotes and spacing', BUSES, BUSES.toUpperCase().replace(/'/g, '’'), 'repeat'],
    ['light rewording of the same facts', BUSES, BUSES_LIGHT, 'repeat'],
    ['heavy rewording of the same facts', BUSES, BUSES_HEAVY, 'repeat'],
    ['condensed restatement of the same facts', BUSES, BUSES_CONDENSED, 'repeat'],
    ['the same sentences with other figures', BUSES, BUSES_OTHER_FIGURES, 'distinct'],
    ['the same sentences with one figure changed', BUSES, BUSES_ONE_FIGURE, 'distinct'],
    ['a repeat that goes on to say more', BUSES, BUSES_CONTINUED, 'distinct'],
    ['a near copy with an inserted fact', BUSES, BUSES_WITH_INSERTED_CLAUSE, 'distinct'],
    ['the earlier one longer than the repeat (the repeat adds nothing)', BUSES_CONTINUED, BUSES, 'repeat'],
    ['same figures, swapped places', RATES_UP, RATES_DOWN, 'distinct'],
    ['another story of the same city', BUSES, FERRIES, 'distinct'],
    ['a shared boilerplate sentence with different facts', ZONING, TREES, 'distinct'],
    [
      'short block, same words',
      'Reporting by Ana Ruiz; editing by Tom Field',
      'Reporting by Ana Ruiz, editing by Tom Field',
      'repeat',
    ],
    [
      'short block, one word different',
      'Portion: 1 cup rice, 1 cup beans, 1 tsp oil',
      'Portion: 1 cup rice, 1 cup corn, 1 tsp oil',
      'distinct',
    ],
    [
      'short block, an item left out',
      'Containers: 1 Green, 1 Red, 1 Yellow, 1 Orange, 1 tsp.',
      'Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.',
      'distinct',
    ],
    [
      'short block reworded',
      'Police said the driver was not hurt in the crash.',
      'The driver escaped the crash unhurt, police said.',
      'distinct',
    ],
    [
      'short blocks of function words only',
      'And that is what I want for you.',
      'And this is what we want for you.',
      'distinct',
    ],
  ])('%s', (_name, earlier, later, verdict) => {
    expect(compare(earlier, later)).toBe(verdict);
  });

  test.each<[string, string, string, Verdict]>([
    [
      'captions word for word: the same caption',
      'Firefighters work on the roof of the library on Main Street. (Photo: Example Wire)',
      'Firefighters work on the roof of the library on Main Street (Photo: Example Wire)',
      'repeat',
    ],
    ['captions word for word: reworded', BUSES, BUSES_LIGHT, 'distinct'],
    [
      'captions sharing place, date and credit',
      'A shopper looks at extension cords at a hardware store in Grass Valley on Tuesday, Nov. 19, ahead of the planned power shutdown scheduled for Wednesday and Thursday. (Photo: Example Wire)',
      'Extension cords of all gauges and lengths stock the shelves at a hardware store in Grass Valley on Tuesday, Nov. 19, ahead of the next planned power shutdown. (Photo: Example Wire)',
      'distinct',
    ],
  ])('%s', (_name, earlier, later, verdict) => {
    expect(compare(earlier, later, true)).toBe(verdict);
  });
});
