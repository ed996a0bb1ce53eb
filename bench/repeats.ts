// `npm run bench -- repeats`: how the repeat detector (issue #3) was calibrated, and
// how its cost grows with the number of paragraphs. Everything is seeded: two runs print
// the same verdicts (the timings vary with the machine).
import {
  compareParagraphs,
  MAX_UNSUPPORTED,
  measureSimilarity,
  NEW_STATEMENT_TERMS,
  SHORT_TOKENS,
  type Verdict,
} from '../src/core/repeats/compare-paragraphs';
import { findRepeats, type RepeatCandidate } from '../src/core/repeats/find-repeats';
import { fingerprintParagraph } from '../src/core/repeats/fingerprint-paragraph';
import { countWords } from '../src/core/text/count-words';
import type { Analysis } from '../src/core/types';
import { availableParallelism, loadavg } from 'node:os';
import { analysedCorpus, CORPORA } from './analysed-pages';
import { hasBenchmarkCorpus, loadBenchmarkCorpus } from './corpus';
import { table } from './stats';

/** mulberry32: a small seeded generator, so that the synthetic cases are the same every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const percent = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`);

function pagesParagraphs(): string[][] {
  return loadBenchmarkCorpus().map((page) =>
    page.articleBody
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
  );
}

/** Every pair of paragraphs within each page, none of them a copy of the other. */
function distinctPairs(pages: string[][]): void {
  const counts: Record<Verdict, number> = { repeat: 0, borderline: 0, distinct: 0 };
  const nearest: { later: number; earlier: number; text: string }[] = [];
  let exactCopies = 0;
  for (const paragraphs of pages) {
    const fps = paragraphs.map(fingerprintParagraph);
    for (let j = 0; j < fps.length; j++) {
      for (let i = 0; i < j; i++) {
        if (fps[i]!.tokenCount < 8 || fps[j]!.tokenCount < 8) continue;
        if (fps[i]!.sameTokens(fps[j]!)) {
          exactCopies++;
          continue;
        }
        counts[compareParagraphs(fps[i]!, fps[j]!)]++;
        const s = measureSimilarity(fps[i]!, fps[j]!);
        const long = fps[i]!.tokenCount >= SHORT_TOKENS && fps[j]!.tokenCount >= SHORT_TOKENS;
        const noNewStatement = s.newStatementTerms < NEW_STATEMENT_TERMS && s.laterUnsupported <= MAX_UNSUPPORTED;
        if (long && s.numbersAgree && noNewStatement) {
          nearest.push({ later: s.laterCovered, earlier: s.earlierCovered, text: paragraphs[j]!.slice(0, 60) });
        }
      }
    }
  }
  const total = counts.repeat + counts.borderline + counts.distinct;
  console.log('True-distinct pairs (all pairs of 8+ token paragraphs within each ground-truth page):\n');
  console.log('| pairs | judged repeat | judged borderline | exact copies left out |');
  console.log('| ---: | ---: | ---: | ---: |');
  console.log(`| ${total} | ${counts.repeat} | ${counts.borderline} | ${exactCopies} |`);
  nearest.sort((a, b) => Math.min(b.later, b.earlier / 0.8) - Math.min(a.later, a.earlier / 0.8));
  console.log('\nNearest long pairs (30+ tokens, same numbers, no new statement), by min(later, earlier / 0.8):\n');
  for (const pair of nearest.slice(0, 5)) {
    console.log(`- later ${pair.later.toFixed(2)} / earlier ${pair.earlier.toFixed(2)}: ${JSON.stringify(pair.text)}…`);
  }
}

const FUNCTION_WORD = /^(?:a|an|the|and|or|of|to|in|on|at|by|for|with|from|as|is|are|was|were|be|that|this|it)$/i;

/** A made-up word of letters only (digits would read as numbers): "b", "c", …, "bb", … */
function invented(n: number): string {
  let word = '';
  do {
    word = String.fromCharCode(98 + (n % 24)) + word;
    n = Math.floor(n / 24);
  } while (n > 0);
  return word;
}

/** Replaces a share of the content words by invented ones: a stand-in for synonyms. */
function reword(text: string, share: number, next: () => number): string {
  let n = 0;
  return text.replace(/[\p{L}]{3,}/gu, (word) => {
    if (FUNCTION_WORD.test(word) || next() >= share) return word;
    return `zq${invented(n++)}`;
  });
}

/** Light edits that change no word: case, quotes, dashes, spacing. */
function retouch(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/—/g, ' - ').replace(/, /g, ' , ').toUpperCase();
}

function changeOneNumber(text: string): string | null {
  const match = /\d+/.exec(text);
  if (!match) return null;
  const changed = String(Number(match[0]) + 1);
  return text.slice(0, match.index) + changed + text.slice(match.index + match[0].length);
}

