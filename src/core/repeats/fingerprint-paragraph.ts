import { CHARACTERS_PER_WORD } from '../text/chinese-text';
import { hashRange, hashToken, scanTokens, type TokenSink } from './scan-tokens';

const HASH_MASK = 0x3fffffff;

// Words two paragraphs can share without sharing a fact: "the", "of", "and", but also
// "said", "new", "like", "one". Not text/function-words.ts's list, which the figures and
// highlights read for grammar around numbers ("nearly", "per", "first", "several" mark how
// a number is meant, and are facts to a comparison); this one also drops pronoun forms and
// the reporting words every news paragraph has. English only: with the commonest words of
// Portuguese, Spanish, French, Italian and German added, the benchmark's true-distinct
// pairs came out the same (0 judged repeat), so they did not earn their bytes in the
// content script.
const FACTLESS_WORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of to in on at by for with ' +
    'from into onto upon about above below over under after before since until while during through between ' +
    'among against without within as is are was were be been being am do does did done has have had having ' +
    'will would shall should can cannot could may might must not no it its he him his she her hers they them ' +
    'their theirs we us our ours you your yours i me my mine who whom whose which what when where why how ' +
    'all any both each few more most other some such only own same too very just also even still again ' +
    'further once out up down off s t said says say according new like well much many one'
  ).split(' '),
);

// Those words by hash; a hit is confirmed on the text, so that a word sharing a hash
// with one is never dropped.
const FACTLESS_WORD_BY_HASH = new Map<number, string>();
for (const word of FACTLESS_WORDS) FACTLESS_WORD_BY_HASH.set(hashToken(word), word);

function isFactlessWord(source: string, start: number, end: number, hash: number): boolean {
  const word = FACTLESS_WORD_BY_HASH.get(hash);
  return word !== undefined && word.length === end - start && source.startsWith(word, start);
}

const endsWith = (source: string, end: number, suffix: string) => source.startsWith(suffix, end - suffix.length);
const isDoubledConsonant = (source: string, at: number) =>
  source[at] === source[at - 1] && !'aeiou'.includes(source[at]!);

/**
 * The hash of the stem of the word source[start, end), `hash` being the word's own. A
 * deliberately small English suffix stripper ("embedding" and "embedded" -> "embed",
 * "investments" -> "investment"): rewordings change inflections far more often than
 * words. Applied identically to both sides, so its crudeness costs little. It reads the
 * word in place: the stem is its first `kept` characters, then "y" when `y`.
 */
export function stemHash(source: string, start: number, end: number, hash: number): number {
  const length = end - start;
  if (length <= 4) return hash;
  let kept = length;
  let y = false;
  if (endsWith(source, end, 'ies')) {
    kept -= 3;
    y = true;
  } else if (endsWith(source, end, 'ing') && length > 5) kept -= 3;
  else if (endsWith(source, end, 'ed')) kept -= 2;
  else if (endsWith(source, end, 'es') && /(?:ss|x|ch|sh)es$/.test(source.slice(end - 4, end))) kept -= 2;
  else if (endsWith(source, end, 's') && !/[sui]s$/.test(source.slice(end - 2, end))) kept -= 1;
  if (!y && kept > 4 && source[start + kept - 1] === 'e') kept--;
  // "embedd" (from "embedding") -> "embed"; "controll" -> "control"; "-yies" -> "-y".
  if (y) y = !(kept > 2 && source[start + kept - 1] === 'y');
  else if (kept > 3 && isDoubledConsonant(source, start + kept - 1)) kept--;
  if (kept === length) return hash;
  // Only "-ies" words make a string.
  return y ? hashToken(source.slice(start, start + kept) + 'y') : hashRange(source, start, start + kept);
}

/**
 * Sorted, without duplicates. A typed array sorts numbers natively, several times faster
 * than Array#sort with a comparator, and holds them without boxing.
 */
function sortedUnique(values: readonly number[]): Int32Array {
  const sorted = Int32Array.from(values).sort();
  let out = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[out++] = sorted[k]!;
  return sorted.subarray(0, out);
}

