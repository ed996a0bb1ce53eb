// What a figure's sentence says about it, for the ranking: whether it tells what was expected
// rather than what happened, and whether a later sentence says the same quantity again.
import { FUNCTION_WORDS } from '../text/function-words';
import type { Figure } from '../types';

/** How far from a figure, in characters, its neighbouring words (the headline's, a mention's) are looked for. */
export const NEAR = 50;

// What was expected rather than what happened: "analysts were expecting $2.52". Read in the
// figure's own clause: in "Comparable sales rose 3.6 percent, missing the 4.8 percent gain
// that was expected" only the 4.8 percent was expected.
const EXPECTED = /\b(?:expect(?:ed|ing|ations?)|estimates?|forecasts?|predicted|consensus|anticipated)\b/i;
/** Where a sentence's clauses meet: commas, semicolons, colons, dashes and brackets. */
const CLAUSE_BREAK = /[,;:()[\]—–]|\s-\s/g;

/** The clause of a sentence that holds a figure's text (the whole sentence if none is found). */
function clauseOf(context: string, text: string): string {
  const at = context.indexOf(text);
  if (at === -1) return context;
  let start = 0;
  let end = context.length;
  for (const m of context.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at + text.length) {
      end = m.index;
      break;
    }
  }
  return context.slice(start, end);
}

/**
 * The figure's sentence tells what was expected of it: its own clause says so, or a clause
 * that holds no number of its own ("..., according to district estimates").
 */
export function tellsExpected(context: string, text: string): boolean {
  if (!EXPECTED.test(context)) return false;
  const own = clauseOf(context, text);
  return (
    EXPECTED.test(own) || context.split(CLAUSE_BREAK).some((clause) => EXPECTED.test(clause) && !/\d/.test(clause))
  );
}

/** A word as the headline and a sentence may both write it: "Cases"/"case", "charged"/"charge". */
export const stem = (word: string) =>
  word
    .toLowerCase()
    .replace(/['’]s$|s$/, '')
    .slice(0, 5);

// Words that write numbers ("3.5 percent", "1.8 million"): every figure's neighbour, they tell none apart.
const NUMBER_WORDS = /^(?:percent|percentage|per|cent|hundreds?|thousands?|millions?|billions?|trillions?)$/i;

/** The words either side of a figure in its sentence, as `stem` writes them: numbers and function words aside. */
function wordsNear(context: string, text: string): Set<string> {
  const at = Math.max(0, context.indexOf(text));
  const near = `${context.slice(Math.max(0, at - NEAR), at)} ${context.slice(at + text.length, at + text.length + NEAR)}`;
  return new Set(
    (near.match(/\p{L}{3,}/gu) ?? [])
      .filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()) && !NUMBER_WORDS.test(w))
      .map(stem),
  );
}

/**
 * A later mention of a figure's number speaks of the same thing: it points back to it ("That
 * 14% gain") or shares a word near the number.
 */
export function saysAgain(figure: Figure, sentence: string, text: string): boolean {
  if (/\b(?:that|this|the same)\s+$/i.test(sentence.slice(0, Math.max(0, sentence.indexOf(text))))) return true;
  const before = wordsNear(figure.context, figure.text);
  return [...wordsNear(sentence, text)].some((word) => before.has(word));
}
