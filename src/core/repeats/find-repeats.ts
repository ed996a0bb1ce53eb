import { compareParagraphs, SHORT_TOKENS, type Verdict } from './compare-paragraphs';
import { countWords, hasUnspacedScript } from '../text/count-words';
import { fingerprintParagraph, type ParagraphFingerprint } from './fingerprint-paragraph';
import { findRepeatCandidates } from './find-repeat-candidates';
import type { BlockKind } from '../types';

export interface RepeatCandidate {
  text: string;
  kind: BlockKind;
}

// Code and table cells repeat on purpose (a listing extended step by step, a value in
// every row) and hiding a cell would break its table: they are never compared.
const NEVER_COMPARED: ReadonlySet<BlockKind> = new Set(['preformatted', 'table']);

/**
 * Blocks under this many tokens or words (a dateline, "Advertisement", a credit line, a
 * label, "Eat every 2–3 hours" in a meal plan) are too short to carry a statement: they
 * are never judged alone, nor as members of a run (issue 14).
 */
const MINOR_TOKENS = 8;
const MINOR_WORDS = 8;
/** A run of short repeated blocks (key points) needs this many tokens in all to count. */
const RUN_TOKENS = 30;

interface Match {
  earlier: number;
  verdict: Verdict;
}

/**
 * For each paragraph, the index of the earlier paragraph it repeats, or null. The first
 * occurrence is kept; every later one points to it, never to a later paragraph.
 *
 * A long paragraph judged a repeat (compare-paragraphs.ts) counts on its own. Everything
 * else needs a run: consecutive paragraphs that each match the consecutive paragraphs of
 * an earlier passage, in order (a section printed twice). A run counts when it holds a
 * long repeat, or when it has two members or more and RUN_TOKENS tokens in all; a
 * borderline pair is then accepted as part of it. Headings and minor blocks are never
 * judged alone: they are marked only when they sit, word for word, at the same place
 * inside or at the edge of a counted run (the heading of a story printed twice).
 */
export function findRepeats(paragraphs: readonly RepeatCandidate[]): (number | null)[] {
  const n = paragraphs.length;
  const fingerprints = paragraphs.map((p) => fingerprintParagraph(p.text));
  const compared = paragraphs.map((p) => !NEVER_COMPARED.has(p.kind));
  // Words, not only tokens: "60–90 minutes" is three tokens. Unspaced scripts are read
  // in character pairs, which `size` turns into words' worth.
  const minor = paragraphs.map(
    (p, k) =>
      p.kind === 'heading' ||
      fingerprints[k]!.size < MINOR_TOKENS ||
      (!hasUnspacedScript(p.text) && countWords(p.text) < MINOR_WORDS),
  );
  const isLong = (k: number) => !minor[k] && fingerprints[k]!.size >= SHORT_TOKENS;

  const judge = (i: number, j: number): Verdict =>
    compared[i] && compared[j]
      ? compareParagraphs(fingerprints[i]!, fingerprints[j]!, {
          wordForWord: paragraphs[i]!.kind === 'caption' || paragraphs[j]!.kind === 'caption',
        })
      : 'distinct';

  // The substantive paragraphs in order, and each one's place among them.
  const substantive: number[] = [];
  const position = new Array<number>(n).fill(-1);
  for (let k = 0; k < n; k++) {
    if (!minor[k]) {
      position[k] = substantive.length;
      substantive.push(k);
    }
  }

  const best: (Match | null)[] = new Array<Match | null>(n).fill(null);
  const candidates = findRepeatCandidates(
    fingerprints,
    minor.map((m, k) => !m && compared[k]!),
  );
  for (let j = 0; j < n; j++) {
    for (const i of candidates[j]!) {
      const verdict = judge(i, j);
      if (verdict === 'distinct') continue;
      // A repeat beats a borderline match; among equals the earliest passage wins.
      if (!best[j] || (verdict === 'repeat' && best[j]!.verdict !== 'repeat')) best[j] = { earlier: i, verdict };
      else if (verdict === best[j]!.verdict && i < best[j]!.earlier) best[j]!.earlier = i;
    }
  }

  const duplicateOf: (number | null)[] = new Array<number | null>(n).fill(null);
  const visited = new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    const match = best[j];
    if (!match || visited[j]) continue;
    const { pairs: run, steppedOver } = collectRun(match.earlier, j, substantive, position, judge);
    const anchored = run.some(([i, k]) => isLong(k) && judge(i, k) === 'repeat');
    const tokens = run.reduce((sum, [, k]) => sum + fingerprints[k]!.size, 0);
    // A run that matches only every other block is a repeated structure, not a passage
    // printed twice: the same questions put to each guest of an interview, the same
    // credit line under each picture of a gallery (issue 14). Hiding those would leave
    // answers without their questions.
    const structure = run.length <= 2 * steppedOver;
    if (!anchored && (run.length < 2 || tokens < RUN_TOKENS || structure)) continue;
    for (const [i, k] of run) {
      visited[k] = 1;
      duplicateOf[k] ??= i;
    }
    markMinorBlocks(run, fingerprints, minor, compared, duplicateOf);
  }

  // Point every repeat at the first occurrence (a repeat of a repeat points to the original).
  for (let k = 0; k < n; k++) {
    const i = duplicateOf[k];
    if (i !== null && i !== undefined && duplicateOf[i] !== null) duplicateOf[k] = duplicateOf[i]!;
  }
  return duplicateOf;
}