/** How many values two sorted lists without duplicates share. */
export function sharedCount(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Whether a sorted list without duplicates holds `value`. */
export function holds(list: ArrayLike<number>, value: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const x = list[mid]!;
    if (x === value) return true;
    if (x < value) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

export const SHINGLE_SIZE = 3;

/** Whether a token starts with a Han character (CJK ideographs and their extensions' surrogates). */
const isHan = (code: number) =>
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xd840 && code <= 0xd87f);
const isKana = (code: number) => code >= 0x3040 && code <= 0x30ff;

// The scanner's state for the paragraph being read: the same arrays serve every paragraph,
// so that reading one allocates nothing but what its fingerprint keeps.
let tokenCount = 0;
/** Tokens that are Han character pairs, and tokens of kana (Japanese: not Chinese text). */
let hanTokens = 0;
let kanaTokens = 0;
// The two key hashes, kept in a typed array: 32-bit values in plain variables would be
// stored as a new heap number at every token.
const keyState = new Uint32Array(2);
/** Hashed terms in text order, duplicates kept. */
const termsInOrder: number[] = [];
/** Where each sentence's terms end in termsInOrder. */
const sentenceEnds: number[] = [];
/** Hashes of all tokens in order, when asked for. */
const tokenHashes: number[] = [];
let keepTokens = false;
let numbers: string[] | null = null;

const endSentence = () => {
  const last = sentenceEnds.length === 0 ? 0 : sentenceEnds[sentenceEnds.length - 1]!;
  if (termsInOrder.length > last) sentenceEnds.push(termsInOrder.length);
};

const sink: TokenSink = {
  token(source, start, end, tokenHash, isNumber) {
    tokenCount++;
    const code = source.charCodeAt(start);
    if (code >= 0x3040) {
      if (isHan(code)) hanTokens++;
      else if (isKana(code)) kanaTokens++;
    }
    if (keepTokens) tokenHashes.push(tokenHash);
    keyState[0] = Math.imul(keyState[0]! ^ tokenHash, 0x01000193);
    keyState[1] = Math.imul(keyState[1]!, 0x5bd1e995) + tokenHash;
    if (isNumber) {
      (numbers ??= []).push(start === 0 && end === source.length ? source : source.slice(start, end));
      termsInOrder.push(tokenHash);
    } else if (end - start > 1 && !isFactlessWord(source, start, end, tokenHash)) {
      termsInOrder.push(stemHash(source, start, end, tokenHash));
    }
  },
  sentenceEnd: endSentence,
};

function scan(text: string, keep: boolean): void {
  tokenCount = 0;
  hanTokens = 0;
  kanaTokens = 0;
  keyState[0] = 0x811c9dc5;
  keyState[1] = 0x01000193;
  termsInOrder.length = 0;
  sentenceEnds.length = 0;
  tokenHashes.length = 0;
  keepTokens = keep;
  numbers = null;
  scanTokens(text, sink);
  endSentence();
}

/**
 * What the repeat detector compares of one paragraph. Words are kept as 30-bit hashes in
 * sorted lists: on a page of thousands of paragraphs, sets of strings cost more in memory
 * and garbage collection than the comparison itself. Two different words share a hash
 * about once in a billion, which can only nudge a similarity, never decide it. The
 * sentences and shingles are worked out again from the text on first use: most
 * paragraphs of a page are never compared in full.
 */
export class ParagraphFingerprint {
  /** Number of comparison tokens. */
  readonly tokenCount: number;
  /**
   * Chinese text: most tokens are Han character pairs and none is kana. Its terms are
   * character pairs, compared on thresholds of their own (compare-paragraphs.ts).
   */
  readonly chinese: boolean;
  /**
   * How much the paragraph says, in English words' worth: tokenCount, each Han character
   * pair (one per character) counting 1 / CHARACTERS_PER_WORD.
   */
  readonly size: number;
  /** Two independent hashes of all tokens in order: equal for exact repeats. */
  readonly keyHash: readonly [number, number];
  /** Content terms (tokens minus function words, lightly stemmed, numbers kept), hashed, sorted. */
  readonly terms: Int32Array;
  /** The numbers the paragraph states, sorted, each as often as stated ("11", "2024"). */
  readonly numbers: readonly string[];
  /** The same numbers in the order of the text. */
  readonly numbersInOrder: readonly string[];
  private detail: { sentenceTerms: Int32Array; sentenceEnds: Int32Array; shingles: Int32Array } | null = null;

  constructor(private readonly text: string) {
    scan(text, false);
    this.tokenCount = tokenCount;
    this.chinese = kanaTokens === 0 && hanTokens * 2 > tokenCount;
    this.size = this.chinese ? tokenCount - hanTokens + hanTokens / CHARACTERS_PER_WORD : tokenCount;
    this.keyHash = [keyState[0]!, keyState[1]!];
    this.terms = sortedUnique(termsInOrder);
    const stated = numbers ?? [];
    this.numbersInOrder = stated;
    this.numbers = stated.length < 2 ? stated : stated.slice().sort();
  }

  /** Same tokens in the same order (case, punctuation, quotes and spacing ignored). */
  sameTokens(other: ParagraphFingerprint): boolean {
    return (
      this.tokenCount === other.tokenCount &&
      this.keyHash[0] === other.keyHash[0] &&
      this.keyHash[1] === other.keyHash[1]
    );
  }

  private details() {
    if (this.detail) return this.detail;
    scan(this.text, true);
    const h = tokenHashes;
    const shingles: number[] = [];
    if (h.length > 0 && h.length < SHINGLE_SIZE)
      shingles.push(h.reduce((acc, x) => (Math.imul(acc, 31) + x) & HASH_MASK, 7));
    for (let i = 0; i + SHINGLE_SIZE <= h.length; i++) {
      shingles.push((Math.imul(Math.imul(h[i]!, 31) + h[i + 1]!, 31) + h[i + 2]!) & HASH_MASK);
    }
    return (this.detail = {
      sentenceTerms: Int32Array.from(termsInOrder),
      sentenceEnds: Int32Array.from(sentenceEnds),
      shingles: sortedUnique(shingles),
    });
  }

  /** The hashed terms of each sentence in order: sentence k is [sentenceEnds[k-1], sentenceEnds[k]). */
  get sentenceTerms(): Int32Array {
    return this.details().sentenceTerms;
  }

  get sentenceEnds(): Int32Array {
    return this.details().sentenceEnds;
  }

  /** Hashes of the overlapping SHINGLE_SIZE-token sequences (function words included), sorted. */
  get shingles(): Int32Array {
    return this.details().shingles;
  }
}

export function fingerprintParagraph(text: string): ParagraphFingerprint {
  return new ParagraphFingerprint(text);
}
