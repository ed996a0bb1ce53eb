import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { servePages } from '../tests/e2e/serve-pages';
import { benchmarkCorpusDir, hasBenchmarkCorpus, loadBenchmarkCorpus } from './corpus';
import { buildInPageScript } from './in-page/build-script';
import type { Measure } from './in-page/entry';
import { fixed, median, quantile, sum, table } from './stats';

const ROUNDS = 3;

/**
 * The analysis against plain Readability in Chromium, on the same live DOM: the core
 * and Readability are bundled into each corpus page (scripts removed) and timed there,
 * best of three runs each. Readability is given a clone, as a browser must.
 */
export async function run(): Promise<void> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.log(`Skipped: no Chromium at ${executablePath}.`);
    return;
  }
  if (!hasBenchmarkCorpus()) {
    console.log(`Skipped: the article-extraction corpus is not at ${benchmarkCorpusDir()} (set SHARED_DIR).`);
    return;
  }
  const script = await buildInPageScript();
  const pages = loadBenchmarkCorpus();
  const server = await servePages('tests/fixtures/pages');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--disable-quic'] });
  const page = await browser.newPage();
  const rows: Measure[] = [];
  for (const corpusPage of pages) {
    const path = `/corpus/${corpusPage.id}.html`;
    server.route(path, corpusPage.html.replace(/<script\b[\s\S]*?<\/script>/gi, ''));
    // Blocks every request but the page itself: the corpus pages' images and styles
    // would otherwise reach for the internet.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
    );
    await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: script });
    const result = await page.evaluate(
      (rounds) =>
        (
          globalThis as unknown as {
            newsEssentialsBench: { measure(r: number): Measure };
          }
        ).newsEssentialsBench.measure(rounds),
      ROUNDS,
    );
    if (result.ok) rows.push(result);
    await page.unroute('**/*');
  }
  await browser.close();
  await server.close();

  const analysis = rows.map((r) => r.analysis);
  const readability = rows.map((r) => r.readability);
  const ratios = rows.map((r) => r.analysis / r.readability);
  const stat = (name: string, xs: number[]) => [
    name,
    fixed(median(xs), 2),
    fixed(quantile(xs, 0.95), 2),
    fixed(Math.max(...xs), 2),
  ];
  console.log(`### In Chromium, on the live page DOM (${rows.length} corpus pages, ms, best of ${ROUNDS})\n`);
  const stages = [...new Set(rows.flatMap((r) => Object.keys(r.stages)))];
  console.log(
    table(
      ['', 'median', 'p95', 'max'],
      [
        stat('plain Readability on a clone', readability),
        stat('**whole analysis**', analysis),
        ...stages.map((name) =>
          stat(
            `  stage: ${name}`,
            rows.map((r) => r.stages[name] ?? 0),
          ),
        ),
        stat('ratio per page', ratios),
      ],
    ),
  );
  console.log(`\nWhole analysis / plain Readability: ${fixed(sum(analysis) / sum(readability), 2)}x in total.`);
  console.log(
    `\nHow the ratio is measured (issue #2's target is 1.3x): in each page, the best of ${ROUNDS} runs of each ` +
      `side on the same live DOM, alternating; the ratio in total is the sum of the whole analysis over the sum ` +
      `of plain Readability, "ratio per page" each page's own. "Whole analysis" is readPage (size check, ` +
      `metadata, numbered clone, Readability, related links, judgement, repeats) then completeAnalysis (figures, ` +
      `highlights), as the extension runs them, without the pauses between stages. "Plain Readability" is new ` +
      `Readability(document.cloneNode(true)).parse(): the clone included, as a browser must give it one.`,
  );
}
