import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { ADDED_WORDS } from '../../src/core/figures/label-figure';
import { isChineseText } from '../../src/core/text/chinese-text';
import type { Figure, Quantity } from '../../src/core/types';
import { fixturesWith, readAsTheCommand } from './helpers/fixtures';

// Every fixture page with gold figures: the required ones found with the right value and
// unit (as a figure, or as the equivalent of one: "RMB 380 billion (US$53 billion)" is one
// figure), the optional ones right when found, nothing from page chrome or dates, and no
// quantity twice.
const keyOf = (q: Quantity) => (q.value === null ? `~${q.text.toLowerCase()}` : `${q.unit} ${q.value} ${q.max ?? ''}`);
const overlaps = (q: Quantity, text: string) => q.text === text || text.includes(q.text) || q.text.includes(text);

describe.each(fixturesWith('figures'))('$name', ({ html, expected }) => {
  const result = analyze(readAsTheCommand(html), expected.url);
  const figures: Figure[] = result.ok ? result.figures : [];
  const stated = figures.flatMap((figure) => [
    { ...figure, as: 'figure' },
    ...figure.equivalents.map((e) => ({ ...e, kind: 'money', as: 'equivalent' })),
  ]);
  const gold = expected.figures ?? [];

  test('is analysed as an article', () => {
    expect(result.ok).toBe(true);
  });

  test.each(gold.filter((g) => g.required))('finds $text', ({ text, value, unit, kind }) => {
    expect(stated.map(({ text, value, unit, kind }) => ({ text, value, unit, kind }))).toContainEqual({
      text,
      value,
      unit,
      kind,
    });
  });

  test.each(gold.filter((g) => !g.required))('reads $text right when it finds it', ({ text, value, unit, kind }) => {
    for (const q of stated.filter((q) => q.text === text))
      expect({ value: q.value, unit: q.unit, kind: q.kind }).toEqual({ value, unit, kind });
  });

  test.each(expected.forbiddenFigures ?? [])('does not take "%s" for a figure', (text) => {
    expect(stated.filter((q) => overlaps(q, text)).map((q) => q.text)).toEqual([]);
  });

  test('states each quantity once', () => {
    const keys = stated.map(keyOf);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  // Issue 13: a label is a noun phrase from the figure's sentence (its words and the
  // labeller's grammar words: "rise in", "price of"); when none is found the label stays
  // empty and the popup shows the figure in its clause, which must stay the exception.
  test('labels figures with phrases of their own sentence, most of them', () => {
    const labelled = figures.filter((figure) => figure.label !== '');
    expect(labelled.length).toBeGreaterThanOrEqual(figures.length / 2);
    for (const figure of labelled) {
      const sentence = figure.context.toLowerCase();
      if (isChineseText(figure.label)) {
        // Chinese has no spaces: a label is the sentence's own characters, in order (issue 15).
        let at = 0;
        for (const char of figure.label.toLowerCase()) {
          at = sentence.indexOf(char, at) + 1;
          expect(at, `${figure.label} in ${figure.context}`).toBeGreaterThan(0);
        }
      } else
        for (const word of figure.label.toLowerCase().split(' '))
          expect(sentence.includes(word) || ADDED_WORDS.has(word) || sentence.includes(word.slice(0, 4))).toBe(true);
    }
  });
});
