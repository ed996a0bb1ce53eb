import { CHARACTER_PAIRS, WEAK_EARLIER, WEAK_LATER } from './compare-paragraphs';
import type { ParagraphFingerprint } from './fingerprint-paragraph';

/** At most this many earlier paragraphs are compared in full with each paragraph. */
const MAX_CANDIDATES = 8;
/**
 * A term already indexed for this many paragraphs stops collecting more: it is too
 * common to single out a repeat (the rarer terms of a real repeat still do), and it
 * would make the cost grow with the square of the page.
 */
const MAX_POSTINGS = 64;

/**
 * For each paragraph, the earlier paragraphs worth comparing with it in full, most
 * promising first. `eligible[k]` false leaves paragraph k out on both sides.
 *
 * Prefix filtering (Chaudhuri, Ganti and Kaushik, "A primitive operator for similarity
 * joins in data cleaning", ICDE 2006): order every paragraph's terms from rarest to
 * commonest on the page. If a later paragraph B shares at least WEAK_LATER of its terms
 * with A, and A at least WEAK_EARLIER of its terms with B, their rarest shared term lies
 * within the first |B| - ceil(WEAK_LATER |B|) + 1 terms of B and the first
 * |A| - ceil(WEAK_EARLIER |A|) + 1 terms of A. Indexing and probing those prefixes only
 * misses no pair the comparison could accept, and the rare terms keep the lists short:
 * the cost grows with the number of paragraphs, not with the number of pairs.
 */
export function findRepeatCandidates(
  fingerprints: readonly ParagraphFingerprint[],
  eligible: readonly boolean[],
): number[][] {
  const terms = termsByRarity(fingerprints, eligible);
  return probe(terms, indexPrefixes(terms));
}

/**
 * Every eligible paragraph's terms as numbers, in one array: paragraph k owns
 * [start[k], start[k + 1]), its terms numbered from rarest to commonest on the page and
 * sorted, so that its first terms are its rarest.
 */
interface RankedTerms {
  start: Int32Array;
  terms: Int32Array;
  /** How many different terms the page has. */
  distinct: number;
  /** 1 for a paragraph of Chinese text, whose pairs are judged on lower thresholds (and need longer prefixes). */
  chinese: Uint8Array;
}

function termsByRarity(fingerprints: readonly ParagraphFingerprint[], eligible: readonly boolean[]): RankedTerms {
  const n = fingerprints.length;
  const start = new Int32Array(n + 1);
  let total = 0;
  for (let k = 0; k < n; k++) {
    start[k] = total;
    if (eligible[k]) total += fingerprints[k]!.terms.length;
  }
  start[n] = total;
  const chinese = Uint8Array.from(fingerprints, (f) => (f.chinese ? 1 : 0));
  const terms = new Int32Array(total);
  // Term hashes to dense ids through an open-addressing table in typed arrays: a Map of
  // tens of thousands of numbers costs several times more to fill and read.
  let slots = 1;
  while (slots < 2 * total) slots *= 2;
  const slotHash = new Int32Array(slots).fill(-1);
  const slotId = new Int32Array(slots);
  const frequency = new Int32Array(total);
  let distinct = 0;
  for (let k = 0; k < n; k++) {
    if (!eligible[k]) continue;
    const own = fingerprints[k]!.terms;
    let t = start[k]!;
    for (let m = 0; m < own.length; m++) {
      const term = own[m]!; // 30 bits, never negative: -1 marks a free slot
      let slot = Math.imul(term, 0x9e3779b1) & (slots - 1);
      while (slotHash[slot] !== term && slotHash[slot] !== -1) slot = (slot + 1) & (slots - 1);
      if (slotHash[slot] === -1) {
        slotHash[slot] = term;
        slotId[slot] = distinct++;
      }
      const id = slotId[slot]!;
      frequency[id]!++;
      terms[t++] = id;
    }
  }

  // Renumber the terms from rarest to commonest, so that sorting a paragraph's numbers is
  // sorting its terms by rarity (a plain numeric sort, no comparison function). A counting
  // sort: frequencies are at most n, and ids of equal frequency keep their order.
  let maxFrequency = 0;
  for (let id = 0; id < distinct; id++) if (frequency[id]! > maxFrequency) maxFrequency = frequency[id]!;
  const firstRank = new Int32Array(maxFrequency + 2);
  for (let id = 0; id < distinct; id++) firstRank[frequency[id]! + 1]!++;
  for (let f = 1; f <= maxFrequency + 1; f++) firstRank[f]! += firstRank[f - 1]!;
  const rank = new Int32Array(distinct);
  for (let id = 0; id < distinct; id++) rank[id] = firstRank[frequency[id]!]!++;
  for (let t = 0; t < total; t++) terms[t] = rank[terms[t]!]!;
  for (let k = 0; k < n; k++) sortRange(terms, start[k]!, start[k + 1]!);
  return { start, terms, distinct, chinese };
}

