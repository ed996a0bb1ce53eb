import { countWords } from '../text/count-words';
import { FUNCTION_WORDS } from '../text/function-words';
import { UNSPACED_SCRIPT } from '../text/scripts';
import { sentenceSpans, type SentenceSplitter } from '../text/split-sentences';
import type { BlockKind, Figure, Highlight, Paragraph } from '../types';

export interface HighlightInput {
  title: string;
  lang: string | null;
  paragraphs: readonly Paragraph[];
  figures: readonly Figure[];
  /** A splitter shared with the figures (sharedSentenceSplitter); else sentenceSpans for `lang`. */
  sentences?: SentenceSplitter;
}

// Why this method. Highlights must be sentences exactly as written (so the page can show
// them) and computed in the reader's browser, in whatever language the page is in: that
// rules out abstractive models and language-specific training, and leaves graph-based
// extraction. LexRank (Erkan & Radev 2004) ranks a sentence by how much of the rest of the
// article it echoes, from term overlap alone; it needs no training and no dictionary. On
// news, centrality alone under-rates the lead, which by the inverted-pyramid convention
// states the story, and the Lead-3 baseline is famously hard to beat (Nallapati et al.
// 2017), so a position prior is blended in. Key figures (amounts, shares, counts) are
// what readers come for, so sentences that hold the analysis's figures score higher;
// without figures, numerals in the sentence stand in at a lower weight.
const WEIGHT_CENTRALITY = 0.45;
const WEIGHT_POSITION = 0.3;
const WEIGHT_FIGURES = 0.25;
const NUMERALS_INSTEAD_OF_FIGURES = 0.6;
const DAMPING = 0.85;
const ITERATIONS = 60;
// Power iteration stops when the ranks move less than this in total.
const CONVERGED = 1e-7;
// Two sentences with this much TF-IDF cosine say the same thing: on the seed page the
// sentences of the reworded repeats score 0.45–0.82 against their originals, while no two
// distinct sentences of the story score above 0.17.
const SAME_THING = 0.3;
const MIN_HIGHLIGHTS = 3;
// Very short blocks are labels, kickers and captions that slipped through; very short
// sentences carry too little to stand alone in a summary.
const MIN_BLOCK_WORDS = 8;
const MIN_SENTENCE_WORDS = 6;
// Long sentences read badly out of context; they lose score beyond this length.
const COMFORTABLE_WORDS = 40;
// The first sentences of a very long page are the ones that matter; this also caps the
// work, which grows with the candidates' terms (see sentenceGraph), not their pairs.
const MAX_CANDIDATES = 400;

