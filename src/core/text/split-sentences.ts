// Sentence splitting for any language Readability extracts. Intl.Segmenter (ICU's sentence
// rules, UAX #29) does the bulk where the engine has it: Node 20, Chrome 87+, Firefox 125+.
// Both it and the rule-based fallback break after every full stop followed by a capital,
// so a correction pass rejoins the pieces that news text trips them on:
//   "Mr. ", "Smith said."        a title before a name (ICU has no abbreviation list)
//   "The U.S. ", "Senate voted." an acronym, company suffix or initial before a capital
//   "“Why?” ", "he asked."       a quoted question or exclamation before lowercase
//   "« Non. ", "» Puis…"         French closing guillemets after a space
//   "1. ", "First point."        a list number
// and keeps "…in the U.S. The company…" apart, because "The" opens sentences. Before
// that, it splits "physician.Police", where the page's markup, not a space, separated
// two sentences.

import { isChineseText } from './chinese-text';

/** A chunk of `text`, as offsets, so that every sentence stays a verbatim substring. */
interface Piece {
  start: number;
  end: number;
}

export type SentenceEngine = 'auto' | 'intl' | 'rules';

// Abbreviations that precede a name or number and never end a sentence in news text.
const ALWAYS_JOINED = new Set([
  // English titles and ranks
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'cpl',
  'sen',
  'rep',
  'gov',
  'pres',
  'rev',
  'hon',
  'st',
  'mt',
  'ft',
  'messrs',
  'supt',
  'insp',
  'det',
  'atty',
  // Latin abbreviations that introduce words, not numbers (ICU never breaks before a digit)
  'e.g',
  'i.e',
  'cf',
  'vs',
  'viz',
  // German, French, Spanish, Italian and Czech titles
  'hr',
  'fr',
  'mme',
  'mlle',
  'mgr',
  'sra',
  'srta',
  'dña',
  'dott',
  'sig',
  'ing',
  'z.b',
  'bzw',
]);

// Abbreviations that end sentences as often as they sit inside them ("…by Acme Inc. The
// deal…" against "Acme Inc. Chief Executive…"): joined unless the next word opens sentences.
const SOMETIMES_FINAL = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'llc',
  'bros',
  'jr',
  'sr',
  'etc',
  'al',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

// Abbreviations that stand before a number ("approx. 5", "No. 10", "fig. 3").
const BEFORE_NUMBERS = new Set([
  'approx',
  'no',
  'nos',
  'nr',
  'fig',
  'figs',
  'vol',
  'vols',
  'pp',
  'ca',
  'est',
  'op',
  'art',
  'sec',
  'ch',
  'tel',
]);

// Words that open sentences far more often than they follow an abbreviation mid-sentence.
// English only: the ambiguity of dotted acronyms is overwhelmingly an English-press one.
const SENTENCE_OPENERS = new Set(
  (
    'the a an this that these those it its he she they we i you his her their our my your there here ' +
    'but and or so yet if when while after before since although though because as in on at for by from ' +
    'with without during meanwhile however still also now then thus instead indeed moreover furthermore ' +
    'some many most few all both each one two three what why how who which where such other another ' +
    'no not nor none nothing according under over about despite'
  ).split(' '),
);

// Languages that write ordinals with a full stop ("am 3. Oktober"), which ICU splits.
const ORDINAL_DOT_LANGUAGES = new Set([
  'de',
  'da',
  'nb',
  'nn',
  'no',
  'fi',
  'cs',
  'sk',
  'pl',
  'hu',
  'sl',
  'hr',
  'sr',
  'bs',
  'et',
  'lv',
  'lt',
  'is',
  'tr',
]);