function syntheticCases(pages: string[][]): void {
  const next = random(42);
  const long = pages.flat().filter((p) => fingerprintParagraph(p).tokenCount >= 40);
  const rows: [string, (p: string) => string | null][] = [
    ['exact copy', (p) => p],
    ['case, quotes, dashes, spacing changed', retouch],
    ...[0.1, 0.2, 0.3, 0.4, 0.5].map((share): [string, (p: string) => string] => [
      `${share * 100}% of content words replaced`,
      (p) => reword(p, share, next),
    ]),
    ['one number changed', changeOneNumber],
  ];
  console.log(`\nSynthetic variants of ${long.length} ground-truth paragraphs of 40+ tokens (later = variant):\n`);
  console.log('| variant | repeat | borderline | distinct |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [name, make] of rows) {
    const counts: Record<Verdict, number> = { repeat: 0, borderline: 0, distinct: 0 };
    for (const p of long) {
      const variant = make(p);
      if (variant === null) continue;
      counts[compareParagraphs(fingerprintParagraph(p), fingerprintParagraph(variant))]++;
    }
    const total = counts.repeat + counts.borderline + counts.distinct;
    console.log(
      `| ${name} | ${percent(counts.repeat, total)} | ${percent(counts.borderline, total)} | ${percent(counts.distinct, total)} |`,
    );
  }

  // One long sentence shared, the rest different facts (a disclaimer, a boilerplate
  // background line): the paragraphs of each pair come from one page.
  const sentences = pages
    .flat()
    .flatMap((p) => p.split(/(?<=[.!?])\s+/))
    .filter((s) => s.split(/\s+/).length >= 25);
  const counts: Record<Verdict, number> = { repeat: 0, borderline: 0, distinct: 0 };
  for (const paragraphs of pages) {
    const facts = paragraphs.filter((p) => {
      const words = p.split(/\s+/).length;
      return words >= 12 && words <= 40;
    });
    for (let k = 0; k + 1 < facts.length; k += 2) {
      const shared = sentences[Math.floor(next() * sentences.length)]!;
      counts[
        compareParagraphs(
          fingerprintParagraph(`${shared} ${facts[k]}`),
          fingerprintParagraph(`${shared} ${facts[k + 1]}`),
        )
      ]++;
    }
  }
  const total = counts.repeat + counts.borderline + counts.distinct;
  console.log(
    `| shared 25+ word sentence, then different facts (${total} pairs) | ${percent(counts.repeat, total)} | ${percent(counts.borderline, total)} | ${percent(counts.distinct, total)} |`,
  );
}

/**
 * Paragraphs that read like the corpus (a word chain trained on it, paragraph lengths
 * drawn from it) but are all new, with
 * a heading every few paragraphs and some repeats: 3% copies, 2% reworded copies.
 */
export function syntheticArticle(size: number, corpus: readonly string[], seed = 7): RepeatCandidate[] {
  const next = random(seed);
  const follows = new Map<string, string[]>();
  const starts: string[] = [];
  for (const paragraph of corpus) {
    const words = paragraph.split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    starts.push(words[0]!);
    for (let k = 0; k + 1 < words.length; k++) {
      let list = follows.get(words[k]!);
      if (!list) follows.set(words[k]!, (list = []));
      list.push(words[k + 1]!);
    }
  }
  const lengths = corpus.map((p) => p.split(/\s+/).length).filter((length) => length >= 8);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const out: RepeatCandidate[] = [];
  while (out.length < size) {
    const roll = next();
    if (out.length > 10 && roll < 0.03) {
      out.push({ ...pick(out) });
    } else if (out.length > 10 && roll < 0.05) {
      const source = pick(out);
      out.push({ kind: source.kind, text: reword(source.text, 0.15, next) });
    } else if (roll < 0.12) {
      out.push({
        kind: 'heading',
        text: Array.from({ length: 3 + Math.floor(next() * 5) }, () => pick(starts)).join(' '),
      });
    } else {
      // As long as a paragraph of the corpus picked at random (mean 34 words).
      const length = pick(lengths);
      const words = [pick(starts)];
      while (words.length < length) words.push(pick(follows.get(words.at(-1)!) ?? starts));
      out.push({ kind: 'paragraph', text: words.join(' ') });
    }
  }
  return out;
}

interface Timing {
  /** Median wall-clock milliseconds. */
  ms: number;
  /** Median CPU milliseconds of the process (all threads): less sensitive to a busy machine. */
  cpuMs: number;
  repeats: number;
}

