import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { Paragraph } from '../../src/core/types';
import { fixturesWith, parsePage, type Fixture } from './helpers/fixtures';

// Golden test of issue #3 on every fixture page that annotates repeats: each gold
// duplicate pair is found with the right direction, each gold distinct pair stays apart,
// and nothing else on the page is marked.

function paragraphsOf(fixture: Fixture): Paragraph[] {
  const result = analyze(parsePage(fixture.html), fixture.expected.url);
  if (!result.ok) throw new Error(`${fixture.name}: ${result.error.code} ${result.error.message}`);
  return result.paragraphs;
}

/**
 * The first paragraph after `after` that opens with `opening` (white space collapsed).
 * A repeat word for word opens like its original: the pair's `first` is then the earlier
 * paragraph with that opening, its `second` the next one.
 */
function find(paragraphs: readonly Paragraph[], opening: string, after = -1): Paragraph {
  const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
  const match = paragraphs.find((p) => p.index > after && collapse(p.text).startsWith(collapse(opening)));
  if (!match) throw new Error(`no paragraph after #${after} opens with ${JSON.stringify(opening)}`);
  return match;
}

const kept = (p: Paragraph) => p.duplicateOf ?? p.index;

const withDuplicates = fixturesWith('duplicatePairs');
const withDistinct = fixturesWith('distinctPairs');

describe.each(withDuplicates.map((f) => [f.name, f] as const))('repeats on %s', (_name, fixture) => {
  const paragraphs = paragraphsOf(fixture);
  const pairs = fixture.expected.duplicatePairs!;

  test.each(pairs.map((pair) => [pair.second.slice(0, 40), pair] as const))('%s… repeats its pair', (_o, pair) => {
    const first = find(paragraphs, pair.first);
    const second = find(paragraphs, pair.second, first.index);
    expect(first.duplicateOf).toBeNull();
    expect(second.duplicateOf).toBe(first.index);
  });

  test('no other paragraph is marked', () => {
    const expected = pairs
      .map((pair) => find(paragraphs, pair.second, find(paragraphs, pair.first).index).index)
      .sort((a, b) => a - b);
    const marked = paragraphs.filter((p) => p.duplicateOf !== null).map((p) => p.index);
    expect(marked).toEqual(expected);
  });
});

describe.each(withDistinct.map((f) => [f.name, f] as const))('distinct paragraphs on %s', (_name, fixture) => {
  const paragraphs = paragraphsOf(fixture);
  test.each(fixture.expected.distinctPairs!.map((pair) => [pair.b.slice(0, 40), pair] as const))(
    '%s… stays apart from its pair',
    (_o, pair) => {
      const a = find(paragraphs, pair.a);
      const earliest = find(paragraphs, pair.b);
      const b = earliest.index === a.index ? find(paragraphs, pair.b, a.index) : earliest;
      expect(kept(a)).not.toBe(kept(b));
    },
  );
});

test('fixture pages annotate repeats', () => {
  // The seed page and the repeat fixtures of issue #3 at least.
  expect(withDuplicates.length).toBeGreaterThanOrEqual(1);
  expect(withDistinct.length).toBeGreaterThanOrEqual(1);
});
