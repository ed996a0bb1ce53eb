import { describe, expect, test } from 'vitest';
import { clauseAround } from '../../src/popup/figure-clause';

// The figure in its clause, shown when no label names what it measures (issue 13).
describe('clauseAround', () => {
  test.each([
    ['Nearly 40% said yes.', '40%', ['Nearly ', '40%', ' said yes']],
    [
      'Roughly 14 supporters and friends of Noel and Thomas attended the hearing.',
      '14 supporters',
      ['Roughly ', '14 supporters', ' and friends of Noel and …'],
    ],
    [
      'The unit, which runs 3,200 stores across 11 provinces, employs 18,000 people.',
      '11 provinces',
      ['… which runs 3,200 stores across ', '11 provinces', ' …'],
    ],
    ['-5.44%', '-5.44%', ['', '-5.44%', '']],
    ['RRP: €49.95 (£40) More info', '€49.95', ['… ', '€49.95', ' …']],
  ])('%s', (sentence, text, [before, figure, after]) => {
    expect(clauseAround(sentence, text)).toEqual({ before, figure, after });
  });

  test('no clause when the figure is not in the sentence', () => {
    expect(clauseAround('Prices rose.', '5%')).toBeNull();
  });
});
