import { parseHTML } from 'linkedom';
import { analyze } from '../src/core/analyze';
import { pageKey } from '../src/core/related/classify-link';
import { formatMarkdown } from '../src/core/format-markdown';
import type { Analysis } from '../src/core/types';
import { loadFixtures, parsePage } from '../tests/unit/helpers/fixtures';
import { analysedCorpus, CORPORA, type AnalysedPage } from './analysed-pages';
import { benchmarkCorpusDir, hasBenchmarkCorpus, loadBenchmarkCorpus } from './corpus';
import { isUnbalanced, type RoleName } from './paragraph-roles';
import { fixed, median, quantile, table } from './stats';

const parse = (html: string) => parseHTML(html).document as unknown as Document;

/**
 * Whether the highlights as the Markdown summary lists them (what "Copy summary" and
 * `--format md` give; the popup and the command's text share its order) read in the
 * article's order. The analysis itself keeps them most important first (CONTRACT.md).
 */
function shownInReadingOrder(analysis: Analysis): boolean {
  const section = formatMarkdown(analysis).split('## Highlights\n\n')[1]?.split('\n\n')[0] ?? '';
  const shown = section
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2).replace(/\\(.)/g, '$1'));
  const where = (text: string) => {
    const h = analysis.highlights.find((x) => x.text.replace(/\s+/g, ' ').trim() === text);
    return h ? h.paragraph * 1e6 + (analysis.paragraphs[h.paragraph]?.text.indexOf(h.text) ?? 0) : -1;
  };
  const positions = shown.map(where);
  return (
    shown.length === analysis.highlights.length &&
    positions.every((p, k) => p >= 0 && (k === 0 || p > positions[k - 1]!))
  );
}

