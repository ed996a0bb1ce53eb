import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareParagraphs } from '../../src/core/repeats/compare-paragraphs';
import { fingerprintParagraph } from '../../src/core/repeats/fingerprint-paragraph';
import { findRepeats, type RepeatCandidate } from '../../src/core/repeats/find-repeats';
import type { BlockKind } from '../../src/core/types';
import {
  BUSES,
  BUSES_HEAVY,
  BUSES_OTHER_FIGURES,
  FERRIES,
  KEY_POINTS,
  LIBRARY,
  SCHOOLS,
  SCHOOLS_LOOSE,
  TREES,
  ZONING,
} from './helpers/news-paragraphs';

const p = (text: string, kind: BlockKind = 'paragraph'): RepeatCandidate => ({ text, kind });
const heading = (text: string) => p(text, 'heading');
const QUESTION = p('What first made you want to cook for other people, and who taught you the most?');
const QUESTION_2 = p('Which dish on your menu took you the longest to get right, and why was that?');
const QUESTION_3 = p('What would you tell a young cook who is thinking of opening a restaurant?');
const CREDIT = p('Lea Moreau for the Example Courier picture desk, Port Aven harbour');
// Seven words or fewer each (but eight tokens or more: "pre-workout" is two).
const LABELS = [
  'Pre-workout and post-workout drinks, well-chilled',
  'Mid-morning snack: one half-frozen, sugar-free yoghurt',
  'Late-evening meal: low-fat, slow-cooked one-pot stew',
  'Bed-time drink: warm, semi-skimmed, low-sugar cocoa',
].map((text) => p(text));
const CAPTIONS = [
  'Stallholders on Quay Street set out their tables at dawn on Saturday.',
  'A crew member of the brigantine climbs the rigging during the display.',
  'Children from the primary school wave from the deck during the parade.',
  'The harbour master’s launch leads the last ships out past the breakwater.',
].map((text) => p(text));