const USABLE_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'quote', 'list-item']);
// A whole sentence ends in a terminator (possibly inside quotes or brackets); labels and
// teaser excerpts cut off mid-phrase, with or without an ellipsis, do not.
const WHOLE_SENTENCE = /(?<!\.\.)[.!?。！？．｡؟۔।॥։።\u037e]["'”’»›)\]」』）]*$/u;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.,-][\p{L}\p{M}\p{N}]+)*/gu;
// Numbers that are not bare years (2025) or list positions.
const NUMERAL =
  /(?:[$€£¥₹]\s?\d|\d[\d.,]*\s?(?:%|percent|per cent|million|billion|trillion|bn|m\b)|\b(?!(?:1[5-9]|20)\d\d\b)\d[\d.,]*\d)/giu;

// Function words: English ones as the figures step knows them, and the most frequent of
// the other languages most news is written in. IDF already discounts common words; this
// list only stops them from making unrelated sentences similar.
const STOP_WORDS = new Set([
  ...FUNCTION_WORDS,
  ...(
    'did do does them der die das und ist nicht ein eine zu den mit von sich des auf für im dem le la les et ' +
    'un une du en est que qui dans pour pas sur el los las y una es por con para del al il di che non o os um uma ' +
    'não de do da em het een van op niet'
  ).split(' '),
]);

interface Candidate {
  text: string;
  paragraph: number;
  /** Rank of the sentence's block among the usable blocks, from 0. */
  blockOrder: number;
  /** Position of the sentence in its block, from 0. */
  sentenceOrder: number;
  words: number;
  /** Ends in a full stop or its kin (else it ends its paragraph without one). */
  terminated: boolean;
  terms: Map<string, number>;
}

function termsOf(sentence: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const [raw] of sentence.toLowerCase().matchAll(WORD)) {
    // Scripts written without spaces: terms are character pairs there.
    if (UNSPACED_SCRIPT.test(raw)) {
      const chars = [...raw];
      if (chars.length === 1) add(raw);
      for (let i = 0; i + 1 < chars.length; i++) add(chars[i]! + chars[i + 1]!);
      continue;
    }
    const word = raw.replace(/['’]s$/u, '');
    if (STOP_WORDS.has(word) || (word.length < 2 && !/\d/.test(word))) continue;
    // A crude plural fold, enough for "partnership"/"partnerships" to count as one term.
    add(word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  return counts;
}

/**
 * A paragraph's last sentence that lacks its full stop: some sites leave it off, but a
 * teaser excerpt cut short also ends so. A cut ends on an ellipsis or a function word
 * ("…a small tweak to water bills can").
 */
function isUnterminatedEnd(text: string): boolean {
  if (/(?:\.\.\.|…)["'”’»)\]]*$/u.test(text)) return false;
  const last = text.toLowerCase().match(/[\p{L}\p{N}'’]+$/u)?.[0];
  return last !== undefined && !STOP_WORDS.has(last);
}

// A byline or dateline line that Readability kept as a paragraph: "By Jane Doe and John
// Roe in Lisbon.", "Published 4 November 2025, 10:42 GMT". Never a highlight (issue 14).
const BYLINE =
  /^(?:[Bb]y|[Ww]ritten by|[Rr]eporting by|[Ww]ords by|[Pp]ar|[Pp]or)\s+\p{Lu}[\p{L}’'.-]*\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}’'-]+/u;
const DATELINE =
  /^(?:(?:first )?published|updated|last updated|posted)\b|^(?:\p{L}+,? )?\p{Lu}\p{Ll}+\.? \d{1,2},? \d{4}\b|^\d{1,2}(?:st|nd|rd|th)? \p{Lu}\p{Ll}+,? \d{4}\b/iu;
const MAX_BYLINE_WORDS = 25;
// Bylines stand at the top: further down, "By New Year’s Day, …" opens a sentence.
const BYLINE_BLOCKS = 3;

/** Whether a block is a byline or dateline line rather than story text. */
function isByOrDateLine(text: string, words: number, blockOrder: number): boolean {
  if (words > MAX_BYLINE_WORDS) return false;
  return (blockOrder < BYLINE_BLOCKS && BYLINE.test(text)) || DATELINE.test(text);
}

// The dateline that opens a wire story's first sentence: "LISBON (Reuters) — ",
// "MARLOW, Calif. (Example Wire) — " (the splitter may already have cut after "Calif.").
// A highlight starts after it.
const DATELINE_PREFIX =
  /^(?:\p{Lu}{2}[\p{Lu}\p{M} .'’-]*(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?\s*(?:\([^()\n]{1,40}\)\s*)?|\([^()\n]{1,40}\)\s*)[—–-]{1,2}\s+(?=[\p{Lu}“"‘'])/u;

// How far into its paragraph a dateline may end (the place, cut off as a sentence of its own).
const DATELINE_REACH = 40;

// Quotation marks and brackets that must pair up inside a highlight. Single quotes are
// left alone: "’" is also the apostrophe.
const QUOTE_PAIRS: readonly [string, string][] = [
  ['“', '”'],
  ['«', '»'],
  ['(', ')'],
  ['[', ']'],
  ['「', '」'],
  ['『', '』'],
  ['（', '）'],
];
// A quotation of several sentences is one highlight, up to this many sentences.
const MAX_JOINED_SENTENCES = 3;

function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) n++;
  return n;
}

/**
 * Whether the quotation marks and brackets of a text pair up. German opens with „ and
 * closes with “ or ”; guillemets may point either way (»…« in German), so only their
 * numbers must match.
 */
export function isBalanced(text: string): boolean {
  const low = count(text, '„');
  if (low > 0) {
    if (low !== count(text, '“') + count(text, '”')) return false;
  } else if (count(text, '“') !== count(text, '”')) return false;
  for (const [open, close] of QUOTE_PAIRS.slice(1)) if (count(text, open) !== count(text, close)) return false;
  return count(text, '"') % 2 === 0;
}

/**
 * A paragraph's sentences as highlight units: a sentence, or a quotation of up to
 * MAX_JOINED_SENTENCES sentences joined ('“A. B,” she said.'), so that no unit opens a
 * quotation or bracket it does not close; units that cannot be balanced (a quotation
 * running on into the next paragraph) are left out. Offsets into the paragraph's text.
 */
function balancedUnits(
  text: string,
  spans: readonly [number, number][],
): { start: number; end: number; count: number }[] {
  const units: { start: number; end: number; count: number }[] = [];
  for (let k = 0; k < spans.length; k++) {
    const [start] = spans[k]!;
    for (let last = k; last < spans.length && last < k + MAX_JOINED_SENTENCES; last++) {
      const end = spans[last]![1];
      if (isBalanced(text.slice(start, end))) {
        units.push({ start, end, count: last - k + 1 });
        k = last;
        break;
      }
    }
  }
  return units;
}

/**
 * Texts that the article prints more than once without either copy being a repeat to
 * hide: the questions an interview puts to each guest, the credit line under each
 * picture (issue 14). They are the article's structure, not what it says.
 */
function repeatedStructure(paragraphs: readonly Paragraph[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const p of paragraphs) {
    if (p.duplicateOf !== null) continue;
    if (seen.has(p.text)) repeated.add(p.text);
    seen.add(p.text);
  }
  return repeated;
}

/**
 * Sentences that may become highlights, in reading order: whole sentences of enough
 * words from usable blocks; paragraph ends without a full stop only when there are
 * too few whole sentences otherwise.
 */
function candidatesOf(input: HighlightInput): Candidate[] {
  const candidates: Candidate[] = [];
  let whole = 0;
  let blockOrder = 0;
  const split = input.sentences ?? ((text: string) => sentenceSpans(text, input.lang));
  const structure = repeatedStructure(input.paragraphs);
  for (const paragraph of input.paragraphs) {
    if (paragraph.duplicateOf !== null || !USABLE_KINDS.has(paragraph.kind)) continue;
    if (structure.has(paragraph.text)) continue;
    const blockWords = countWords(paragraph.text);
    if (blockWords < MIN_BLOCK_WORDS || isByOrDateLine(paragraph.text, blockWords, blockOrder)) continue;
    const spans = split(paragraph.text);
    const units = balancedUnits(paragraph.text, spans);
    units.forEach((unit, unitOrder) => {
      const dateline =
        unit.start <= DATELINE_REACH ? DATELINE_PREFIX.exec(paragraph.text.slice(unit.start, unit.end)) : null;
      const text = paragraph.text.slice(unit.start + (dateline?.[0].length ?? 0), unit.end);
      const words = countWords(text);
      if (words < MIN_SENTENCE_WORDS) return;
      const terminated = WHOLE_SENTENCE.test(text);
      const isLast = unit.end === spans[spans.length - 1]![1];
      if (!terminated && (!isLast || !isUnterminatedEnd(text))) return;
      if (terminated) whole++;
      candidates.push({
        text,
        paragraph: paragraph.index,
        blockOrder,
        sentenceOrder: unitOrder,
        words,
        terminated,
        terms: termsOf(text),
      });
    });
    blockOrder++;
    if (whole >= MAX_CANDIDATES) break;
  }
  const usable = whole >= MIN_HIGHLIGHTS ? candidates.filter((c) => c.terminated) : candidates;
  return usable.slice(0, MAX_CANDIDATES);
}

/**
 * The candidates' TF-IDF vectors as sparse rows over term numbers, for the sentence
 * graph. Row i is entries [rowStart[i], rowStart[i + 1]), terms in ascending order.
 */
interface SentenceGraph {
  rowStart: Int32Array;
  terms: Int32Array;
  weights: Float64Array;
  /** Each weight divided by its row's norm: the rows as unit vectors. */
  unit: Float64Array;
  norms: Float64Array;
  termCount: number;
}

/**
 * TF-IDF weights of the candidates' terms. A term found in every candidate weighs 0 and
 * is left out: it says nothing about any pair. Terms are numbered in order of first
 * appearance.
 */
function sentenceGraph(candidates: readonly Candidate[]): SentenceGraph {
  const documentFrequency = new Map<string, number>();
  for (const candidate of candidates) {
    for (const term of candidate.terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const n = candidates.length;
  const numbers = new Map<string, number>();
  const rowStart = new Int32Array(n + 1);
  const rows: { term: number; weight: number }[][] = [];
  const norms = new Float64Array(n);
  candidates.forEach((candidate, i) => {
    const row: { term: number; weight: number }[] = [];
    let sum = 0;
    for (const [term, count] of candidate.terms) {
      const weight = (1 + Math.log(count)) * Math.log(n / documentFrequency.get(term)!);
      sum += weight * weight;
      if (weight === 0) continue;
      let number = numbers.get(term);
      if (number === undefined) numbers.set(term, (number = numbers.size));
      row.push({ term: number, weight });
    }
    norms[i] = Math.sqrt(sum);
    rows.push(row.sort((a, b) => a.term - b.term));
  });
  const size = rows.reduce((total, row) => total + row.length, 0);
  const terms = new Int32Array(size);
  const weights = new Float64Array(size);
  const unit = new Float64Array(size);
  let e = 0;
  rows.forEach((row, i) => {
    rowStart[i] = e;
    for (const { term, weight } of row) {
      terms[e] = term;
      weights[e] = weight;
      unit[e++] = weight / norms[i]!;
    }
  });
  rowStart[n] = e;
  return { rowStart, terms, weights, unit, norms, termCount: numbers.size };
}

/** Cosine similarity of candidates i and j. */
function similarity(graph: SentenceGraph, i: number, j: number): number {
  const { rowStart, terms, weights, norms } = graph;
  let dot = 0;
  let a = rowStart[i]!;
  let b = rowStart[j]!;
  while (a < rowStart[i + 1]! && b < rowStart[j + 1]!) {
    if (terms[a] === terms[b]) dot += weights[a++]! * weights[b++]!;
    else if (terms[a]! < terms[b]!) a++;
    else b++;
  }
  const norm = norms[i]! * norms[j]!;
  return norm > 0 ? dot / norm : 0;
}

/**
 * For each candidate, the sum over the others of `x[j]` times their cosine similarity:
 * the product of the similarity matrix (zero diagonal) with `x`. The matrix is the Gram
 * matrix of the unit rows, so the product is taken through the terms, in two passes over
 * the rows, instead of over the pairs: linear in the text, where the pairs grow with its
 * square (400 candidates share a term in most of their 80,000 pairs). Each row's own
 * share is taken out term by term, so that a sentence sharing no term gets exactly 0.
 */
function multiply(graph: SentenceGraph, x: Float64Array, out: Float64Array, perTerm: Float64Array): void {
  const { rowStart, terms, unit } = graph;
  const n = x.length;
  perTerm.fill(0);
  for (let j = 0; j < n; j++) {
    for (let e = rowStart[j]!; e < rowStart[j + 1]!; e++) perTerm[terms[e]!]! += x[j]! * unit[e]!;
  }
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) sum += unit[e]! * (perTerm[terms[e]!]! - x[i]! * unit[e]!);
    out[i] = sum;
  }
}

/**
 * LexRank centrality of each candidate, scaled so the most central scores 1. A sentence
 * passes its rank to the sentences it resembles in proportion to the resemblance; the
 * share of its rank it does not pass on is spread evenly. Plain LexRank passes on all of
 * it, so two lines of boilerplate that resemble only each other ("Get breaking news
 * alerts…", "The news that matters…") hand their whole rank back and forth and come out
 * as central as the story; dividing by at least the median degree stops that.
 */
function centralities(graph: SentenceGraph, n: number): number[] {
  const perTerm = new Float64Array(graph.termCount);
  const degree = new Float64Array(n);
  multiply(graph, new Float64Array(n).fill(1), degree, perTerm);
  const median = [...degree].sort((a, b) => a - b)[Math.floor(n / 2)]!;
  const divisor = degree.map((d) => Math.max(d, median));
  let rank = new Float64Array(n).fill(1 / n);
  const share = new Float64Array(n);
  const received = new Float64Array(n);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    let unspent = 0;
    for (let j = 0; j < n; j++) {
      const d = divisor[j]!;
      unspent += d > 0 ? (rank[j]! * (d - degree[j]!)) / d : rank[j]!;
      share[j] = d > 0 ? (DAMPING * rank[j]!) / d : 0;
    }
    multiply(graph, share, received, perTerm);
    const base = (1 - DAMPING) / n + (DAMPING * unspent) / n;
    const next = new Float64Array(n);
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] = base + received[i]!;
      change += Math.abs(next[i]! - rank[i]!);
    }
    rank = next;
    if (change < CONVERGED) break;
  }
  const max = Math.max(...rank);
  return [...rank].map((r) => (max > 0 ? r / max : 0));
}

/** Inverted pyramid: the lead counts most, and a paragraph's first sentence is its topic. */
function positionScore(candidate: Candidate): number {
  return (candidate.sentenceOrder === 0 ? 1 : 0.75) / Math.sqrt(1 + candidate.blockOrder);
}

/** How much of what the analysis counts as key figures the sentence states, 0..1. */
function figureScore(candidate: Candidate, figures: readonly Figure[]): number {
  if (figures.length === 0) {
    const numerals = candidate.text.match(NUMERAL)?.length ?? 0;
    return NUMERALS_INSTEAD_OF_FIGURES * Math.min(1, numerals / 2);
  }
  let score = 0;
  figures.forEach((figure, rank) => {
    // Figures come most important first: the first ones weigh more.
    if (figure.paragraph === candidate.paragraph && candidate.text.includes(figure.text)) score += 1 / (1 + rank / 2);
  });
  return Math.min(1, score);
}

/** Three for a short article, up to five for a long one: a summary, not a digest. */
function howMany(candidates: number): number {
  if (candidates <= 15) return MIN_HIGHLIGHTS;
  if (candidates <= 30) return 4;
  return 5;
}

/**
 * Three to five key sentences of the article, most important first (the order the
 * command's contract states, so that a reader of the list can stop at any point; they
 * are shown in reading order, in-reading-order.ts). Each is a whole sentence of one paragraph, verbatim, or a quotation of a few
 * sentences whose marks pair up; none comes from a caption, pull-quote, byline, dateline
 * or repeated paragraph, and no two say the same thing. Fewer only when the article has
 * fewer usable sentences.
 */
export function findHighlights(input: HighlightInput): Highlight[] {
  const candidates = candidatesOf(input);
  if (candidates.length === 0) return [];

  const n = candidates.length;
  const graph = sentenceGraph(candidates);
  const centrality = centralities(graph, n);

  const scored = candidates.map((candidate, i) => {
    const score =
      WEIGHT_CENTRALITY * centrality[i]! +
      WEIGHT_POSITION * positionScore(candidate) +
      WEIGHT_FIGURES * figureScore(candidate, input.figures);
    const length = candidate.words > COMFORTABLE_WORDS ? COMFORTABLE_WORDS / candidate.words : 1;
    return { i, score: score * length };
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);

  const chosen: number[] = [];
  const wanted = howMany(n);
  for (const { i } of scored) {
    if (chosen.length >= wanted) break;
    const text = candidates[i]!.text;
    if (chosen.some((j) => similarity(graph, i, j) >= SAME_THING || candidates[j]!.text === text)) continue;
    chosen.push(i);
  }
  return chosen.map((i) => ({ text: candidates[i]!.text, paragraph: candidates[i]!.paragraph }));
}
