import { parseHTML } from 'linkedom';
import { analyze } from '../src/core/analyze';
import { benchmarkCorpusDir, hasBenchmarkCorpus, loadBenchmarkCorpus } from './corpus';
import { fixed, median, quantile, table } from './stats';

const parse = (html: string) => parseHTML(html).document as unknown as Document;

/**
 * Highlights and related links over the article-extraction corpus: how long each step
 * takes (from analyze's own stage timings, best of three runs) and what it finds. The corpus
 * has no gold for either, so the counts say how often, not how well.
 */
export async function run(): Promise<void> {
  if (!hasBenchmarkCorpus()) {
    console.log(`Skipped: the article-extraction corpus is not at ${benchmarkCorpusDir()} (set SHARED_DIR).`);
    return;
  }
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