describe('findRepeats', () => {
  test.each<[string, RepeatCandidate[], (number | null)[]]>([
    ['nothing repeated', [p(BUSES), p(FERRIES), p(LIBRARY)], [null, null, null]],
    ['a long paragraph printed twice', [p(BUSES), p(FERRIES), p(BUSES)], [null, null, 0]],
    ['a long paragraph restated in other words', [p(BUSES), p(FERRIES), p(BUSES_HEAVY)], [null, null, 0]],
    ['the same sentences with other figures', [p(BUSES), p(FERRIES), p(BUSES_OTHER_FIGURES)], [null, null, null]],
    ['a shared boilerplate sentence, different facts', [p(ZONING), p(FERRIES), p(TREES)], [null, null, null]],
    [
      'a heading repeated alone',
      [heading('Analysis'), p(BUSES), heading('Analysis'), p(FERRIES)],
      [null, null, null, null],
    ],
    [
      'a minor block repeated alone',
      [p('Advertisement'), p(BUSES), p('Advertisement'), p(FERRIES)],
      [null, null, null, null],
    ],
    [
      'a short question repeated alone (an interview series)',
      [QUESTION, p(BUSES), QUESTION, p(FERRIES)],
      [null, null, null, null],
    ],
    [
      // Issue 14: the same questions put to each guest, answers between them.
      'an interview asking each guest the same questions',
      [
        ...[QUESTION, p(BUSES), QUESTION_2, p(FERRIES), QUESTION_3, p(LIBRARY)],
        ...[QUESTION, p(SCHOOLS), QUESTION_2, p(TREES), QUESTION_3, p(ZONING)],
      ],
      new Array(12).fill(null),
    ],
    [
      'the same credit line under each picture of a gallery',
      [CAPTIONS[0]!, CREDIT, CAPTIONS[1]!, CREDIT, CAPTIONS[2]!, CREDIT, CAPTIONS[3]!, CREDIT],
      new Array(8).fill(null),
    ],
    [
      'lines under eight words are too short to carry a statement, even as a run',
      [...LABELS, p(BUSES), ...LABELS, p(FERRIES)],
      new Array(10).fill(null),
    ],
    [
      'a section printed twice keeps its questions with it',
      [QUESTION, p(BUSES), QUESTION_2, p(FERRIES), p(LIBRARY), QUESTION, p(BUSES), QUESTION_2, p(FERRIES)],
      [null, null, null, null, null, 0, 1, 2, 3],
    ],
    [
      'key points repeated as a run of short items',
      [
        ...KEY_POINTS.map((text) => p(text, 'list-item')),
        p(LIBRARY),
        ...KEY_POINTS.map((text) => p(text, 'list-item')),
      ],
      [null, null, null, null, null, 0, 1, 2, 3],
    ],
    [
      'a repeated list with one item updated: the run steps over it',
      [
        ...KEY_POINTS.map((text) => p(text, 'list-item')),
        p(LIBRARY),
        ...KEY_POINTS.map((text) => p(text.replace('38%', '41%'), 'list-item')),
      ],
      [null, null, null, null, null, 0, null, 2, 3],
    ],
    [
      'two short items repeated in a run under 30 tokens',
      [
        p(KEY_POINTS[2]!),
        p('Police said the driver was not hurt.'),
        p(LIBRARY),
        p(KEY_POINTS[2]!),
        p('Police said the driver was not hurt.'),
      ],
      [null, null, null, null, null],
    ],
    [
      'a borderline restatement alone',
      [p(SCHOOLS), p(LIBRARY), p(FERRIES), p(SCHOOLS_LOOSE)],
      [null, null, null, null],
    ],
    [
      'a borderline restatement in a run with a clear repeat',
      [p(BUSES), p(SCHOOLS), p(LIBRARY), p(BUSES_HEAVY), p(SCHOOLS_LOOSE)],
      [null, null, null, 0, 1],
    ],
    [
      'a section printed twice with its heading',
      [
        heading('Electric buses'),
        p(BUSES),
        p(SCHOOLS),
        heading('Ferries'),
        p(FERRIES),
        heading('Electric buses'),
        p(BUSES),
        p(SCHOOLS),
      ],
      [null, null, null, null, null, 0, 1, 2],
    ],
    [
      'a reworded section under a new heading keeps its heading',
      [heading('Electric buses'), p(BUSES), p(SCHOOLS), heading('What comes next'), p(BUSES_HEAVY), p(SCHOOLS_LOOSE)],
      [null, null, null, null, 1, 2],
    ],
    [
      'a repeat of a repeat points to the first',
      [p(BUSES), p(FERRIES), p(BUSES), p(LIBRARY), p(BUSES_HEAVY)],
      [null, null, 0, null, 0],
    ],
    ['code is never compared', [p(BUSES, 'preformatted'), p(FERRIES), p(BUSES, 'preformatted')], [null, null, null]],
    ['table cells are never compared', [p(BUSES, 'table'), p(FERRIES), p(BUSES, 'table')], [null, null, null]],
    [
      'a caption restated in other words',
      [p(BUSES, 'caption'), p(FERRIES), p(BUSES_HEAVY, 'caption')],
      [null, null, null],
    ],
    ['a caption printed twice', [p(BUSES, 'caption'), p(FERRIES), p(BUSES, 'caption')], [null, null, 0]],
    ['an empty list', [], []],
  ])('%s', (_name, paragraphs, expected) => {
    expect(findRepeats(paragraphs)).toEqual(expected);
  });

  test('the borderline pair of the run tests is borderline on its own', () => {
    // Keeps the two run cases above honest: without the run, this pair is not enough.
    expect(compareParagraphs(fingerprintParagraph(SCHOOLS), fingerprintParagraph(SCHOOLS_LOOSE))).toBe('borderline');
  });

  test('a repeat always points to an earlier paragraph that is itself kept', () => {
    const pool = [BUSES, BUSES_HEAVY, FERRIES, SCHOOLS, SCHOOLS_LOOSE, LIBRARY, ...KEY_POINTS, 'Analysis'];
    const kinds: BlockKind[] = ['paragraph', 'heading', 'list-item', 'caption', 'quote'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.constantFrom(...pool), kind: fc.constantFrom(...kinds) }), { maxLength: 40 }),
        (paragraphs) => {
          const duplicateOf = findRepeats(paragraphs);
          expect(duplicateOf).toHaveLength(paragraphs.length);
          duplicateOf.forEach((earlier, k) => {
            if (earlier === null) return;
            expect(earlier).toBeLessThan(k);
            expect(duplicateOf[earlier]).toBeNull();
          });
        },
      ),
    );
  });
});
