// `npm run bench -- chinese`: the analysis on Chinese-language pages (issue 15). Figures
// found per page (the fixture pages written for the issue and the Chinese pages of
// Readability's test corpus, which are real), the repeat detector's calibration on
// Chinese text, sentence splitting time, and repeat detection time at 100, 1,000 and
// 5,000 paragraphs of Chinese text. Everything synthetic is seeded: two runs print the
// same verdicts (the timings vary with the machine).
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze } from '../src/core/analyze';
import { compareParagraphs, measureSimilarity, type Verdict } from '../src/core/repeats/compare-paragraphs';
import { CHARACTERS_PER_WORD, countCharacters } from '../src/core/text/chinese-text';
import { countWords } from '../src/core/text/count-words';
import { findRepeats, type RepeatCandidate } from '../src/core/repeats/find-repeats';
import { fingerprintParagraph } from '../src/core/repeats/fingerprint-paragraph';
import { sentenceSpans } from '../src/core/text/split-sentences';
import type { Analysis } from '../src/core/types';
import { hasBenchmarkCorpus, hasReadabilityPages, loadBenchmarkCorpus, loadReadabilityPages } from './corpus';
import { random, timeOf } from './repeats';
import { fixed, table } from './stats';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Whether a text is Chinese: most of its letters are Han characters and none is kana. */
const isChinese = (text: string) => {
  const han = text.match(HAN)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return han > 0 && han >= 0.5 * letters && !KANA.test(text);
};

interface ChinesePage {
  name: string;
  html: string;
  url: string;
  gold?: { figures?: { text: string; required: boolean }[]; duplicatePairs?: { first: string; second: string }[] };
}

function chinesePages(): ChinesePage[] {
  const pages: ChinesePage[] = [];
  const fixtures = join(import.meta.dirname, '..', 'tests', 'fixtures', 'pages');
  for (const name of readdirSync(fixtures).sort()) {
    let html: string;
    try {
      html = readFileSync(join(fixtures, name, 'page.html'), 'utf8');
    } catch {
      continue;
    }
    const gold = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8')) as ChinesePage['gold'] & {
      url: string;
    };
    if (isChinese(parse(html).body?.textContent ?? ''))
      pages.push({ name: `fixture ${name}`, html, url: gold.url, gold });
  }
  if (hasReadabilityPages()) {
    // Judged on the text the analysis extracts: the markup around it is mostly scripts.
    for (const page of loadReadabilityPages()) {
      const result = analyze(parse(page.source), 'http://fakehost/test/page.html');
      if (result.ok && isChinese(result.text))
        pages.push({ name: `readability ${page.name}`, html: page.source, url: 'http://fakehost/test/page.html' });
    }
  }
  return pages;
}

function figuresPerPage(pages: readonly ChinesePage[], analyses: readonly (Analysis | null)[]): void {
  console.log('### Figures found per Chinese page\n');
  const rows = pages.map((page, k) => {
    const analysis = analyses[k];
    if (!analysis) return [page.name, 'refused', '', '', '', '', ''];
    const stated = analysis.figures.flatMap((f) => [f.text, ...f.equivalents.map((e) => e.text)]);
    const required = page.gold?.figures?.filter((g) => g.required) ?? [];
    const found = required.filter((g) => stated.includes(g.text)).length;
    const first = analysis.figures
      .slice(0, 3)
      .map((f) => `${f.text} (${f.label})`)
      .join('; ');
    return [
      page.name,
      analysis.figures.length,
      required.length ? `${found}/${required.length}` : '-',
      analysis.wordCount,
      analysis.characterCount ?? '-',
      analysis.readingMinutes,
      first,
    ];
  });
  console.log(
    table(
      ['page', 'figures', 'gold required found', 'wordCount', 'characterCount', 'minutes', 'first three (label)'],
      rows,
    ),
  );
}

/** The Chinese paragraphs of each page, without the second of each gold repeat pair: true-distinct by the gold. */
function chineseParagraphs(pages: readonly ChinesePage[], analyses: readonly (Analysis | null)[]): string[][] {
  return analyses.flatMap((a, k) => {
    if (!a) return [];
    const repeats = (pages[k]!.gold?.duplicatePairs ?? []).map((pair) => pair.second);
    return [
      a.paragraphs
        .filter((p) => isChinese(p.text) && !repeats.some((second) => p.text.startsWith(second)))
        .map((p) => p.text),
    ];
  });
}

// Characters that carry grammar rather than facts: a rewording changes these first.
const FUNCTION_CHARACTERS = new Set('的了是在和与及并也都而其这那将把被对从为以之于等着过'.split(''));
const INVENTED = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';

/** Replaces a share of the content characters by others: a stand-in for synonyms. */
function reword(text: string, share: number, next: () => number): string {
  return text.replace(/\p{Script=Han}/gu, (char) =>
    FUNCTION_CHARACTERS.has(char) || next() >= share ? char : INVENTED[Math.floor(next() * INVENTED.length)]!,
  );
}

