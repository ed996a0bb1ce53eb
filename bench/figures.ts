import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { analyze } from '../src/core/analyze';
import { findFigures } from '../src/core/figures/find-figures';
import { benchmarkCorpusDir, hasBenchmarkCorpus, loadBenchmarkCorpus } from './corpus';
import { fixed, median, quantile, sum, table } from './stats';

const parse = (html: string) => parseHTML(html).document as unknown as Document;

/** Minified and gzipped size of a module with everything it imports, as the bundler would ship it. */
async function bundleSize(entry: string): Promise<{ minified: number; gzip: number }> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, write: false, format: 'esm' });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Figure time per page on the corpus (findFigures alone) and the recogniser's size. */
export async function run(): Promise<void> {
  const sizes = [
    ['findFigures (recogniser, labels, ranking)', 'src/core/figures/find-figures.ts'],
    ['formatQuantity (popup)', 'src/core/figures/format-quantity.ts'],
    ['TextRevealer (content script)', 'src/page/reveal-text.ts'],
  ] as const;
  const rows: (string | number)[][] = [];
  for (const [name, entry] of sizes) {
    const size = await bundleSize(entry);
    rows.push([name, kb(size.minified), kb(size.gzip)]);
  }
  console.log('### Size (esbuild bundle, minified, KB)\n');
  console.log(table(['module', 'minified', 'gzip'], rows));

  if (!hasBenchmarkCorpus()) {
    console.log(
      `\nFigure timing skipped: the article-extraction corpus is not at ${benchmarkCorpusDir()} (set SHARED_DIR).`,
    );
    return;
  }
  const times: number[] = [];
  const counts: number[] = [];
  for (const page of loadBenchmarkCorpus()) {
    const result = analyze(parse(page.html), page.url);
    if (!result.ok) continue;
    const input = { title: result.title, paragraphs: result.paragraphs };
    findFigures(input); // warm up this page's code paths
    let best = Infinity;
    for (let round = 0; round < 3; round++) {
      const start = performance.now();
      findFigures(input);
      best = Math.min(best, performance.now() - start);
    }
    times.push(best);
    counts.push(result.figures.length);
  }
  console.log(`\n### Figure time per page (findFigures only, best of 3, ms; ${times.length} articles)\n`);
  console.log(
    table(
      ['median', 'p95', 'max', 'total', 'figures per page (median)', 'pages with figures'],
      [
        [
          fixed(median(times), 2),
          fixed(quantile(times, 0.95), 2),
          fixed(Math.max(...times), 2),
          fixed(sum(times), 0),
          median(counts),
          counts.filter((n) => n > 0).length,
        ],
      ],
    ),
  );
}
