import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type CDPSession } from '@playwright/test';
import { clickToolbarButton, fixturePagesDir, launchWithExtension } from '../tests/e2e/extension';
import { servePages, type PageServer } from '../tests/e2e/serve-pages';
import { longestFreeze, resetFreezeWatch, withFreezeWatch } from '../tests/e2e/watch-freezes';
import { buildInPageScript } from './in-page/build-script';
import { HUGE_CASES } from './huge-cases';
import type { SingleRun } from './in-page/entry';
import { fixed, table } from './stats';

// Issue #6: time and memory on a 20 MB page, a 10,000-level nest and the longest page the
// limits accept (src/core/page-limits.ts), in Node (the command's path: linkedom, then
// the analysis) and in Chromium (the core on the live DOM, then the real toolbar click).

interface NodeRun {
  bytes: number;
  answer: string;
  parseMs: number;
  analysisMs: number;
  peakRssBefore: number;
  peakRss: number;
  heapBefore: number;
  heapAfter: number;
  heapTotal: number;
}

const mb = (value: number) => fixed(value, 0);

function runNode(): void {
  const rows = HUGE_CASES.map((pageCase, i) => {
    // Each case in a process of its own: the peak is that case's alone.
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/huge-node-case.ts', String(i)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      return [pageCase.name, `failed: ${child.stderr.trim().split('\n')[0] ?? child.status}`, '', '', '', '', ''];
    }
    const run = JSON.parse(line) as NodeRun;
    return [
      pageCase.name,
      run.answer,
      fixed(run.parseMs, 0),
      fixed(run.analysisMs, 0),
      `${mb(run.peakRssBefore)} → ${mb(run.peakRss)}`,
      `${mb(run.heapBefore)} → ${mb(run.heapAfter)}`,
      mb(run.heapTotal),
    ];
  });
  console.log('### In Node (linkedom, as the command reads a page)\n');
  console.log(
    table(
      [
        'page',
        'answer',
        'parse ms',
        'analysis ms',
        'peak RSS MB (page made → analysed)',
        'JS heap used MB (before → after)',
        'JS heap total MB after',
      ],
      rows,
    ),
  );
}

/** Peak resident memory (VmHWM) of the largest renderer process, in MB: the page's. */
async function rendererPeakRss(browserCdp: CDPSession): Promise<number> {
  const { processInfo } = (await browserCdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  const peaks = processInfo
    .filter((p) => p.type === 'renderer')
    .map((p) => {
      try {
        const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
        return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      } catch {
        return 0;
      }
    });
  return Math.max(0, ...peaks);
}

async function runChromiumCore(server: PageServer, executablePath: string): Promise<void> {
  const script = await buildInPageScript();
  const rows: string[][] = [];
  for (const [i, pageCase] of HUGE_CASES.entries()) {
    // A browser per case, so that each renderer's peak is that page's alone.
    const browser = await chromium.launch({ executablePath, headless: true, args: ['--disable-quic'] });
    const browserCdp = await browser.newBrowserCDPSession();
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) / 1024 / 1024;
      return { used: value('JSHeapUsedSize'), total: value('JSHeapTotalSize') };
    };
    server.route(`/huge/${i}.html`, pageCase.html());
    const started = performance.now();
    await page.goto(`${server.origin}/huge/${i}.html`, { waitUntil: 'load', timeout: 120_000 });
    const loadMs = performance.now() - started;
    await page.addScriptTag({ content: script });
    const before = { heap: await heap(), rss: await rendererPeakRss(browserCdp) };
    const run = await page.evaluate(() =>
      (
        globalThis as unknown as { newsEssentialsBench: { analyseOnce(): SingleRun } }
      ).newsEssentialsBench.analyseOnce(),
    );
    const after = { heap: await heap(), rss: await rendererPeakRss(browserCdp) };
    rows.push([
      pageCase.name,
      run.answer,
      fixed(loadMs, 0),
      fixed(run.ms, 0),
      `${mb(before.rss)} → ${mb(after.rss)}`,
      `${mb(before.heap.used)} → ${mb(after.heap.used)}`,
      `${mb(before.heap.total)} → ${mb(after.heap.total)}`,
    ]);
    await browser.close();
  }
  console.log('\n### In Chromium, the core on the live page (one run, in one task)\n');
  console.log(
    table(
      [
        'page',
        'answer',
        'page load ms',
        'analysis ms',
        'renderer peak RSS MB (loaded → analysed)',
        'JS heap used MB',
        'JS heap total MB',
      ],
      rows,
    ),
  );
}

async function runExtension(server: PageServer): Promise<void> {
  if (!existsSync('.output/chrome-mv3/manifest.json')) {
    console.log('\nThe toolbar click is skipped: no build (npm run build).');
    return;
  }
  const { context, extensionId } = await launchWithExtension();
  const cdp = await context.browser()!.newBrowserCDPSession();
  const rows: string[][] = [];
  for (const [i, pageCase] of HUGE_CASES.entries()) {
    server.route(`/huge-click/${i}.html`, withFreezeWatch(pageCase.html()));
    const page = await context.newPage();
    await page.goto(`${server.origin}/huge-click/${i}.html`, { waitUntil: 'load', timeout: 120_000 });
    await resetFreezeWatch(page);
    const started = performance.now();
    const popup = await clickToolbarButton(cdp, extensionId, page);
    const answer = await popup.waitFor<string>(
      `document.querySelector('[data-problem]')?.dataset.problem ?? (document.querySelector('.article-title') && 'article')`,
      120_000,
    );
    const ms = performance.now() - started;
    const gap = await longestFreeze(page);
    rows.push([pageCase.name, answer, fixed(ms, 0), fixed(gap, 0)]);
    await popup.detach();
    await page.close();
  }
  await context.close();
  console.log('\n### Real toolbar click in Chromium (the staged reading, the tab kept responsive)\n');
  console.log(table(['page', 'popup shows', 'click → answer ms', 'longest freeze of the tab ms'], rows));
}

export async function run(): Promise<void> {
  runNode();
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.log(`\nChromium is skipped: none at ${executablePath}.`);
    return;
  }
  const server = await servePages(fixturePagesDir);
  try {
    await runChromiumCore(server, executablePath);
    await runExtension(server);
  } finally {
    await server.close();
  }
}
