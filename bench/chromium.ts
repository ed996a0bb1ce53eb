import { existsSync } from 'node:fs';
import { clickToolbarButton, fixturePagesDir, launchWithExtension } from '../tests/e2e/extension';
import { servePages } from '../tests/e2e/serve-pages';
import { hasBenchmarkCorpus, loadBenchmarkCorpus } from './corpus';
import { fixed, median, quantile, table } from './stats';

const CLICKS_ON_SEED = 20;
const CORPUS_SAMPLE = 30;

/**
 * Time from the popup's start (its performance.now() origin) to the article shown, over
 * real toolbar clicks in Debian's Chromium on pages served from 127.0.0.1.
 */
export async function run(): Promise<void> {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium) || !existsSync('.output/chrome-mv3/manifest.json')) {
    console.log(`Skipped: needs ${chromium} and a build (npm run build).`);
    return;
  }
  const server = await servePages(fixturePagesDir);
  const { context, extensionId } = await launchWithExtension();
  const cdp = await context.browser()!.newBrowserCDPSession();

  // The popup's own marks (src/popup/start-popup.ts), in milliseconds from its start.
  const MARKS = ['tab-known', 'script-ready', 'analysis-received', 'article-shown'] as const;
  type Marks = Record<(typeof MARKS)[number], number>;

  async function timeClick(url: string): Promise<Marks | null> {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const popup = await clickToolbarButton(cdp, extensionId, page);
    const marks = await popup.waitFor<Marks | 'refused'>(
      `performance.getEntriesByName('article-shown').length
        ? Object.fromEntries(${JSON.stringify(MARKS)}.map((m) => [m, performance.getEntriesByName(m)[0].startTime]))
        : document.querySelector('[data-problem]') ? 'refused' : null`,
      30_000,
    );
    await popup.detach();
    await page.close();
    return marks === 'refused' ? null : marks;
  }

  const rows: (string | number)[][] = [];
  const addRows = (name: string, runs: Marks[]) => {
    const row = (label: string, xs: number[]) =>
      rows.push([
        `${name}: ${label}`,
        runs.length,
        fixed(median(xs)),
        fixed(quantile(xs, 0.95)),
        fixed(Math.max(...xs)),
      ]);
    MARKS.forEach((mark, i) => {
      const previous = MARKS[i - 1];
      row(
        `${previous ?? 'popup start'} → ${mark}`,
        runs.map((r) => r[mark] - (previous ? r[previous] : 0)),
      );
    });
    row(
      '**popup start → article shown**',
      runs.map((r) => r['article-shown']),
    );
  };

  const seed: Marks[] = [];
  for (let i = 0; i < CLICKS_ON_SEED; i++) {
    const marks = await timeClick(server.pageUrl('seed-article'));
    if (marks) seed.push(marks);
  }
  addRows('seed article', seed);

  if (hasBenchmarkCorpus()) {
    const pages = loadBenchmarkCorpus();
    const step = Math.max(1, Math.floor(pages.length / CORPUS_SAMPLE));
    const sample = pages.filter((_, i) => i % step === 0).slice(0, CORPUS_SAMPLE);
    const times: Marks[] = [];
    let refused = 0;
    for (const page of sample) {
      // Scripts are removed so the pages cannot reach the network from the test machine.
      server.route(`/corpus/${page.id}.html`, page.html.replace(/<script\b[\s\S]*?<\/script>/gi, ''));
      const marks = await timeClick(`${server.origin}/corpus/${page.id}.html`);
      if (marks) times.push(marks);
      else refused++;
    }
    addRows(`corpus sample of ${sample.length} (${refused} refused)`, times);
  } else {
    console.log('The article-extraction corpus is missing: only the seed page is timed.');
  }

  await context.close();
  await server.close();
  console.log(`### Popup start to article shown, real toolbar clicks in Chromium (ms)\n`);
  console.log(table(['pages', 'clicks', 'median', 'p95', 'max'], rows));
}