// A wire dateline left at a highlight's start: "LISBON (Reuters) — ", "(Example Wire) — ".
const DATELINE_START = /^(?:\p{Lu}{2,}[\p{Lu} .,'’-]*(?:\([^()]*\))?|\([^()]{1,40}\))\s*[—–-]{1,2}\s/u;

const ROLES: readonly RoleName[] = ['caption', 'credit', 'byline', 'dateline', 'pull-quote'];

/**
 * Issue 14's targets for highlights: none from a caption or credit (the markup decides,
 * bench/paragraph-roles.ts), none from a byline, dateline or pull-quote, every page's
 * list in reading order, no unbalanced quotation mark or bracket.
 */
function highlightQuality(pages: readonly AnalysedPage[]): void {
  const rows: (string | number)[][] = [];
  const cases: string[] = [];
  const unordered: string[] = [];
  for (const corpus of CORPORA) {
    const analysed = pages.filter((p) => p.corpus === corpus && p.result.ok);
    const byRole = new Map<RoleName, number>(ROLES.map((r) => [r, 0]));
    let highlights = 0;
    let outOfOrder = 0;
    let unbalanced = 0;
    let dateline = 0;
    for (const page of analysed) {
      const result = page.result as Analysis;
      highlights += result.highlights.length;
      if (!shownInReadingOrder(result)) {
        outOfOrder++;
        unordered.push(`${page.id.slice(0, 12)} (${result.highlights.map((h) => h.paragraph).join(' ')})`);
      }
      for (const h of result.highlights) {
        const role = page.roles[h.paragraph];
        if (role) {
          byRole.set(role.role, byRole.get(role.role)! + 1);
          cases.push(`- ${corpus} ${page.id}: ${role.role} (${role.reason}): ${JSON.stringify(h.text.slice(0, 100))}`);
        }
        if (DATELINE_START.test(h.text)) {
          dateline++;
          cases.push(`- ${corpus} ${page.id}: opens with a dateline: ${JSON.stringify(h.text.slice(0, 100))}`);
        }
        if (isUnbalanced(h.text)) {
          unbalanced++;
          cases.push(`- ${corpus} ${page.id}: unbalanced: ${JSON.stringify(h.text.slice(0, 120))}`);
        }
      }
    }
    rows.push([
      corpus,
      analysed.length,
      highlights,
      byRole.get('caption')! + byRole.get('credit')!,
      byRole.get('byline')! + byRole.get('dateline')! + byRole.get('pull-quote')!,
      outOfOrder,
      unbalanced,
      dateline,
    ]);
  }
  console.log('Highlights against the markup (targets on ScrapingHub: 0 from captions or credits, 0 out of order):\n');
  console.log(
    table(
      [
        'corpus',
        'pages analysed',
        'highlights',
        'from captions or credits',
        'from bylines, datelines, pull-quotes',
        'pages not shown in reading order',
        'unbalanced quotes or brackets',
        'opening with a dateline',
      ],
      rows,
    ),
  );
  if (cases.length > 0) console.log(`\n${cases.join('\n')}`);
  if (unordered.length > 0) {
    const shown = unordered.slice(0, 10).join(', ');
    console.log(
      `\nNot in reading order (paragraph of each highlight, as listed): ${shown}${unordered.length > 10 ? `, and ${unordered.length - 10} more` : ''}`,
    );
  }
}

/** Related links per corpus (no gold there: how often, and no link back to the page itself). */
function relatedPerCorpus(pages: readonly AnalysedPage[]): void {
  const rows: (string | number)[][] = [];
  for (const corpus of CORPORA) {
    const analysed = pages.filter((p) => p.corpus === corpus && p.result.ok);
    let withLinks = 0;
    let links = 0;
    let toItself = 0;
    for (const page of analysed) {
      const result = page.result as Analysis;
      if (result.relatedLinks.length > 0) withLinks++;
      links += result.relatedLinks.length;
      const own = new Set([page.url, result.url].flatMap((a) => (a ? [pageKey(new URL(a, page.url))] : [])));
      toItself += result.relatedLinks.filter((link) => own.has(pageKey(new URL(link.url)))).length;
    }
    rows.push([corpus, analysed.length, withLinks, links, toItself]);
  }
  console.log('\nRelated links per corpus:\n');
  console.log(
    table(['corpus', 'pages analysed', 'pages with related links', 'links found', 'links back to the page'], rows),
  );
}

/** The fixtures that annotate related links: found against gold, and forbidden ones. */
function relatedOnFixtures(): void {
  const rows: (string | number)[][] = [];
  let expectedTotal = 0;
  let foundTotal = 0;
  let forbiddenTotal = 0;
  for (const fixture of loadFixtures()) {
    const gold = fixture.expected.relatedLinks;
    if (gold === undefined) continue;
    const result = analyze(parsePage(fixture.html), fixture.expected.url);
    const found = result.ok ? result.relatedLinks.map((link) => link.url) : [];
    const right = found.filter((url) => gold.includes(url)).length;
    const forbidden = found.filter((url) => (fixture.expected.forbiddenLinks ?? []).includes(url)).length;
    expectedTotal += gold.length;
    foundTotal += right;
    forbiddenTotal += forbidden;
    rows.push([fixture.name, gold.length, right, found.length - right, forbidden]);
  }
  rows.push(['**all**', expectedTotal, foundTotal, '', forbiddenTotal]);
  console.log('\nRelated links on the fixtures (gold in expected.json):\n');
  console.log(table(['fixture', 'gold links', 'found', 'other links found', 'forbidden links found'], rows));
}

/**
 * Highlights and related links: how long each step takes over the article-extraction
 * corpus (from analyze's own stage timings, best of three runs), then what they find on
 * both corpora, measured against the pages' markup, and on the fixtures against gold.
 */
export async function run(): Promise<void> {
  if (!hasBenchmarkCorpus()) {
    console.log(`Skipped: the article-extraction corpus is not at ${benchmarkCorpusDir()} (set SHARED_DIR).`);
    return;
  }
  const only = process.env.HIGHLIGHTS_BENCH;
  if (!only || only === 'timing') timings();
  if (!only || only === 'quality') {
    const pages = CORPORA.flatMap((corpus) => analysedCorpus(corpus));
    console.log('');
    highlightQuality(pages);
    relatedPerCorpus(pages);
    relatedOnFixtures();
  }
}

function timings(): void {
  const pages = loadBenchmarkCorpus();
  for (const page of pages.slice(0, 10)) analyze(parse(page.html), page.url);

  const highlightMs: number[] = [];
  const relatedMs: number[] = [];
  const highlightCounts: number[] = [];
  const linkCounts: number[] = [];
  for (const page of pages) {
    // Best of three for each step on its own: a garbage collection lands in one of them.
    let highlights = Infinity;
    let related = Infinity;
    let result = null;
    for (let round = 0; round < 3; round++) {
      const stages: Record<string, number> = {};
      result = analyze(parse(page.html), page.url, { timings: stages });
      highlights = Math.min(highlights, stages.highlights ?? Infinity);
      related = Math.min(related, stages.related ?? Infinity);
    }
    if (!result?.ok) continue;
    highlightMs.push(highlights);
    relatedMs.push(related);
    highlightCounts.push(result.highlights.length);
    linkCounts.push(result.relatedLinks.length);
  }

  const spread = (values: number[]) => [
    fixed(median(values), 2),
    fixed(quantile(values, 0.95), 2),
    fixed(Math.max(...values), 2),
  ];
  console.log(`${highlightCounts.length} pages analysed.\n`);
  console.log(
    table(
      ['step', 'median ms', 'p95 ms', 'max ms'],
      [
        ['findHighlights', ...spread(highlightMs)],
        ['findRelatedLinks', ...spread(relatedMs)],
      ],
    ),
  );
  const pagesWith = (counts: number[], test: (n: number) => boolean) => counts.filter(test).length;
  console.log(
    '\n' +
      table(
        ['found', 'pages'],
        [
          ['3-5 highlights', pagesWith(highlightCounts, (n) => n >= 3 && n <= 5)],
          ['fewer than 3 highlights', pagesWith(highlightCounts, (n) => n < 3)],
          ['related links', pagesWith(linkCounts, (n) => n > 0)],
          ['related links per page that has them (median)', fixed(median(linkCounts.filter((n) => n > 0)), 0)],
        ],
      ),
  );
}
