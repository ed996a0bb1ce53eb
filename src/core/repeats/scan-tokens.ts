import { UNSPACED_SCRIPT } from '../text/scripts';

// Text normalisation for comparing paragraphs (issue #3): case, white space, punctuation,
// quotes and dashes are ignored; numbers are kept as tokens of their own, so that two
// paragraphs that differ only in a figure can be told apart.
//
// A hand-written scanner rather than a chain of Unicode regular expressions: it reads
// each character once, which keeps 5,000 paragraphs well inside the detector's budget.

// "3 years" and "three years" state the same figure. "one" is left alone: it is far more
// often a pronoun ("one of the largest") than a number.
const SAME_TOKEN = new Map<string, string>([
  ['two', '2'],
  ['three', '3'],
  ['four', '4'],
  ['five', '5'],
  ['six', '6'],
  ['seven', '7'],
  ['eight', '8'],
  ['nine', '9'],
  ['ten', '10'],
  ['eleven', '11'],
  ['twelve', '12'],
  // Abbreviations newsrooms swap freely ("$53bn", "$53 billion"; "11 pct", "11%").
  ['bn', 'billion'],
  ['mn', 'million'],
  ['mln', 'million'],
  ['pct', 'percent'],
]);

const enum CharClass {
  Other = 1,
  Letter = 2,
  Digit = 3,
  /** Letters of scripts written without spaces between words (text/scripts.ts). */
  Unspaced = 4,
}

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
// The prolonged sound mark and the iteration mark belong to no script but sit inside words.
const IN_UNSPACED_WORDS = new Set(['\u30fc', '\u3005']);
// Filled on first sight of each character of the Basic Multilingual Plane (0 = not yet).
const bmpClasses = new Uint8Array(0x10000);

function classifyUncached(codePoint: number): CharClass {
  const char = String.fromCodePoint(codePoint);
  if (UNSPACED_SCRIPT.test(char) || IN_UNSPACED_WORDS.has(char)) return CharClass.Unspaced;
  if (LETTER.test(char)) return CharClass.Letter;
  return DIGIT.test(char) ? CharClass.Digit : CharClass.Other;
}

function classify(codePoint: number): CharClass {
  if (codePoint > 0xffff) return classifyUncached(codePoint);
  const cls = bmpClasses[codePoint]!;
  if (cls !== 0) return cls;
  return (bmpClasses[codePoint] = classifyUncached(codePoint));
}

// Between digits: "1,200" and "1 200" group thousands, "3.5" and "3,5" mark decimals.
const THOUSANDS = new Set([',', '\u00a0', '\u202f', "'", '’']);
const DECIMAL = new Set(['.', ',']);

/**
 * Receives the tokens of a text and the ends of its sentences, in order. A token is
 * `source.slice(start, end)`, handed over as a range with its hash so that a caller who
 * only compares tokens never builds a string per word.
 */
export interface TokenSink {
  /** `hash` is hashToken of the token's text; `isNumber` as isNumberToken would say. */
  token(source: string, start: number, end: number, hash: number, isNumber: boolean): void;
  sentenceEnd(): void;
}

// Hashes keep 30 bits: V8 stores such numbers unboxed ("small integers"), in arrays and
// as Map keys, where 32-bit values would each be a heap object.
/** FNV-1a of text[start, end), cut to 30 bits. */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

/** The hash of a token. */
export const hashToken = (text: string): number => hashRange(text, 0, text.length);

// The words of SAME_TOKEN by their hashes; a hit is confirmed on the text, so that a word
// sharing a hash is never replaced.
const REPLACED = new Map<number, string>();
const PERCENT = 'percent';
const PERCENT_HASH = hashToken(PERCENT);

// What may close a sentence after its full stop ('He said "yes." Then'), and the spaces after.
const CLOSING = new Set(['"', "'", '”', '’', '»', ')', ']']);
const SPACE = new Set([' ', '\n', '\t', '\u00a0']);
const isLowerCaseLetter = (char: string) => char !== char.toUpperCase() && char === char.toLowerCase();

// Helpers at the top level rather than closures inside the scanner: a closure is made
// again for every paragraph.
const isDigitAt = (s: string, at: number) => at < s.length && classify(s.charCodeAt(at)) === CharClass.Digit;

/** The width in UTF-16 units of the character at s[at] (a run of letters holds no lone surrogate). */
const widthAt = (s: string, at: number) => (s.codePointAt(at)! > 0xffff ? 2 : 1);

/**
 * The words of a text for comparison, in order: lower case (NFKC), no punctuation,
 * numbers as their own tokens ("$53bn" -> "53", "billion"; "1,200.5" -> "1200.5";
 * "11%" and "11 per cent" -> "11", "percent"). Runs of unspaced scripts give overlapping
 * character pairs. Sentence ends: ".", "!", "?" or "…" then space and no lower-case
 * letter; a CJK full stop; a line break.
 */