// Full stops and their kin in other scripts; full-width ones need no following space.
const TERMINATOR = '.!?…。！？．｡؟۔।॥։።\u037e';
const CLOSER = '"\'”’»›)\\]}」』）】〕〉》';
// The fallback follows ICU's rule SB8: no break when a lowercase letter comes next, past
// digits and punctuation ("No. 1 seed", "e.g. apples").
const RULE_BOUNDARY = new RegExp(
  `[${TERMINATOR}]+[${CLOSER}]*(?:[ \\t\\u00a0]+(?![^\\p{L}${TERMINATOR}\\n]*\\p{Ll})|[ \\t\\u00a0]*\\n\\s*)` +
    `|[。！？｡]+[${CLOSER}]*\\s*|\\n\\s*`,
  'gu',
);
const LEADING_CLOSERS = new RegExp(`^\\s*[${CLOSER}]+(?=\\s|$)\\s*`, 'u');
const LAST_WORD = /([\p{L}\p{N}][\p{L}\p{N}.'’-]*)\.[\s"'”’»)\]]*$/u;
const FIRST_WORD = /^[\s"'“‘«‹([]*([\p{L}\p{N}]+)/u;

// Chinese (issue 15): "；" ends a sentence as "。" does, and so does "……" before the next
// sentence (both engines run on through them); an opening quote or bracket that ICU left at
// the end of a sentence ("她说。『") opens the next one.
const CHINESE_STOP = /[；]|…+(?![…。！？；，、”’」』）】》\s]|$)/gu;
const TRAILING_OPENERS = /[「『“‘（《【〈]+$/u;

const segmenters = new Map<string, Intl.Segmenter>();

function intlSegmenter(lang: string | null): Intl.Segmenter | null {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return null;
  const key = lang ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
    } catch {
      // A malformed lang attribute ("en_US", "english") is a RangeError: use the default rules.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

function intlPieces(text: string, segmenter: Intl.Segmenter): Piece[] {
  const pieces: Piece[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    pieces.push({ start: index, end: index + segment.length });
  }
  return pieces;
}

function rulePieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (const match of text.matchAll(RULE_BOUNDARY)) {
    const end = match.index + match[0].length;
    if (end > start) pieces.push({ start, end });
    start = end;
  }
  if (start < text.length) pieces.push({ start, end: text.length });
  return pieces;
}

// A full stop with no space after it, between a lowercase word and a capitalised one:
// "…a chief physician.Police arrested…", where the page's markup, not its text, kept the
// sentences apart. Neither engine breaks there.
const GLUED_STOP = /(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/gu;
// A sentence that opens with a numeral: "…every month. 12 issues for £11.99." Both engines
// follow ICU's rule SB8 and keep it joined (a lowercase word follows the number), which
// suits "No. 1 seed" but not news copy; so a stop after a lowercase word and before a digit
// is cut here too, and the joining pass (isFalseBreak) rejoins it after an abbreviation.
const STOP_BEFORE_DIGIT = /(?<=(?<![\p{L}.])\p{Ll}{2,}[.!?]["'”’)\]]*)\s+(?=\d)/gu;

function splitMissedBreaks(text: string, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    let start = piece.start;
    const chunk = text.slice(piece.start, piece.end);
    const cuts = [
      ...[...chunk.matchAll(GLUED_STOP)].map((match) => match.index),
      ...[...chunk.matchAll(STOP_BEFORE_DIGIT)].map((match) => match.index),
    ].sort((a, b) => a - b);
    for (const cut of cuts) {
      out.push({ start, end: piece.start + cut });
      start = piece.start + cut;
    }
    out.push({ start, end: piece.end });
  }
  return out;
}

/** Chinese pieces cut after "；" and "……", and opening quotes moved to the sentence they open. */
function chineseBreaks(text: string, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    let start = piece.start;
    const chunk = text.slice(piece.start, piece.end);
    for (const match of chunk.matchAll(CHINESE_STOP)) {
      let end = piece.start + match.index + match[0].length;
      while (end < piece.end && /[”’」』）】》]/u.test(text[end]!)) end++;
      if (end < piece.end && end > start) {
        out.push({ start, end });
        start = end;
      }
    }
    out.push({ start, end: piece.end });
  }
  for (let k = 0; k + 1 < out.length; k++) {
    const openers = TRAILING_OPENERS.exec(text.slice(out[k]!.start, out[k]!.end).trimEnd());
    if (!openers) continue;
    const moved = out[k]!.start + text.slice(out[k]!.start, out[k]!.end).trimEnd().length - openers[0].length;
    out[k + 1]!.start = moved;
    out[k]!.end = moved;
  }
  return out.filter((piece) => piece.end > piece.start);
}

/** Whether the break between `before` and `after` is one of the segmenters' known mistakes. */
function isFalseBreak(before: string, after: string, ordinalDots: boolean): boolean {
  const prev = before.trimEnd();
  const next = after.trimStart();
  if (next === '' || prev === '') return true;
  // A line break from <br> is a real boundary whatever precedes it.
  if (/\n\s*$/.test(before)) return false;
  // A sentence does not end inside brackets: "for $900 (Orig. $1,599)".
  if (/\([^)]*$/.test(prev) && /^[^(]*\)/.test(next)) return true;
  // A dot after a space and glued to the next word opens a ticker code, not a sentence:
  // "the Dow Jones Industrial Average .DJI fell" (wire copy), which ICU splits.
  if (/\s\.$/.test(prev) && /^\S/.test(after)) return true;
  // Cased scripts start sentences with a capital: '“Why?” he asked.'
  if (/^\p{Ll}/u.test(next)) return true;
  // A list number on its own: "1. First point."
  if (/^\d{1,3}\.$/.test(prev)) return true;
  // Japanese quotes run on into the verb of saying: 「行く。」と言った。
  if (/[」』]$/u.test(prev) && /^(?:と|って|など)/u.test(next)) return true;
  const word = LAST_WORD.exec(prev)?.[1];
  if (!word) return false;
  const abbreviation = word.toLowerCase();
  if (ALWAYS_JOINED.has(abbreviation)) return true;
  if (BEFORE_NUMBERS.has(abbreviation) && /^\d/.test(next)) return true;
  if (ordinalDots && /^\d{1,2}$/.test(word)) return true;
  const ambiguous =
    SOMETIMES_FINAL.has(abbreviation) ||
    /^\p{L}$/u.test(word) || // an initial: "J. K. Rowling", "John F. Kennedy"
    /^(?:\p{L}\.)+\p{L}$/u.test(word); // a dotted acronym: "U.S.", "a.m."
  if (!ambiguous) return false;
  const following = FIRST_WORD.exec(next)?.[1];
  return following !== undefined && !SENTENCE_OPENERS.has(following.toLowerCase());
}

/**
 * The [start, end) offsets of the sentences of `text`, in order, white space trimmed.
 * `lang` is the page's language tag (BCP 47), used for the segmenter and ordinal dots.
 * `engine` forces ICU or the rule-based fallback (tests cover both).
 */
export function sentenceSpans(
  text: string,
  lang: string | null = null,
  engine: SentenceEngine = 'auto',
): [number, number][] {
  const segmenter = engine === 'rules' ? null : intlSegmenter(lang);
  const raw = splitMissedBreaks(text, segmenter ? intlPieces(text, segmenter) : rulePieces(text));
  const ordinalDots = ORDINAL_DOT_LANGUAGES.has(lang?.toLowerCase().split(/[-_]/)[0] ?? '');

  const pieces: Piece[] = [];
  for (const piece of raw) {
    const last = pieces[pieces.length - 1];
    if (last) {
      // Closing quotes or brackets cut off from their sentence belong to it: "« Non. » Puis".
      const closers = LEADING_CLOSERS.exec(text.slice(piece.start, piece.end));
      if (closers) {
        last.end = piece.start + closers[0].length;
        piece.start = last.end;
        if (piece.start >= piece.end) continue;
      }
      if (isFalseBreak(text.slice(last.start, last.end), text.slice(piece.start, piece.end), ordinalDots)) {
        last.end = piece.end;
        continue;
      }
    }
    pieces.push({ ...piece });
  }
  const spans: [number, number][] = [];
  for (const { start, end } of isChineseText(text) ? chineseBreaks(text, pieces) : pieces) {
    const sentence = text.slice(start, end);
    const trimmedStart = sentence.length - sentence.trimStart().length;
    const trimmedEnd = sentence.trimEnd().length;
    if (trimmedEnd > trimmedStart) spans.push([start + trimmedStart, start + trimmedEnd]);
  }
  return spans;
}

/** Where the sentences of a text are: sentenceSpans, or a cache of it shared by several steps. */
export type SentenceSplitter = (text: string) => [number, number][];

/**
 * sentenceSpans for one page's language, remembering each text's answer: figures and
 * highlights read the same paragraphs, and Intl.Segmenter is the costlier half of both.
 */
export function sharedSentenceSplitter(lang: string | null): SentenceSplitter {
  const known = new Map<string, [number, number][]>();
  return (text) => {
    let spans = known.get(text);
    if (!spans) known.set(text, (spans = sentenceSpans(text, lang)));
    return spans;
  };
}

/** Splits `text` into sentences, each a trimmed verbatim substring of `text`, in order (see sentenceSpans). */
export function splitSentences(text: string, lang: string | null = null, engine: SentenceEngine = 'auto'): string[] {
  return sentenceSpans(text, lang, engine).map(([start, end]) => text.slice(start, end));
}
