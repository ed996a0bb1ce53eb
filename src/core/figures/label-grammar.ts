// The grammar labels are read with: a figure's clause, the noun phrases that end or start
// at a token, the subject of a verb, the word that links a figure to its sentence, and how
// a phrase of the sentence's tokens and added words is written out (issue 13).
import type { FigureKind } from '../types';
import type { QuantityRole } from './recognised-quantity';
import type { Token } from './split-tokens';
import {
  ADVERBS,
  AUXILIARIES,
  CHANGE_NOUNS,
  CONJUNCTIONS,
  DETERMINERS,
  isGerund,
  isPresentVerb,
  participle,
  PREPOSITIONS,
  PRONOUNS,
} from './word-classes';

export const MAX_WORDS = 8;
export const CHANGE_WORDS =
  /^(?:rise|fall|drop|increase|decrease|cut|gain|jump|decline|surge|slump|climb|dip|hike|boost|raise|reduction)$/;

export const CLAUSE_WORDS = new Set([
  'which',
  'who',
  'while',
  'whereas',
  'but',
  'although',
  'though',
  'because',
  'when',
  'where',
]);
export const CLAUSE_SYMBOLS = /^[,;:()[\]—–"“”….!?|]$/;
// Heads that say only that a number follows ("a total of 346 people"): the count's own noun says more.
export const EMPTY_HEADS = new Set(
  'total number figure sum amount estimate maximum minimum average tally record high low range level rate price cost value upwards excess'.split(
    ' ',
  ),
);
export const TIME_WORDS =
  /^(?:time|times|year|years|month|months|week|weeks|day|days|quarter|quarters|period|today|yesterday|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
// Words that stand between a number and what links it ("rose nearly 5%", "up to 5%", "more than 400").
export const APPROXIMATORS = new Set(
  'about around roughly approximately nearly almost just only some over under more less than up to at least most as many much estimated additional another combined total whopping staggering mere close upwards of'.split(
    ' ',
  ),
);

// Praise and size the writer adds before a number ("an astonishing six quarters").
export const INTENSIFIERS = new Set(
  'a an astonishing staggering impressive whopping remarkable massive huge hefty modest mere unprecedented record robust solid strong sharp steep healthy significant substantial further extra'.split(
    ' ',
  ),
);
// Comparatives say how a number compares, not what it measures ("1.1% higher").
export const COMPARATIVE =
  /^(?:higher|lower|more|less|fewer|cheaper|bigger|smaller|faster|slower|better|worse|greater|larger|longer|shorter|up|down|off)$/;

export const lowerAt = (tokens: readonly Token[], i: number) => tokens[i]?.text.toLowerCase() ?? '';
export const isWord = (tokens: readonly Token[], i: number) => tokens[i]?.kind === 'word';
export const isFunction = (w: string) =>
  DETERMINERS.has(w) ||
  PREPOSITIONS.has(w) ||
  AUXILIARIES.has(w) ||
  PRONOUNS.has(w) ||
  CONJUNCTIONS.has(w) ||
  CLAUSE_WORDS.has(w) ||
  w === 'not' ||
  w === 'that';
export const isVerbForm = (w: string) => participle(w) !== null || isGerund(w) || isPresentVerb(w) || !!CHANGE_NOUNS[w];

// An initialism's last dot is a token of its own ("U.S" "."): it ends no clause, and a label
// writes it and reads on.
const INITIALISM = /^\p{L}(?:\.\p{L})+$/u;

/** Token indexes of the clause on one side of the figure, skipping short brackets like "(AI)". */
export function clauseSide(tokens: readonly Token[], from: number, step: 1 | -1): number[] {
  const side: number[] = [];
  const open = step === 1 ? '(' : ')';
  const close = step === 1 ? ')' : '(';
  for (let i = from; i >= 0 && i < tokens.length; i += step) {
    const token = tokens[i]!;
    if (token.text === open) {
      let j = i + step;
      while (j >= 0 && j < tokens.length && Math.abs(j - i) <= 6 && tokens[j]!.text !== close) j += step;
      if (tokens[j]?.text !== close || Math.abs(j - i) > 6) break;
      i = j;
      continue;
    }
    // "the W. M. Keck Observatory", "the U.S. economy": an initial's dot ends no clause.
    const before = tokens[i - 1]?.text ?? '';
    const initial = token.text === '.' && !token.space && (/^\p{Lu}$/u.test(before) || INITIALISM.test(before));
    if (
      (CLAUSE_SYMBOLS.test(token.text) && !initial) ||
      (token.text === '-' && token.space) ||
      CLAUSE_WORDS.has(token.text.toLowerCase())
    )
      break;
    side.push(i);
  }
  return step === 1 ? side : side.reverse();
}

/** Where a figure stands among its sentence's tokens (see RecognisedQuantity). */
export interface FigureSpan {
  kind: FigureKind;
  first: number;
  last: number;
  end: number;
  /** The token of the number itself (the count's unit words follow it up to `last`). */
  number?: number;
  unit?: string | null;
  role?: QuantityRole | undefined;
}

export interface Context {
  tokens: readonly Token[];
  /** Tokens that belong to a figure (this one or another). */
  taken: ReadonlySet<number>;
  /** Tokens of the sentence's numeric figures ("triple-digit" may stand in a phrase; "$5m" may not). */
  numbers: ReadonlySet<number>;
  /** Words the page writes in lower case: a capitalised one that opens the sentence is a common noun. */
  common: ReadonlySet<string>;
  /** The clause, as a set of indexes the phrase may use. */
  clause: ReadonlySet<number>;
}

/** A content word: a noun or adjective as far as the lexicon can tell, not a figure. */
export function isContent(c: Context, i: number): boolean {
  if (!c.clause.has(i) || c.taken.has(i) || !isWord(c.tokens, i)) return false;
  const w = lowerAt(c.tokens, i);
  // "you’ll", "it’s": a pronoun with its verb; "afterwards", "towards": adverbs by their ending.
  if (/^(?:i|you|we|they|he|she|it|that|there)['’]\p{L}+$/u.test(w) || /^\p{L}{3,}wards$/u.test(w)) return false;
  return !isFunction(w) && !ADVERBS.has(w);
}

/** A noun phrase that ends at `end`, read leftwards: "Alibaba's cloud unit", "the number of young adults". */
/**
 * A number inside a name, not a figure: "V8" (glued to its letter), "Apple AirPods 2
 * Wireless Earphones" (between two capitalised words).
 */
function nameNumber(c: Context, i: number): boolean {
  const token = c.tokens[i];
  if (token?.kind !== 'num' || c.taken.has(i) || !c.clause.has(i)) return false;
  const capital = (k: number) => c.tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(c.tokens[k]!.text);
  return (!token.space && capital(i - 1)) || (capital(i - 1) && capital(i + 1) && !!c.tokens[i + 1]?.space);
}

export function phraseEndingAt(c: Context, end: number, max = 5): number[] {
  const phrase: number[] = [];
  let i = end;
  // "The increase of £111": after a determiner a verb's form is a noun.
  // "an original estimate of": or after a determiner and an adjective.
  const determined = (k: number) => DETERMINERS.has(lowerAt(c.tokens, k)) || /['’]s$/.test(lowerAt(c.tokens, k));
  const noun = (k: number) =>
    determined(k - 1) || (determined(k - 2) && isContent(c, k - 1) && !isVerbForm(lowerAt(c.tokens, k - 1)));
  const headWord = (k: number) =>
    isContent(c, k) &&
    (phrase.length > 0 || !isVerbForm(lowerAt(c.tokens, k)) || /^\p{Lu}/u.test(c.tokens[k]!.text) || noun(k));
  while (
    i >= 0 &&
    phrase.length < max &&
    (headWord(i) || (phrase.length > 0 && nameNumber(c, i) && isContent(c, i - 1)))
  ) {
    // A verb form may only modify a noun after it ("diluted share", "operating income").
    const w = lowerAt(c.tokens, i);
    if (
      phrase.length > 0 &&
      isVerbForm(w) &&
      !/^\p{Lu}/u.test(c.tokens[i]!.text) &&
      !isGerund(w) &&
      participle(w) === null
    )
      break;
    if (phrase.length > 0 && (isPresentVerb(w) || (participle(w) !== null && !/ed$/.test(w)))) break;
    // "purchased Big Machine": a past form before a name is its verb.
    if (phrase.length > 0 && participle(w) !== null && /^\p{Lu}/u.test(c.tokens[phrase[0]!]!.text)) break;
    // "the lender reported third-quarter net income": a past form after a noun is its verb.
    if (phrase.length > 0 && participle(w) !== null && isContent(c, i - 1) && !isVerbForm(lowerAt(c.tokens, i - 1)))
      break;
    phrase.unshift(i);
    i--;
    // "number of young adults", "shares of the lender": an "of" joins two noun phrases.
    let of = i;
    while (of >= 0 && DETERMINERS.has(lowerAt(c.tokens, of)) && c.clause.has(of)) of--;
    if (lowerAt(c.tokens, of) === 'of' && of < i && phrase.length < max - 1) {
      let k = of - 1;
      while (k >= 0 && DETERMINERS.has(lowerAt(c.tokens, k))) k--;
      if (isContent(c, k) && !isVerbForm(lowerAt(c.tokens, k))) {
        for (let m = i; m >= of; m--) phrase.unshift(m);
        i = k;
      }
    } else if (lowerAt(c.tokens, i) === 'of' && phrase.length < max - 1) {
      let k = i - 1;
      while (k >= 0 && DETERMINERS.has(lowerAt(c.tokens, k))) k--;
      if (isContent(c, k) && !isVerbForm(lowerAt(c.tokens, k))) {
        phrase.unshift(i);
        i = k;
      }
    }
  }
  // A name's number opens no phrase ("6700 AC1700 Router"), nor does the unit glued to one
  // ("38mm Smart Watch" → "Smart Watch").
  while (
    phrase.length &&
    (c.tokens[phrase[0]!]!.kind === 'num' ||
      (!c.tokens[phrase[0]!]!.space && c.tokens[phrase[0]! - 1]?.kind === 'num' && phrase.length > 1))
  )
    phrase.shift();
  return phrase;
}

// Adverbs elsewhere ("a total of", "combined 40"); after a determiner, adjectives.
const ADJECTIVES_AFTER_DETERMINER = new Set(['total', 'combined', 'additional', 'estimated', 'overall']);

/** A noun phrase that starts at `start` (determiners skipped), with "of"/"in"/"for" complements. */
export function phraseStartingAt(c: Context, start: number, max = MAX_WORDS): number[] {
  let i = start;
  while (DETERMINERS.has(lowerAt(c.tokens, i)) && c.clause.has(i)) i++;
  const phrase: number[] = [];
  let complement = -1;
  const initialismDot = (k: number) =>
    c.tokens[k]?.text === '.' && INITIALISM.test(c.tokens[k - 1]?.text ?? '') && c.clause.has(k + 1);
  for (; phrase.length < max && (c.clause.has(i) || c.tokens[i]?.text === '(' || initialismDot(i)); i++) {
    const w = lowerAt(c.tokens, i);
    // "the W. M. Keck Observatory": a name's initials are left out ("Keck Observatory").
    if (
      /^\p{Lu}$/u.test(c.tokens[i]!.text) &&
      c.tokens[i + 1]?.text === '.' &&
      /^\p{Lu}/u.test(c.tokens[i + 2]?.text ?? '') &&
      c.clause.has(i + 2)
    ) {
      i++;
      continue;
    }
    // "the U.S. economy": an initialism's last dot does not end the phrase.
    if (initialismDot(i) && phrase.at(-1) === i - 1 && isContent(c, i + 1)) continue;
    // "the total U.S. population", "the combined company": after a determiner these words,
    // adverbs elsewhere ("a total of", "combined 40"), modify the noun that follows.
    if (
      phrase.length === 0 &&
      DETERMINERS.has(lowerAt(c.tokens, i - 1)) &&
      ADJECTIVES_AFTER_DETERMINER.has(w) &&
      isContent(c, i + 1)
    ) {
      phrase.push(i);
      continue;
    }
    if (isContent(c, i)) {
      // A verb ends the phrase unless it modifies a noun after it ("diluted share").
      // "a 38 per cent fall in profits": right after a number, "fall" is a noun.
      const compound =
        (phrase.length > 0 && isGerund(w)) || (phrase.length === 0 && i === start && CHANGE_WORDS.test(w));
      if (
        !compound &&
        isVerbForm(w) &&
        !(isContent(c, i + 1) && !isVerbForm(lowerAt(c.tokens, i + 1)) && /ed$|ing$/.test(w))
      ) {
        if (!(phrase.length === 0 && /^\p{Lu}/u.test(c.tokens[i]!.text))) break;
      }
      phrase.push(i);
      continue;
    }
    // "artificial intelligence (AI) infrastructure": a short bracket inside the phrase is stepped over.
    if (c.tokens[i]!.text === '(' && phrase.length > 0) {
      let close = i + 1;
      while (close < i + 4 && c.tokens[close] && c.tokens[close]!.text !== ')') close++;
      if (c.tokens[close]?.text === ')' && isContent(c, close + 1)) {
        i = close;
        continue;
      }
    }
    if (c.tokens[i]!.kind === 'sym' && /^['’&]$/.test(c.tokens[i]!.text) && phrase.length > 0) {
      phrase.push(i);
      continue;
    }
    if (phrase.length > 0 && nameNumber(c, i)) {
      phrase.push(i);
      continue;
    }

    if (
      w === 'and' &&
      phrase.length > 0 &&
      isContent(c, i + 1) &&
      isContent(c, i + 2) &&
      !isVerbForm(lowerAt(c.tokens, i + 1))
    ) {
      phrase.push(i);
      continue;
    }
    if (/^(?:of|in|for|on)$/.test(w) && phrase.length > 0 && phrase.length < max - 1) {
      let k = i + 1;
      while (DETERMINERS.has(lowerAt(c.tokens, k)) && c.clause.has(k)) k++;
      // "earnings for the third quarter": a complement that tells when is no part of the name.
      let end = k;
      while (isContent(c, end)) end++;
      const when = [...Array(end - k).keys()].some((n) => TIME_WORDS.test(lowerAt(c.tokens, k + n)));
      if (isContent(c, k) && !when) {
        complement = phrase.length;
        for (let m = i; m < k; m++) phrase.push(m);
        i = k - 1;
        continue;
      }
    }
    break;
  }
  // A complement cut short by the length allowed is left out: "per-share earnings", never
  // "per-share earnings for the third".
  if (phrase.length >= max && complement > 0 && isContent(c, phrase.at(-1)! + 1)) phrase.length = complement;
  while (phrase.length && !isContent(c, phrase.at(-1)!)) phrase.pop();
  return phrase;
}

/** A preposition with its noun phrase, the determiners between kept: "in a single venue". */
export function prepositional(c: Context, at: number, phrase: number[]): number[] {
  const out = [at];
  for (let k = at + 1; k < phrase[0]!; k++) if (DETERMINERS.has(lowerAt(c.tokens, k))) out.push(k);
  return [...out, ...phrase];
}

/** The subject of the verb at `verb`: back over auxiliaries and adverbs, then its noun phrase. */
export function subjectOf(c: Context, verb: number): number[] {
  let i = verb - 1;
  while (
    i >= 0 &&
    c.clause.has(i) &&
    (AUXILIARIES.has(lowerAt(c.tokens, i)) || ADVERBS.has(lowerAt(c.tokens, i)) || lowerAt(c.tokens, i) === 'not')
  )
    i--;
  // "sales growth in 2019 will be 3.5%": a time after the subject is stepped over.
  if (c.tokens[i]?.kind === 'num' && /^(?:in|for|during|since)$/.test(lowerAt(c.tokens, i - 1)) && !c.taken.has(i))
    i -= 2;
  if (!isContent(c, i)) return [];
  return phraseEndingAt(c, i);
}

/** Back from the figure over words like "nearly", "up to", "more than": the first word that links it. */
export function linkBefore(c: Context, first: number): number {
  let i = first - 1;
  while (
    i >= 0 &&
    c.clause.has(i) &&
    (APPROXIMATORS.has(lowerAt(c.tokens, i)) || INTENSIFIERS.has(lowerAt(c.tokens, i)))
  ) {
    // "to" and "of" are links themselves, except in "up to", "upwards of"
    const w = lowerAt(c.tokens, i);
    if ((w === 'to' && lowerAt(c.tokens, i - 1) !== 'up') || (w === 'of' && lowerAt(c.tokens, i - 1) !== 'upwards'))
      break;
    if (w === 'at' && lowerAt(c.tokens, i + 1) !== 'least') break;
    i--;
  }
  return i;
}

export function join(tokens: readonly Token[], indexes: number[], text: (i: number) => string): string {
  const written = (i: number) =>
    text(i) + (INITIALISM.test(tokens[i]!.text) && tokens[i + 1]?.text === '.' && !tokens[i + 1]!.space ? '.' : '');
  return indexes
    .map((i, k) => (k > 0 && (tokens[i]!.space || !indexes.includes(i - 1)) ? ' ' : '') + written(i))
    .join('');
}

export type Phrase = (number | string)[];

/**
 * A sentence's first word keeps its capital in a label only when it may be a name: "Cloud
 * revenue" and "Revenue" read as common nouns ("rise in cloud revenue"), "Emirates" may not.
 */
export function caseOf(c: Context, i: number): string {
  const text = c.tokens[i]!.text;
  if (i !== 0 || !/^\p{Lu}\p{Ll}+$/u.test(text)) return text;
  const common = c.common.has(text.toLowerCase()) || /(?:ion|ment|ity|ness|ance|ence|ue|ure|ship|ings?)$/.test(text);
  return common ? text.toLowerCase() : text;
}

export function render(c: Context, phrase: Phrase): string {
  const out: string[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length) out.push(join(c.tokens, run, (i) => caseOf(c, i)));
    run = [];
  };
  for (const part of phrase) {
    if (typeof part === 'number') run.push(part);
    else {
      flush();
      // "’s winning margin" is written onto the name before it.
      if (/^['’]s /.test(part) && out.length) out[out.length - 1] += part;
      else out.push(part);
    }
  }
  flush();
  return out.join(' ');
}
