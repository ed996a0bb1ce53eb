import { WEAK_EARLIER, WEAK_LATER } from './compare-paragraphs';
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
  const n = fingerprints.length;
  // Every paragraph's terms as numbers, in one array: paragraph k owns [start[k], start[k + 1]).
  const ids = new Map<number, number>();
  const frequency: number[] = [];
  const start = new Int32Array(n + 1);
  let total = 0;
  fingerprints.forEach((fp, k) => {
    start[k] = total;
    if (eligible[k]) total += fp.terms.length;
  });
  start[n] = total;
  const terms = new Int32Array(total);
  fingerprints.forEach((fp, k) => {
    if (!eligible[k]) return;
    let t = start[k]!;
    for (const term of fp.terms) {
      let id = ids.get(term);
      if (id === undefined) {
        id = frequency.length;
        ids.set(term, id);
        frequency.push(0);
      }
      frequency[id]!++;
      terms[t++] = id;
    }
  });

  // Renumber the terms from rarest to commonest, so that sorting a paragraph's numbers is
  // sorting its terms by rarity (a plain numeric sort, no comparison function).
  const byRarity = Array.from(frequency.keys()).sort((a, b) => frequency[a]! - frequency[b]! || a - b);
  const rank = new Int32Array(frequency.length);
  byRarity.forEach((id, r) => (rank[id] = r));
  for (let t = 0; t < total; t++) terms[t] = rank[terms[t]!]!;

  // The index, built before probing as flat arrays (no array per term to grow and
  // collect): term r's postings are [postingStart[r], postingStart[r] + postingCount[r]),
  // paragraphs in page order, at most MAX_POSTINGS of them.
  const indexedLength = (size: number) => size - Math.ceil(WEAK_EARLIER * size) + 1;
  const postingCount = new Int32Array(frequency.length);
  for (let k = 0; k < n; k++) {
    const from = start[k]!;
    const size = start[k + 1]! - from;
    if (size === 0) continue;
    sortRange(terms, from, from + size);
    const end = from + indexedLength(size);
    for (let t = from; t < end; t++) if (postingCount[terms[t]!]! < MAX_POSTINGS) postingCount[terms[t]!]!++;
  }
  const postingStart = new Int32Array(frequency.length + 1);
  for (let r = 0; r < frequency.length; r++) postingStart[r + 1] = postingStart[r]! + postingCount[r]!;
  const postings = new Int32Array(postingStart[frequency.length]!);
  postingCount.fill(0);
  for (let k = 0; k < n; k++) {
    const from = start[k]!;
    const size = start[k + 1]! - from;
    if (size === 0) continue;
    const end = from + indexedLength(size);
    for (let t = from; t < end; t++) {
      const r = terms[t]!;
      const filled = postingCount[r]!;
      if (postingStart[r]! + filled < postingStart[r + 1]!) {
        postings[postingStart[r]! + filled] = k;
        postingCount[r] = filled + 1;
      }
    }
  }

  const hits = new Int32Array(n);
  const touched: number[] = [];
  const result: number[][] = [];
  for (let j = 0; j < n; j++) {
    const from = start[j]!;
    const size = start[j + 1]! - from;
    const probeEnd = from + (size === 0 ? 0 : size - Math.ceil(WEAK_LATER * size) + 1);
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