function calibration(pages: string[][]): void {
  const counts: Record<Verdict, number> = { repeat: 0, borderline: 0, distinct: 0 };
  let nearest = { value: 0, text: '' };
  for (const paragraphs of pages) {
    const fps = paragraphs.map(fingerprintParagraph);
    for (let j = 0; j < fps.length; j++) {
      for (let i = 0; i < j; i++) {
        if (fps[i]!.tokenCount < 8 || fps[j]!.tokenCount < 8 || fps[i]!.sameTokens(fps[j]!)) continue;
        counts[compareParagraphs(fps[i]!, fps[j]!)]++;
        const s = measureSimilarity(fps[i]!, fps[j]!);
        const near = Math.min(s.laterCovered, s.earlierCovered);
        if (near > nearest.value) nearest = { value: near, text: paragraphs[j]!.slice(0, 30) };
      }
    }
  }
  const total = counts.repeat + counts.borderline + counts.distinct;
  console.log('\n### Repeats on Chinese text: calibration\n');
  console.log(
    table(
      [
        'true-distinct pairs (within each page)',
        'judged repeat',
        'judged borderline',
        'nearest min(later, earlier) covered',
      ],
      [[total, counts.repeat, counts.borderline, `${fixed(nearest.value, 2)} (${nearest.text}…)`]],
    ),
  );
  const next = random(15);
  // 40 words' worth (fingerprint size), as the English bench takes paragraphs of 40+ tokens.
  const long = pages.flat().filter((p) => fingerprintParagraph(p).size >= 40);
  const rows: (string | number)[][] = [];
  for (const [name, change] of [
    ...[0.1, 0.2, 0.3].map((share): [string, (p: string) => string] => [
      `${share * 100}% of content characters replaced`,
      (p) => reword(p, share, next),
    ]),
    ['one number changed', (p: string) => p.replace(/\d+/, (n) => String(Number(n) + 1))] as [
      string,
      (p: string) => string,
    ],
  ] as [string, (p: string) => string][]) {
    const verdicts: Record<Verdict, number> = { repeat: 0, borderline: 0, distinct: 0 };
    let cases = 0;
    for (const p of long) {
      const changed = change(p);
      if (changed === p) continue;
      cases++;
      verdicts[compareParagraphs(fingerprintParagraph(p), fingerprintParagraph(changed))]++;
    }
    const share = (n: number) => (cases ? `${((100 * n) / cases).toFixed(0)}%` : '-');
    rows.push([name, cases, share(verdicts.repeat), share(verdicts.borderline), share(verdicts.distinct)]);
  }
  console.log("\nSynthetic variants of the Chinese paragraphs of 40+ words' worth:\n");
  console.log(table(['variant', 'cases', 'repeat', 'borderline', 'distinct'], rows));
}

/** The gold repeat pairs of the Chinese pages, as the detector measures them. */
function reworded(pages: readonly ChinesePage[], analyses: readonly (Analysis | null)[]): void {
  const rows: (string | number)[][] = [];
  pages.forEach((page, k) => {
    const a = analyses[k];
    for (const pair of page.gold?.duplicatePairs ?? []) {
      const first = a?.paragraphs.find((p) => p.text.startsWith(pair.first));
      const second = a?.paragraphs.find((p) => p.index > (first?.index ?? -1) && p.text.startsWith(pair.second));
      if (!first || !second) continue;
      const s = measureSimilarity(fingerprintParagraph(first.text), fingerprintParagraph(second.text));
      rows.push([
        page.name,
        `${second.text.slice(0, 12)}…`,
        fixed(s.laterCovered, 2),
        fixed(s.earlierCovered, 2),
        fixed(s.shingleJaccard, 2),
        s.newStatementTerms,
        second.duplicateOf === first.index ? 'found' : 'missed',
      ]);
    }
  });
  console.log('\nGold repeat pairs (rewordings) on the Chinese pages:\n');
  console.log(
    table(
      ['page', 'repeat', 'laterCovered', 'earlierCovered', 'shingle Jaccard', 'new-statement terms', 'verdict'],
      rows,
    ),
  );
}

const best = (run: () => void) => {
  run();
  let ms = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    run();
    ms = Math.min(ms, performance.now() - start);
  }
  return ms;
};

/** Sentence splitting and counting of one language's paragraphs, per 1,000 characters and per 1,000 words' worth. */
function splitRow(name: string, paragraphs: readonly string[], lang: string): (string | number)[] {
  const characters = paragraphs.reduce((sum, p) => sum + p.length, 0);
  const split = best(() => paragraphs.forEach((p) => sentenceSpans(p, lang)));
  const count = best(() => paragraphs.forEach((p) => (lang === 'zh-CN' ? countCharacters(p) : countWords(p))));
  const sentences = paragraphs.reduce((sum, p) => sum + sentenceSpans(p, lang).length, 0);
  // Words' worth: English words, or Chinese characters / CHARACTERS_PER_WORD.
  const words = paragraphs.reduce(
    (sum, p) => sum + (lang === 'zh-CN' ? countCharacters(p) / CHARACTERS_PER_WORD : countWords(p)),
    0,
  );
  return [
    name,
    paragraphs.length,
    characters,
    sentences,
    fixed(split, 2),
    fixed((split * 1e6) / characters, 1),
    fixed((split * 1e6) / words, 1),
    fixed(count, 2),
  ];
}