/** Terms of an earlier paragraph of `size` terms worth indexing (see the top of this file). */
const indexedLength = (size: number, chinese: number) =>
  size - Math.ceil((chinese ? CHARACTER_PAIRS.weakEarlier : WEAK_EARLIER) * size) + 1;
/** Terms of a later paragraph of `size` terms worth probing. */
const probedLength = (size: number, chinese: number) =>
  size === 0 ? 0 : size - Math.ceil((chinese ? CHARACTER_PAIRS.weakLater : WEAK_LATER) * size) + 1;

/**
 * The index, built before probing as flat arrays (no array per term to grow and
 * collect): term r's postings are [postingStart[r], postingStart[r] + postingCount[r]),
 * paragraphs in page order, at most MAX_POSTINGS of them.
 */
function indexPrefixes({ start, terms, distinct, chinese }: RankedTerms): {
  postingStart: Int32Array;
  postings: Int32Array;
} {
  const n = start.length - 1;
  const postingCount = new Int32Array(distinct);
  for (let k = 0; k < n; k++) {
    const from = start[k]!;
    const size = start[k + 1]! - from;
    if (size === 0) continue;
    const end = from + indexedLength(size, chinese[k]!);
    for (let t = from; t < end; t++) if (postingCount[terms[t]!]! < MAX_POSTINGS) postingCount[terms[t]!]!++;
  }
  const postingStart = new Int32Array(distinct + 1);
  for (let r = 0; r < distinct; r++) postingStart[r + 1] = postingStart[r]! + postingCount[r]!;
  const postings = new Int32Array(postingStart[distinct]!);
  postingCount.fill(0);
  for (let k = 0; k < n; k++) {
    const from = start[k]!;
    const size = start[k + 1]! - from;
    if (size === 0) continue;
    const end = from + indexedLength(size, chinese[k]!);
    for (let t = from; t < end; t++) {
      const r = terms[t]!;
      const filled = postingCount[r]!;
      if (postingStart[r]! + filled < postingStart[r + 1]!) {
        postings[postingStart[r]! + filled] = k;
        postingCount[r] = filled + 1;
      }
    }
  }
  return { postingStart, postings };
}

/** For each paragraph, the earlier paragraphs that share one of its rarest terms, most hits first. */
function probe(
  { start, terms, chinese }: RankedTerms,
  { postingStart, postings }: { postingStart: Int32Array; postings: Int32Array },
): number[][] {
  const n = start.length - 1;
  const hits = new Int32Array(n);
  const touched: number[] = [];
  const result: number[][] = [];
  for (let j = 0; j < n; j++) {
    const from = start[j]!;
    const size = start[j + 1]! - from;
    const probeEnd = from + probedLength(size, chinese[j]!);
    for (let t = from; t < probeEnd; t++) {
      const r = terms[t]!;
      // Only earlier paragraphs: the list is in page order.
      for (let at = postingStart[r]!, end = postingStart[r + 1]!; at < end; at++) {
        const i = postings[at]!;
        if (i >= j) break;
        const count = hits[i]!;
        hits[i] = count + 1;
        if (count === 0) touched.push(i);
      }
    }
    result.push(mostHits(touched, hits));
    for (const i of touched) hits[i] = 0;
    touched.length = 0;
  }
  return result;
}

/** Insertion sort of a[from, to): a paragraph has a few dozen terms, where a typed-array view each would cost more. */
function sortRange(a: Int32Array, from: number, to: number): void {
  for (let k = from + 1; k < to; k++) {
    const x = a[k]!;
    let at = k - 1;
    while (at >= from && a[at]! > x) {
      a[at + 1] = a[at]!;
      at--;
    }
    a[at + 1] = x;
  }
}

/** The MAX_CANDIDATES paragraphs with the most hits (the earlier first among equals). */
function mostHits(touched: readonly number[], hits: Int32Array): number[] {
  if (touched.length <= MAX_CANDIDATES) return touched.slice();
  const best: number[] = [];
  for (const i of touched) {
    if (best.length === MAX_CANDIDATES) {
      const last = best[MAX_CANDIDATES - 1]!;
      if (hits[i]! < hits[last]! || (hits[i] === hits[last] && i > last)) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0 && (hits[best[at - 1]!]! < hits[i]! || (hits[best[at - 1]!] === hits[i] && best[at - 1]! > i))) at--;
    best.splice(at, 0, i);
  }
  return best;
}