export function scanTokens(text: string, sink: TokenSink): void {
  const s = text.normalize('NFKC').toLowerCase();
  // The original's case tells a sentence end ("rose. The") from an abbreviation ("Nov. 19",
  // "approx. half"); when folding changed the length, any such full stop ends a sentence.
  const cased = s.length === text.length ? text : null;
  const length = s.length;
  let k = 0;
  while (k < length) {
    const code = s.charCodeAt(k);
    if (code < 128 && classify(code) === CharClass.Other) {
      if (code === 37 /* % */) sink.token(PERCENT, 0, PERCENT.length, PERCENT_HASH, false);
      else if (code === 10 /* \n */) sink.sentenceEnd();
      else if ((code === 46 || code === 33 || code === 63) /* . ! ? */ && endsSentence(s, cased, k)) sink.sentenceEnd();
      k++;
      continue;
    }
    const codePoint = code >= 0xd800 && code <= 0xdbff ? s.codePointAt(k)! : code;
    const width = codePoint > 0xffff ? 2 : 1;
    const cls = classify(codePoint);
    if (cls === CharClass.Other) {
      if (code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x2026) sink.sentenceEnd();
      k += width;
    } else if (cls === CharClass.Digit) {
      // A digit outside the Basic Multilingual Plane (Adlam, Tirhuta): the run in readNumber
      // reads UTF-16 units, would never step past it, and froze the tab (issue #6's property tests).
      k = width === 2 ? k + width : readNumber(s, cased, k, sink);
    } else k = readWord(s, k, width, cls, sink);
  }
}

/** Whether the full stop, "!" or "?" at s[at] ends a sentence: closers, then a space, then no lower case. */
function endsSentence(s: string, cased: string | null, at: number): boolean {
  const length = s.length;
  let next = at + 1;
  while (next < length && CLOSING.has(s[next]!)) next++;
  const spaced = next < length && SPACE.has(s[next]!);
  while (next < length && SPACE.has(s[next]!)) next++;
  return spaced && next < length && (!cased || !isLowerCaseLetter(cased[next]!));
}

/** Reads the numeral at s[k] ("1,200.5" -> "1200.5"), hands it to the sink, returns where it ends. */
function readNumber(s: string, cased: string | null, k: number, sink: TokenSink): number {
  let number = '';
  let hasPoint = false;
  for (;;) {
    const runStart = k;
    while (isDigitAt(s, k)) k++;
    number += s.slice(runStart, k);
    // NFKC turned a no-break space into a plain one: the original tells them apart.
    const separator = (cased ?? s)[k]!;
    if (!isDigitAt(s, k + 1)) break;
    let after = 1;
    while (isDigitAt(s, k + 1 + after)) after++;
    if (!hasPoint && after === 3 && THOUSANDS.has(separator)) {
      // "1,200": the separator only groups digits.
    } else if (!hasPoint && DECIMAL.has(separator)) {
      number += '.';
      hasPoint = true;
    } else break;
    k++;
  }
  sink.token(number, 0, number.length, hashToken(number), true);
  return k;
}

/**
 * Reads the run of letters of class `cls` at s[start] (its first character `width` units
 * wide), hands its tokens to the sink, returns where it ends.
 */
function readWord(s: string, start: number, width: number, cls: CharClass, sink: TokenSink): number {
  const length = s.length;
  let k = start + width;
  while (k < length) {
    const c = s.charCodeAt(k);
    // Latin letters first: by far the commonest case.
    if (c >= 97 && c <= 122 && cls === CharClass.Letter) {
      k++;
      continue;
    }
    const point = c >= 0xd800 && c <= 0xdbff ? s.codePointAt(k)! : c;
    if (classify(point) !== cls) break;
    k += point > 0xffff ? 2 : 1;
  }
  if (cls === CharClass.Unspaced) {
    characterPairs(s, start, k, sink);
    return k;
  }
  if (k - start === 3 && s.startsWith('per cent', start) && classify(s.charCodeAt(k + 5)) !== CharClass.Letter) {
    sink.token(PERCENT, 0, PERCENT.length, PERCENT_HASH, false);
    return k + 5;
  }
  // The word is hashed in place: no string is made of it.
  const hash = hashRange(s, start, k);
  // No key of SAME_TOKEN is longer than six letters: most words skip the lookup.
  const replaced = k - start <= 6 ? REPLACED.get(hash) : undefined;
  if (replaced && replaced.length === k - start && s.startsWith(replaced, start)) {
    const token = SAME_TOKEN.get(replaced)!;
    sink.token(token, 0, token.length, hashToken(token), isNumberToken(token));
  } else sink.token(s, start, k, hash, false);
  return k;
}

/** The comparison tokens of a text (see scanTokens). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  scanTokens(text, { token: (source, start, end) => out.push(source.slice(start, end)), sentenceEnd() {} });
  return out;
}

/** Overlapping pairs of characters (code points) of s[start, end); a lone character stands for itself. */
function characterPairs(s: string, start: number, end: number, sink: TokenSink): void {
  let first = start;
  let second = first + widthAt(s, first);
  if (second >= end) {
    sink.token(s, start, end, hashRange(s, start, end), false);
    return;
  }
  while (second < end) {
    const after = second + widthAt(s, second);
    sink.token(s, first, after, hashRange(s, first, after), false);
    first = second;
    second = after;
  }
}

for (const word of SAME_TOKEN.keys()) REPLACED.set(hashToken(word), word);

/** True for a token that is a number ("2024", "11", "3.5"). */
export function isNumberToken(token: string): boolean {
  return classify(token.codePointAt(0) ?? 0) === CharClass.Digit;
}
