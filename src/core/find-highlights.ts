import { countWords } from './count-words';
import { splitSentences } from './split-sentences';
import type { BlockKind, Figure, Highlight, Paragraph } from './types';

export interface HighlightInput {
  title: string;
  lang: string | null;
  paragraphs: readonly Paragraph[];
  figures: readonly Figure[];
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
const WEIGHT_CENTRALITY = 0.5;
const WEIGHT_POSITION = 0.3;
const WEIGHT_FIGURES = 0.2;
const NUMERALS_INSTEAD_OF_FIGURES = 0.6;
const DAMPING = 0.85;
const ITERATIONS = 40;
// Two sentences with this much TF-IDF cosine say the same thing: on the seed page the
// sentences of the reworded repeats score 0.45–0.82 against their originals, while no two
// distinct sentences of the story score above 0.17.
const SAME_THING = 0.3;
// Very short blocks are labels, kickers and captions that slipped through; very short
// sentences carry too little to stand alone in a summary.
const MIN_BLOCK_WORDS = 8;
const MIN_SENTENCE_WORDS = 6;
// Long sentences read badly out of context; they lose score beyond this length.
const COMFORTABLE_WORDS = 40;
// LexRank is quadratic; the first sentences of a very long page are the ones that matter.
const MAX_CANDIDATES = 400;

const USABLE_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'quote', 'list-item']);
// A whole sentence ends in a terminator (possibly inside quotes or brackets); labels and
// teaser excerpts cut off mid-phrase, with or without an ellipsis, do not.
const WHOLE_SENTENCE = /(?<!\.\.)[.!?。！？．｡؟۔।॥։።\u037e]["'”’»›)\]」』）]*$/u;
// Scripts written without spaces: terms are character pairs there.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.,-][\p{L}\p{M}\p{N}]+)*/gu;
// Numbers that are not bare years (2025) or list positions.
const NUMERAL =
  /(?:[$€£¥₹]\s?\d|\d[\d.,]*\s?(?:%|percent|per cent|million|billion|trillion|bn|m\b)|\b(?!(?:1[5-9]|20)\d\d\b)\d[\d.,]*\d)/giu;

// The most frequent function words of the languages most news is written in. IDF already
// discounts common words; this list only stops them from making unrelated sentences similar.
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her his how i if in into ' +
    'is it its may more most not of on or our she should so than that the their them then there these they ' +
    'this those to under was we were what when where which while who will with would you also about after over ' +
    'der die das und ist nicht ein eine zu den mit von sich des auf für im dem le la les et des un une du en ' +
    'est que qui dans pour pas sur el los las y que en un una es por con para del al il di che non per ' +
    'o os as um uma não de do da em het een van en op niet'
  ).split(' '),
);

interface Candidate {
  text: string;
  paragraph: number;
  /** Rank of the sentence's block among the usable blocks, from 0. */
  blockOrder: number;
  /** Position of the sentence in its block, from 0. */
  sentenceOrder: number;
  words: number;
  terms: Map<string, number>;
  /** Filled once IDF is known. */
  vector: Map<string, number>;
  norm: number;
}

function termsOf(sentence: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const [raw] of sentence.toLowerCase().matchAll(WORD)) {
    if (UNSPACED.test(raw)) {
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

function cosine(a: Candidate, b: Candidate): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.vector.size <= b.vector.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small.vector) dot += weight * (large.vector.get(term) ?? 0);
  return dot / (a.norm * b.norm);
}

/** Sentences that may become highlights, in reading order. */
function candidatesOf(input: HighlightInput): Candidate[] {
  const candidates: Candidate[] = [];
  let blockOrder = 0;
  for (const paragraph of input.paragraphs) {
    if (paragraph.duplicateOf !== null || !USABLE_KINDS.has(paragraph.kind)) continue;
    if (countWords(paragraph.text) < MIN_BLOCK_WORDS) continue;
    let sentenceOrder = 0;
    for (const text of splitSentences(paragraph.text, input.lang)) {
      const words = countWords(text);
      if (words >= MIN_SENTENCE_WORDS && WHOLE_SENTENCE.test(text)) {
        const terms = termsOf(text);
        candidates.push({
          text,
          paragraph: paragraph.index,
          blockOrder,
          sentenceOrder,
          words,
          terms,
          vector: new Map(),
          norm: 0,
        });
      }
      sentenceOrder++;
    }
    blockOrder++;
    if (candidates.length >= MAX_CANDIDATES) break;
  }
  return candidates.slice(0, MAX_CANDIDATES);
}

function weighTerms(candidates: readonly Candidate[]): void {
  const documentFrequency = new Map<string, number>();
  for (const candidate of candidates) {
    for (const term of candidate.terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const n = candidates.length;
  for (const candidate of candidates) {
    let sum = 0;
    for (const [term, count] of candidate.terms) {
      const weight = (1 + Math.log(count)) * Math.log(n / documentFrequency.get(term)!);
      candidate.vector.set(term, weight);
      sum += weight * weight;
    }
    candidate.norm = Math.sqrt(sum);
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
function centralities(degree: readonly number[], similarity: (i: number, j: number) => number): number[] {
  const n = degree.length;
  const median = [...degree].sort((a, b) => a - b)[Math.floor(n / 2)]!;
  const divisor = degree.map((d) => Math.max(d, median));
  let rank = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    let unspent = 0;
    for (let j = 0; j < n; j++)
      unspent += divisor[j]! > 0 ? (rank[j]! * (divisor[j]! - degree[j]!)) / divisor[j]! : rank[j]!;
    const next = new Array<number>(n).fill((1 - DAMPING) / n + (DAMPING * unspent) / n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j || divisor[j] === 0) continue;
        const s = similarity(i, j);
        if (s > 0) next[i]! += (DAMPING * s * rank[j]!) / divisor[j]!;
      }
    }
    rank = next;
  }
  const max = Math.max(...rank);
  return rank.map((r) => (max > 0 ? r / max : 0));
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

function howMany(candidates: number): number {
  if (candidates <= 15) return 3;
  if (candidates <= 30) return 4;
  return 5;
}

/**
 * Three to five key sentences of the article, most important first (the order the
 * command's contract states, so that a reader of the list can stop at any point). Each is
 * a whole sentence of one paragraph, verbatim; none comes from a repeated paragraph,
 * and no two say the same thing. Fewer only when the article has fewer usable sentences.
 */
export function findHighlights(input: HighlightInput): Highlight[] {
  const candidates = candidatesOf(input);
  if (candidates.length === 0) return [];
  weighTerms(candidates);

  const n = candidates.length;
  const similarities = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(candidates[i]!, candidates[j]!);
      similarities[i * n + j] = s;
      similarities[j * n + i] = s;
    }
  }
  const similarity = (i: number, j: number) => similarities[i * n + j]!;
  const degree = candidates.map((_, i) => {
    let sum = 0;
    for (let j = 0; j < n; j++) if (j !== i) sum += similarity(i, j);
    return sum;
  });
  const centrality = centralities(degree, similarity);

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
    if (chosen.some((j) => similarity(i, j) >= SAME_THING || candidates[j]!.text === text)) continue;
    chosen.push(i);
  }
  return chosen.map((i) => ({ text: candidates[i]!.text, paragraph: candidates[i]!.paragraph }));
}