/**
 * The run of matching pairs through (i, j) along the diagonal of substantive paragraphs:
 * the pairs before and after, as long as each later paragraph still matches its
 * counterpart (any verdict but distinct) and stays after it. One pair that does not
 * match is stepped over when the next one does (a key point updated in a repeated list),
 * and is left out of the run.
 */
function collectRun(
  i: number,
  j: number,
  substantive: readonly number[],
  position: readonly number[],
  judge: (i: number, j: number) => Verdict,
): { pairs: [number, number][]; steppedOver: number } {
  const pi = position[i]!;
  const pj = position[j]!;
  const pairAt = (d: number): [number, number] | null => {
    const a = substantive[pi + d];
    const b = substantive[pj + d];
    if (a === undefined || b === undefined || a >= b) return null;
    return judge(a, b) === 'distinct' ? null : [a, b];
  };
  let steppedOver = 0;
  const walk = (step: 1 | -1): [number, number][] => {
    const pairs: [number, number][] = [];
    for (let d = step; ; d += step) {
      let pair = pairAt(d);
      if (!pair) {
        pair = pairAt(d + step);
        if (!pair) break;
        d += step;
        steppedOver++;
      }
      pairs.push(pair);
    }
    return pairs;
  };
  const before = walk(-1).reverse();
  return { pairs: [...before, [i, j], ...walk(1)], steppedOver };
}

/**
 * Headings and minor blocks of a counted run: those between two members, and those just
 * before its first member or after its last, each repeating its counterpart word for
 * word at the same place (counted from the nearest member).
 */
function markMinorBlocks(
  run: readonly [number, number][],
  fingerprints: readonly ParagraphFingerprint[],
  minor: readonly boolean[],
  compared: readonly boolean[],
  duplicateOf: (number | null)[],
): void {
  const n = fingerprints.length;
  const same = (a: number, b: number) =>
    a >= 0 &&
    b < n &&
    a < b &&
    minor[a]! &&
    minor[b]! &&
    compared[a]! &&
    compared[b]! &&
    fingerprints[a]!.sameTokens(fingerprints[b]!);
  const walk = (a: number, b: number, step: 1 | -1) => {
    for (; same(a, b); a += step, b += step) duplicateOf[b] ??= a;
  };
  const [firstEarlier, firstLater] = run[0]!;
  walk(firstEarlier - 1, firstLater - 1, -1);
  for (let m = 0; m < run.length; m++) {
    const [a, b] = run[m]!;
    walk(a + 1, b + 1, 1);
    if (m + 1 < run.length) walk(run[m + 1]![0] - 1, run[m + 1]![1] - 1, -1);
  }
}