export function timeOf(paragraphs: readonly RepeatCandidate[]): Timing {
  let repeats = 0;
  const wall: number[] = [];
  const cpu: number[] = [];
  const started = performance.now();
  // The median of several runs, at least five and about a second's worth.
  while (wall.length < 5 || (performance.now() - started < 1000 && wall.length < 50)) {
    const t = performance.now();
    const c = process.cpuUsage();
    repeats = findRepeats(paragraphs).filter((d) => d !== null).length;
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { ms: median(wall), cpuMs: median(cpu), repeats };
}

function timings(pages: string[][]): void {
  const corpus = pages.flat();
  console.log('\nDetection time (findRepeats alone, medians of repeated runs; growth from CPU time):\n');
  console.log('| paragraphs | text | repeats found | ms | CPU ms | CPU ms per 1,000 | growth per 10x |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  let previous: { size: number; cpuMs: number } | null = null;
  for (const size of [100, 1_000, 5_000, 20_000]) {
    const article = syntheticArticle(size, corpus);
    const megabytes = article.reduce((sum, p) => sum + p.text.length, 0) / 1e6;
    findRepeats(article); // warm up
    const { ms, cpuMs, repeats } = timeOf(article);
    // Scaled to a tenfold step, so that 1,000 -> 5,000 and 5,000 -> 20,000 compare with
    // 100 -> 1,000: 10 means linear, 100 quadratic.
    const growth = previous ? (cpuMs / previous.cpuMs) ** (1 / Math.log10(size / previous.size)) : null;
    console.log(
      `| ${size.toLocaleString('en')} | ${megabytes.toFixed(2)} MB | ${repeats} | ${ms.toFixed(1)} | ${cpuMs.toFixed(1)} | ${((cpuMs / size) * 1000).toFixed(1)} | ${growth === null ? '-' : growth.toFixed(1)} |`,
    );
    previous = { size, cpuMs };
  }
  const load = loadavg()[0]!;
  console.log(`\n(load average ${load.toFixed(1)} on ${availableParallelism()} cores while measuring)`);
}

// What no reader sees: format characters (zero-width spaces and joiners, the word joiner,
// bidi marks, soft hyphens, the byte-order mark), controls, spaces of every width, and the
// fillers and selectors that render as nothing (Hangul fillers, variation selectors,
// the combining grapheme joiner, the blank Braille pattern).
const INVISIBLE =
  /[\p{Cf}\p{Cc}\p{Z}\u2800\u3164\uffa0]|[\u115f\u1160]|[\u17b4\u17b5]|\u034f|[\u180b-\u180f]|[\ufe00-\ufe0f]/gu;
const isInvisible = (text: string) => text.replace(INVISIBLE, '') === '';
/** Issue 14: repeat pairs of which a side is this short are printed for review. */
const SHORT_SIDE_WORDS = 8;

/**
 * The repeats the analysis marks on both real-page corpora (no gold there): how many,
 * the pairs with a side under SHORT_SIDE_WORDS words (printed, to be read: a caption
 * sharing a credit line, a question asked of each guest), and blocks with nothing
 * visible in them, which must never be paragraphs (target: 0).
 */
function corpusRepeats(): void {
  const rows: (string | number)[][] = [];
  const shortPairs: string[] = [];
  const invisible: string[] = [];
  for (const corpus of CORPORA) {
    const pages = analysedCorpus(corpus).filter((page) => page.result.ok);
    let pairs = 0;
    let short = 0;
    let invisibleBlocks = 0;
    let pagesWithRepeats = 0;
    for (const page of pages) {
      const { paragraphs } = page.result as Analysis;
      let any = false;
      for (const p of paragraphs) {
        if (isInvisible(p.text)) {
          invisibleBlocks++;
          invisible.push(`- ${corpus} ${page.id}: paragraph ${p.index} ${JSON.stringify(p.text)}`);
        }
        if (p.duplicateOf === null) continue;
        pairs++;
        any = true;
        const original = paragraphs[p.duplicateOf]!;
        const words = [countWords(original.text), countWords(p.text)];
        if (Math.min(...words) < SHORT_SIDE_WORDS) {
          short++;
          shortPairs.push(
            `- ${corpus} ${page.id.slice(0, 16)}: #${p.index} (${p.kind}, ${words[1]} words) repeats #${original.index} (${original.kind}, ${words[0]} words): ${JSON.stringify(p.text.slice(0, 80))}`,
          );
        }
      }
      if (any) pagesWithRepeats++;
    }
    rows.push([corpus, pages.length, pagesWithRepeats, pairs, short, invisibleBlocks]);
  }
  console.log('\nRepeats found on the real-page corpora (no gold: counts, and the short pairs to read):\n');
  console.log(
    table(
      [
        'corpus',
        'pages analysed',
        'pages with repeats',
        'repeat pairs',
        `pairs with a side under ${SHORT_SIDE_WORDS} words`,
        'invisible blocks',
      ],
      rows,
    ),
  );
  if (shortPairs.length > 0)
    console.log(`\nPairs with a side under ${SHORT_SIDE_WORDS} words:\n\n${shortPairs.join('\n')}`);
  if (invisible.length > 0) console.log(`\nInvisible blocks:\n\n${invisible.join('\n')}`);
}

export async function run(): Promise<void> {
  const only = process.env.DUPLICATES_BENCH;
  if (!hasBenchmarkCorpus()) {
    console.log('(skipped: ../shared/corpus/article-extraction-benchmark is missing)');
    return;
  }
  const pages = pagesParagraphs();
  if (!only || only === 'calibration') {
    distinctPairs(pages);
    syntheticCases(pages);
  }
  if (!only || only === 'corpora') corpusRepeats();
  if (!only || only === 'timing') timings(pages);
}
