import { FUNCTION_WORDS } from '../text/function-words';
import { readDigits, readSpelled } from './read-numerals';
import type { RecognisedQuantity } from './recognised-quantity';
import type { Token } from './split-tokens';

// How many times one thing is another, and what share of it: "2.5 times greater",
// "about 10 times higher", "twice the CTR", "one quarter of the revenue", "reduced by a
// third" (issue 13: ratios are quantities the gold calls key). "Three times" alone counts
// occasions and is none: a comparison must follow.
const COMPARISON =
  /^(?:greater|higher|more|larger|bigger|faster|slower|less|lower|smaller|fewer|cheaper|longer|stronger|as|the|that|what|its|their|his|her|our|than)$/;
const MULTIPLES: Record<string, number> = { twice: 2, thrice: 3, double: 2, triple: 3, quadruple: 4 };
const FRACTIONS: Record<string, number> = { half: 1 / 2, third: 1 / 3, quarter: 1 / 4, fifth: 1 / 5, tenth: 1 / 10 };
const PLURAL_FRACTIONS: Record<string, number> = { thirds: 1 / 3, quarters: 1 / 4, fifths: 1 / 5, tenths: 1 / 10 };

/** Whether a text may hold a ratio or a share (the quick test before tokenising). */
export const RATIO_WORD = /\b(?:twice|thrice|double|triple|quadruple|half|thirds?|quarters?|fifths?|tenths?)\b/i;

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';
const round = (value: number) => Number(value.toPrecision(12));

function quantity(
  tokens: readonly Token[],
  text: string,
  first: number,
  last: number,
  value: number,
  unit: string | null,
  kind: RecognisedQuantity['kind'] = 'other',
): RecognisedQuantity {
  return {
    text: text.slice(tokens[first]!.start, tokens[last]!.end),
    value: round(value),
    unit,
    kind,
    first,
    last,
    end: last,
    number: last,
    equivalents: [],
    ...(kind === 'other' ? { role: 'ratio' as const } : {}),
  };
}

/** "2.5 times greater", "ten times as many", "twice the CTR". */
function readMultiple(tokens: readonly Token[], at: number, text: string): RecognisedQuantity | null {
  const word = lower(tokens[at]);
  if (MULTIPLES[word] !== undefined && tokens[at]!.kind === 'word') {
    // "double the price", but not "a double room" or "doubled".
    if (
      !COMPARISON.test(lower(tokens[at + 1])) ||
      (word !== 'twice' && word !== 'thrice' && lower(tokens[at + 1]) !== 'the')
    )
      return null;
    return quantity(tokens, text, at, at, MULTIPLES[word]!, '×');
  }
  let value: number | null = null;
  let last = at;
  if (tokens[at]!.kind === 'num') value = readDigits(tokens[at]!.text, false);
  else {
    const spelled = readSpelled(tokens, at);
    if (spelled) ({ value, last } = spelled);
  }
  if (value === null || lower(tokens[last + 1]) !== 'times' || !COMPARISON.test(lower(tokens[last + 2]))) return null;
  const comparative = /(?:er|more|less|fewer)$/.test(lower(tokens[last + 2])) ? 1 : 0;
  return quantity(tokens, text, at, last + 1 + comparative, value, '×');
}

// "the first half of 2020", "the upper half": which part, not how much.
const WHICH_PART =
  /^(?:first|second|third|fourth|last|latter|former|upper|lower|top|bottom|back|front|other|each|every|the|this|that|same)$/;

/** "one quarter of the revenue", "two-thirds of voters", "cut by a third", "a quarter century". */
function readFraction(tokens: readonly Token[], at: number, text: string): RecognisedQuantity | null {
  const word = lower(tokens[at]);
  let value: number | undefined;
  let last = at;
  const dash = word.indexOf('-');
  const count = (w: string) => (w === 'one' || w === 'a' ? 1 : readSpelled([{ ...tokens[at]!, text: w }], 0)?.value);
  if (dash > 0) {
    const share = PLURAL_FRACTIONS[word.slice(dash + 1)] ?? FRACTIONS[word.slice(dash + 1)];
    const n = count(word.slice(0, dash));
    if (n !== undefined && share !== undefined) value = n * share;
  } else if (word === 'half') value = 1 / 2;
  else {
    const next = lower(tokens[at + 1]);
    const share = (word === 'a' || word === 'one' ? FRACTIONS[next] : undefined) ?? PLURAL_FRACTIONS[next];
    const n = count(word);
    if (n !== undefined && share !== undefined) {
      value = n * share;
      last = at + 1;
    }
  }
  if (value === undefined || WHICH_PART.test(lower(tokens[at - 1]))) return null;
  // "a quarter century", "half a century": a length of time.
  const century =
    lower(tokens[last + 1]) === 'century'
      ? last + 1
      : word === 'half' && lower(tokens[at + 1]) === 'a' && lower(tokens[at + 2]) === 'century'
        ? at + 2
        : -1;
  if (century > 0) {
    // "A half century on, the band ...", "half a century ago": when, not how long.
    const after = lower(tokens[century + 1]);
    if (/^(?:ago|later|earlier|before|after)$/.test(after)) return null;
    if (after === 'on' && (!tokens[century + 2] || tokens[century + 2]!.kind === 'sym')) return null;
    return quantity(tokens, text, at, century, century === last + 1 ? value * 100 : 50, 'years', 'count');
  }
  const next = tokens[last + 1];
  if (lower(next) === 'of') {
    // "a quarter of a point" is read elsewhere; "half of 2020" is a period.
    const whole = tokens[last + 2];
    if (!whole || /^(?:a|an|one)$/.test(lower(whole)) || whole.kind === 'num') return null;
  } else if (lower(tokens[at - 1]) !== 'by' || (next?.kind === 'word' && !FUNCTION_WORDS.has(lower(next)))) return null;
  return quantity(tokens, text, at, last, value, null);
}

/** A ratio or a share starting at `at` (English only: "times", "twice" and "a third" are English words). */
export function readRatio(tokens: readonly Token[], at: number, text: string): RecognisedQuantity | null {
  return readMultiple(tokens, at, text) ?? (tokens[at]!.kind === 'word' ? readFraction(tokens, at, text) : null);
}
