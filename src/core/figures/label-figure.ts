import type { FigureKind } from '../types';
import { FUNCTION_WORDS } from '../text/function-words';
import type { Token } from './split-tokens';

/** Where a figure stands among its sentence's tokens (see RecognisedQuantity). */
export interface FigureSpan {
  kind: FigureKind;
  first: number;
  last: number;
  end: number;
}

const words = (list: string) => new Set(list.split(' '));
// Praise and size the writer adds to a number; they say nothing about what it measures.
const INTENSIFIERS = words(
  'staggering impressive whopping astonishing remarkable massive huge hefty modest mere unprecedented record robust solid strong sharp steep healthy significant substantial estimated additional further extra total combined',
);
// Verbs that only link a measure to its number ("revenue stood at", "the deal is worth").
const LINKS = words(
  'stood stands stand reached reaches hit hits totalled totaled totalling totaling amounted amounting came comes remained remains worth valued expected forecast projected',
);
// Verbs that report rather than measure ("has seen", "revealing"): a label never starts there.
const REPORTS = words(
  'said says saw seen see sees reported reports posted posts recorded records announced announces unveiled unveils revealed reveals revealing showed shows showing plans planned made makes make gets got',
);
// What may stand inside a phrase after the number: "growth for Alibaba's cloud unit".
const INSIDE = words('of in for on and the a an its their his her our');
const OPENERS = words('in for on');
const CLAUSE_WORDS = words('which who while whereas but although though because');
const CLAUSE_SYMBOLS = /^[,;:()[\]—–"“”….!?]$/;
// A change verb ends its phrase ("Revenue rose"); what follows it is when or where, not what.
const CHANGES =
  /^(?:rose|fell|grew|jumped|climbed|dropped|declined|increased|decreased|gained|slipped|slid|surged|soared|plunged|tumbled|edged|cut|raised|lost)$/;
const TIMES =
  /^(?:quarter|year|month|week|day|period|half|today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const MAX_WORDS = 10;
// Nouns that say only that something changed ("triple-digit growth"): they need their subject.
const CHANGE_NOUNS = words(
  'growth increase increases rise rises gain gains jump decline declines fall drop slump surge expansion contraction',
);

/** Token indexes of the clause on one side of the figure, skipping short brackets like "(AI)". */
function clauseSide(tokens: readonly Token[], from: number, step: 1 | -1): number[] {
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
    if (
      CLAUSE_SYMBOLS.test(token.text) ||
      (token.text === '-' && token.space) ||
      CLAUSE_WORDS.has(token.text.toLowerCase())
    )
      break;
    side.push(i);
  }
  return step === 1 ? side : side.reverse();
}

const lowerAt = (tokens: readonly Token[], i: number | undefined) =>
  i === undefined ? '' : tokens[i]!.text.toLowerCase();

// What may stand between two figures of one measure: "by 6.4 per cent to £1,849".
const STEPS = words('to by from at of and or');
const AUXILIARIES = words('has have had is are was were will would could may might be been');
const PARTICIPLE = /(?:ed|en|wn)$/;

/**
 * The noun phrase that ends just before the figure: "a staggering commitment of" gives
 * "commitment"; "raised its price cap by 6.4 per cent to" gives "price cap" (another
 * figure and its linking words are stepped over); "gas prices had risen by" keeps the
 * verb. `ofLinked` says "of" tied the phrase to the number: then it names what the
 * number measures even when it is one word.
 */
function phraseBefore(
  tokens: readonly Token[],
  left: number[],
  taken: ReadonlySet<number>,
): { phrase: number[]; ofLinked: boolean } {
  let k = left.length - 1;
  const dropped: string[] = [];
  let stepped = false;
  for (; k >= 0; k--) {
    const i = left[k]!;
    const w = lowerAt(tokens, i);
    if (taken.has(i) && dropped.every((d) => STEPS.has(d))) {
      while (k > 0 && taken.has(left[k - 1]!)) k--;
      stepped = true;
      continue;
    }
    if (tokens[i]!.kind !== 'word' || taken.has(i)) return { phrase: [], ofLinked: false };
    if (!FUNCTION_WORDS.has(w) && !INTENSIFIERS.has(w) && !LINKS.has(w)) break;
    dropped.push(w);
  }
  const phrase: number[] = [];
  for (; k >= 0 && phrase.length < 6; k--) {
    const i = left[k]!;
    const w = lowerAt(tokens, i);
    if (tokens[i]!.kind !== 'word' || taken.has(i) || REPORTS.has(w)) break;
    // "prices had risen": an auxiliary before a lone participle belongs to the phrase.
    const auxiliary = AUXILIARIES.has(w) && phrase.length === 1 && PARTICIPLE.test(lowerAt(tokens, phrase[0]));
    if (FUNCTION_WORDS.has(w) && w !== 'and' && !auxiliary) break;
    phrase.unshift(i);
  }
  while (phrase.length && (INTENSIFIERS.has(lowerAt(tokens, phrase[0])) || lowerAt(tokens, phrase[0]) === 'and'))
    phrase.shift();
  const ofLinked = !stepped && dropped.at(-1) === 'of';
  // A name just before the number is who pays or gets it ("sold to Victoria Crest Capital
  // for ¥420 billion"), not what it measures; "the value of Tesla" is kept.
  if (!ofLinked && phrase.length && /^\p{Lu}/u.test(tokens[phrase.at(-1)!]!.text)) return { phrase: [], ofLinked };
  return { phrase, ofLinked };
}

/** The phrase that follows the figure: "year-over-year revenue growth for Alibaba's cloud unit". */
function phraseAfter(tokens: readonly Token[], right: number[], taken: ReadonlySet<number>): number[] {
  const phrase: number[] = [];
  for (const i of right) {
    const w = lowerAt(tokens, i);
    if (tokens[i]!.kind !== 'word' || taken.has(i) || (FUNCTION_WORDS.has(w) && !INSIDE.has(w)) || phrase.length === 8)
      break;
    phrase.push(i);
  }
  while (phrase.length) {
    const w = lowerAt(tokens, phrase.at(-1));
    if (!FUNCTION_WORDS.has(w) && !INTENSIFIERS.has(w)) break;
    phrase.pop();
  }
  return phrase;
}

/**
 * The subject that reports a change: "AI-related product revenue, which has seen" before
 * "triple-digit growth", or "Sales have posted" before "double-digit growth". Only found
 * across a reporting verb, where the subject is what changed; [] otherwise.
 */
function reportingSubject(tokens: readonly Token[], from: number): number[] {
  let i = from;
  let reported = false;
  for (; i >= 0; i--) {
    const w = lowerAt(tokens, i);
    if (tokens[i]!.kind !== 'word') break;
    if (REPORTS.has(w)) reported = true;
    else if (!AUXILIARIES.has(w) && !INTENSIFIERS.has(w) && !FUNCTION_WORDS.has(w)) break;
  }
  if (!reported) return [];
  if (i >= 0 && /^(?:which|that)$/.test(lowerAt(tokens, i))) i--;
  if (i >= 0 && tokens[i]!.text === ',') i--;
  const subject: number[] = [];
  for (; i >= 0 && subject.length < 4; i--) {
    const w = lowerAt(tokens, i);
    if (tokens[i]!.kind !== 'word' || FUNCTION_WORDS.has(w) || REPORTS.has(w) || CLAUSE_WORDS.has(w)) break;
    subject.unshift(i);
  }
  return subject;
}

function join(tokens: readonly Token[], indexes: number[]): string {
  return indexes
    .slice(0, MAX_WORDS + 4)
    .map(
      (i, k) =>
        (k > 0 && (tokens[i]!.space || tokens[i - 1] === undefined || !indexes.includes(i - 1)) ? ' ' : '') +
        tokens[i]!.text,
    )
    .join('');
}

/**
 * What a figure measures, in words taken from its sentence: the phrase after it when one
 * follows ("11% year-over-year revenue growth"), else the noun phrase before it with its
 * complement ("commitment of RMB 380 billion in cloud computing"), else the shortest clause
 * around it. Nothing is invented. `others` are the sentence's other figures, which a
 * phrase after this one stops at.
 */
export function labelFigure(tokens: readonly Token[], span: FigureSpan, others: readonly FigureSpan[] = []): string {
  const tokensOf = (o: FigureSpan) => Array.from({ length: o.end - o.first + 1 }, (_, k) => o.first + k);
  const taken = new Set(others.flatMap(tokensOf));
  // "triple-digit growth" may name what six quarters measure; a number may not.
  const numbers = new Set(others.filter((o) => o.kind !== 'other').flatMap(tokensOf));
  const left = clauseSide(tokens, span.first - 1, -1);
  const right = clauseSide(tokens, span.end + 1, 1);
  const { phrase: before, ofLinked } = phraseBefore(tokens, left, numbers);
  const after = phraseAfter(tokens, right, taken);
  const opener = lowerAt(tokens, after[0]);
  const nounAfter = after.length > 0 && !FUNCTION_WORDS.has(opener);
  const complement =
    (OPENERS.has(opener) || opener === 'of') &&
    !CHANGES.test(lowerAt(tokens, before.at(-1))) &&
    !after.some((i) => TIMES.test(lowerAt(tokens, i)));
  let label: number[] = [];
  // A lone word before the number is often a verb ("start at $44,000"): it names nothing
  // unless "of" ties it to the number ("fines of $250,000").
  if (span.kind !== 'count' && nounAfter) {
    label = after;
    if (after.length === 1 && CHANGE_NOUNS.has(opener)) label = [...reportingSubject(tokens, span.first - 1), ...after];
  } else if (before.length > 1 || (before.length === 1 && ofLinked))
    label = complement ? [...before, ...after] : before;
  else if (nounAfter) label = after;
  else if (span.kind !== 'count' && opener === 'of') label = after.slice(1);
  if (!label.length) {
    const own: number[] = [];
    for (let i = span.first; i <= span.last; i++) own.push(i);
    label = [...left.slice(-6), ...own, ...right.slice(0, 6)];
  }
  return join(tokens, label.slice(0, MAX_WORDS + 4))
    .split(' ')
    .slice(0, MAX_WORDS)
    .join(' ');
}