function splitTime(paragraphs: readonly string[]): void {
  const rows = [splitRow('Chinese (the pages above)', paragraphs, 'zh-CN')];
  if (hasBenchmarkCorpus()) {
    // As many characters of English, from the article-extraction corpus's ground truth.
    const english: string[] = [];
    let length = 0;
    const target = paragraphs.reduce((sum, p) => sum + p.length, 0) * 3.5;
    for (const page of loadBenchmarkCorpus(40)) {
      for (const p of page.articleBody.split(/\n\s*\n/)) {
        if (length >= target) break;
        if (p.trim()) english.push(p.trim());
        length += p.length;
      }
    }
    rows.push(splitRow('English (same words’ worth)', english, 'en'));
  }
  console.log('\n### Sentence split time (best of 5): Chinese, and English for comparison\n');
  console.log(
    table(
      [
        'text',
        'paragraphs',
        'characters',
        'sentences',
        'split ms',
        'µs per 1,000 characters',
        'µs per 1,000 words’ worth',
        'length count ms (字 / words)',
      ],
      rows,
    ),
  );
}

/**
 * A Chinese article of `size` blocks: paragraphs from a character chain trained on the
 * Chinese pages (lengths drawn from them), a heading every few paragraphs, 3% copies and
 * 2% reworded copies.
 */
function syntheticArticle(size: number, corpus: readonly string[], seed = 7): RepeatCandidate[] {
  const next = random(seed);
  const follows = new Map<string, string[]>();
  const starts: string[] = [];
  for (const paragraph of corpus) {
    const chars = [...paragraph];
    if (chars.length < 3) continue;
    starts.push(chars[0]! + chars[1]!);
    for (let k = 0; k + 2 < chars.length; k++) {
      const key = chars[k]! + chars[k + 1]!;
      let list = follows.get(key);
      if (!list) follows.set(key, (list = []));
      list.push(chars[k + 2]!);
    }
  }
  const lengths = corpus.map((p) => [...p].length).filter((length) => length >= 16);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const out: RepeatCandidate[] = [];
  while (out.length < size) {
    const roll = next();
    if (out.length > 10 && roll < 0.03) out.push({ ...pick(out) });
    else if (out.length > 10 && roll < 0.05) {
      const source = pick(out);
      out.push({ kind: source.kind, text: reword(source.text, 0.1, next) });
    } else if (roll < 0.12) out.push({ kind: 'heading', text: pick(corpus).slice(0, 6 + Math.floor(next() * 8)) });
    else {
      const length = pick(lengths);
      let text = pick(starts);
      while (text.length < length) {
        const options = follows.get(text.slice(-2));
        text += options ? pick(options) : pick(starts);
      }
      out.push({ kind: 'paragraph', text });
    }
  }
  return out;
}

function detectionTime(corpus: readonly string[]): void {
  console.log('\n### Repeat detection time on Chinese text (findRepeats alone, medians; growth from CPU time)\n');
  const rows: (string | number)[][] = [];
  let previous: { size: number; cpuMs: number } | null = null;
  for (const size of [100, 1_000, 5_000]) {
    const article = syntheticArticle(size, corpus);
    const characters = article.reduce((sum, p) => sum + p.text.length, 0);
    findRepeats(article); // warm up
    const { ms, cpuMs, repeats } = timeOf(article);
    // Scaled to a tenfold step: 10 means linear, 100 quadratic.
    const growth = previous ? (cpuMs / previous.cpuMs) ** (1 / Math.log10(size / previous.size)) : null;
    rows.push([
      size.toLocaleString('en'),
      characters.toLocaleString('en'),
      repeats,
      fixed(ms, 1),
      fixed(cpuMs, 1),
      fixed((cpuMs / size) * 1000, 1),
      growth === null ? '-' : fixed(growth, 1),
    ]);
    previous = { size, cpuMs };
  }
  console.log(
    table(['paragraphs', 'characters', 'repeats found', 'ms', 'CPU ms', 'CPU ms per 1,000', 'growth per 10x'], rows),
  );
  console.log(`\n(load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores while measuring)`);
}

export async function run(): Promise<void> {
  const pages = chinesePages();
  const analyses = pages.map((page) => {
    const result = analyze(parse(page.html), page.url);
    return result.ok ? result : null;
  });
  figuresPerPage(pages, analyses);
  const paragraphs = chineseParagraphs(pages, analyses);
  reworded(pages, analyses);
  calibration(paragraphs);
  splitTime(paragraphs.flat());
  detectionTime(paragraphs.flat());
}
