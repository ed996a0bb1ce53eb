import { expect, test } from 'vitest';
import { formatText } from '../../src/cli/format-text';
import { makeAnalysis } from './helpers/analysis';

test('the command lists the highlights in the order the article tells them (issue 14)', () => {
  const analysis = makeAnalysis({
    paragraphs: [
      {
        index: 0,
        text: 'The council approved the plant. It will open in 2030.',
        duplicateOf: null,
        kind: 'paragraph',
        elementIndex: 3,
      },
      { index: 1, text: 'Households will pay $9 a month more.', duplicateOf: null, kind: 'paragraph', elementIndex: 4 },
    ],
    // Most important first, as the analysis keeps them.
    highlights: [
      { text: 'Households will pay $9 a month more.', paragraph: 1 },
      { text: 'It will open in 2030.', paragraph: 0 },
      { text: 'The council approved the plant.', paragraph: 0 },
    ],
  });
  const listed = formatText(analysis).split('Highlights:\n')[1]!.split('\n\n')[0]!.split('\n').slice(0, 3);
  expect(listed).toEqual([
    '  - The council approved the plant.',
    '  - It will open in 2030.',
    '  - Households will pay $9 a month more.',
  ]);
});
