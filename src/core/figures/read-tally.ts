import { FUNCTION_WORDS } from '../text/function-words';
import type { RecognisedQuantity } from './recognised-quantity';
import type { Token } from './split-tokens';

// A running count written as an ordinal: "a 6th fatality linked to the virus", "the city's
// tenth homicide this year" say that there have been 6 deaths, 10 homicides. Only tallies
// of harm and of cases count: any other ordinal ("the 3rd quarter", "his second term") is
// an order, not a quantity.
const TALLIES =
  /^(?:deaths?|fatalit(?:y|ies)|victims?|casualt(?:y|ies)|cases?|homicides?|murders?|killings?|shootings?|overdoses?)$/i;
const SPELLED_ORDINALS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
};
/** Ordinal words, for the sentences that may hold one (mayHoldQuantity). */
export const ORDINAL_WORD = new RegExp(`\\b(?:${Object.keys(SPELLED_ORDINALS).join('|')})\\b`, 'i');

/** The ordinal at `at` ("6th", "sixth") and its last token; else null. First ones are no tally. */
function ordinalAt(tokens: readonly Token[], at: number): { value: number; last: number } | null {
  const token = tokens[at]!;
  if (token.kind === 'word') {
    const value = SPELLED_ORDINALS[token.text.toLowerCase()];
    return value === undefined ? null : { value, last: at };
  }
  const suffix = tokens[at + 1];
  if (token.kind !== 'num' || !/^\d{1,4}$/.test(token.text) || !suffix || suffix.space) return null;
  if (!/^(?:st|nd|rd|th)$/i.test(suffix.text)) return null;
  const value = Number(token.text);
  return value >= 2 ? { value, last: at + 1 } : null;
}

/** "6th fatality", "the tenth homicide": a tally at `at`, counted as the number of its noun. */
export function readTally(tokens: readonly Token[], at: number, text: string): RecognisedQuantity | null {
  const ordinal = ordinalAt(tokens, at);
  const noun = ordinal ? tokens[ordinal.last + 1] : undefined;
  if (!ordinal || noun?.kind !== 'word' || !noun.space || !TALLIES.test(noun.text)) return null;
  // "his second murder trial": the noun names another thing's kind.
  const next = tokens[ordinal.last + 2];
  if (next?.kind === 'word' && !FUNCTION_WORDS.has(next.text.toLowerCase()) && !/ed$/i.test(next.text)) return null;
  const last = ordinal.last + 1;
  return {
    text: text.slice(tokens[at]!.start, noun.end),
    value: ordinal.value,
    // Counted as the plural it tallies: "6th fatality" is 6 fatalities.
    unit: noun.text
      .toLowerCase()
      .replace(/y$/, 'ie')
      .replace(/(?<!s)$/, 's'),
    kind: 'count',
    first: at,
    last,
    end: last,
    number: ordinal.last,
    equivalents: [],
  };
}
