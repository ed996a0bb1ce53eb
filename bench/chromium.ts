import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession } from '@playwright/test';
import {
  extensionDir,
  fixturePagesDir,
  profileWithPinned,
  unpackedExtensionId,
  whenPopupOpens,
} from '../tests/e2e/extension';
import { servePages, type PageServer } from '../tests/e2e/serve-pages';
import { hasBenchmarkCorpus, loadBenchmarkCorpus } from './corpus';
import { buildFloors } from './floors/build-floors';
import { fixed, median, quantile, table } from './stats';

// Clicks per extension: on the seed page (cold, then warm) and on corpus pages (one each).
const SEED_CLICKS = Number(process.env.BENCH_SEED_CLICKS ?? 8);
const WARM_CLICKS = 4;
const CORPUS_SAMPLE = Number(process.env.BENCH_CORPUS_PAGES ?? 22);

interface Contender {
  name: string;
  dir: string;
  id: string;
}

/** What one click measured, in ms from the click. */
interface Click {
  /** The title painted (ours) or the floor's one line. */
  header: number;
  /** Everything painted: the last element of the popup's article. */
  complete: number;
  /** The popup's document started (its timeOrigin). */
  popupStart: number;
  /** No service worker of any of the extensions ran when the click was made. */
  cold: boolean;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function targets(cdp: CDPSession): Promise<TargetInfo[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] })) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

const extensionWorkers = async (cdp: CDPSession) =>
  (await targets(cdp)).filter((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));

/**
 * Stops every extension service worker (closing its DevTools target ends it, as Chrome
 * does to an idle worker after 30 s) and answers whether none is left running: the proof
 * that the next click is cold.
 */
async function stopWorkers(cdp: CDPSession): Promise<boolean> {
  for (const worker of await extensionWorkers(cdp)) {
    await cdp.send('Target.closeTarget', { targetId: worker.targetId }).catch(() => undefined);
  }
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    if ((await extensionWorkers(cdp)).length === 0) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

// Installed in the popup: Element Timing entries by identifier (buffered, so paints before
// the bench attached count), the popup's start, whether it shows a problem instead.
const READ_PAINTS = `(() => {
  if (!window.__benchPaints) {
    const paints = (window.__benchPaints = {});
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) paints[e.identifier] ??= e.renderTime || e.loadTime;
    }).observe({ type: 'element', buffered: true });
  }
  const paints = window.__benchPaints;
  if (document.querySelector('[data-problem]')) return 'refused';
  if (paints['article-complete'] === undefined) return null;
  return { origin: performance.timeOrigin, paints };
})()`;

async function launch(
  contenders: Contender[],
  pinned: boolean,
): Promise<{ context: BrowserContext; cdp: CDPSession; profile: string }> {
  const profile = profileWithPinned(pinned ? contenders.map((c) => c.id) : []);
  const dirs = contenders.map((c) => c.dir).join(',');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${dirs}`,
      `--load-extension=${dirs}`,
      '--enable-unsafe-extension-debugging',
      '--disable-quic',
    ],
  });
  // The corpus pages' images and styles would reach for the internet: only 127.0.0.1 answers.
  await context.route(/^https?:/, (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  const cdp = await context.browser()!.newBrowserCDPSession();
  return { context, cdp, profile };
}

async function clickOnce(
  context: BrowserContext,
  cdp: CDPSession,
  contender: Contender,
  url: string,
  cold: boolean,
): Promise<Click | null> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const noWorker = cold ? await stopWorkers(cdp) : false;
  const tab = (await targets(cdp)).find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${url}`);
  let clickedAt = 0;
  const popup = await whenPopupOpens(cdp, contender.id, async () => {
    clickedAt = Date.now();
    await cdp.send('Extensions.triggerAction', { id: contender.id, targetId: tab.targetId });
  });
  const answer = await popup.waitFor<'refused' | { origin: number; paints: Record<string, number> }>(
    READ_PAINTS,
    30_000,
  );
  await popup.detach();
  await cdp.send('Target.closeTarget', { targetId: popup.targetId }).catch(() => undefined);
  await page.close();
  if (answer === 'refused') return null;
  const fromClick = (t: number | undefined) => (t === undefined ? NaN : answer.origin + t - clickedAt);
  const complete = fromClick(answer.paints['article-complete']);
  return {
    header: answer.paints['article-header'] === undefined ? complete : fromClick(answer.paints['article-header']),
    complete,
    popupStart: answer.origin - clickedAt,
    cold: noWorker,
  };
}

interface PageToClick {
  label: string;
  url: string;
}

function corpusPages(server: PageServer): PageToClick[] {
  if (!hasBenchmarkCorpus()) return [];
  const pages = loadBenchmarkCorpus();
  const step = Math.max(1, Math.floor(pages.length / CORPUS_SAMPLE));
  return pages
    .filter((_, i) => i % step === 0)
    .slice(0, CORPUS_SAMPLE)
    .map((page) => {
      // Scripts are removed so the pages cannot reach the network from the test machine.
      server.route(`/corpus/${page.id}.html`, page.html.replace(/<script\b[\s\S]*?<\/script>/gi, ''));
      return { label: page.id, url: `${server.origin}/corpus/${page.id}.html` };
    });
}

/**
 * Time from the toolbar click (Extensions.triggerAction, the real click's grant) to the
 * popup's article painted (Element Timing), with every extension service worker stopped
 * before each click, in Debian's Chromium, icon pinned and not, on the seed page and a
 * sample of the corpus served from 127.0.0.1. Floors measured in the same browser, click
 * for click: a static popup, one showing document.title, one injecting Readability on a
 * clone and showing its text. BENCH_BASELINE=<built extension dir> adds another build
 * (e.g. main's) to compare with in the same run.
 */
export async function run(): Promise<void> {
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executable) || !existsSync(join(extensionDir, 'manifest.json'))) {
    console.log(`Skipped: needs ${executable} and a build (npm run build).`);
    return;
  }
  const floorsRoot = mkdtempSync(join(tmpdir(), 'ne-floors-'));
  const contenders: Contender[] = [{ name: 'ours', dir: extensionDir, id: '' }];
  if (process.env.BENCH_BASELINE)
    contenders.push({ name: 'baseline', dir: resolve(process.env.BENCH_BASELINE), id: '' });
  for (const floor of await buildFloors(floorsRoot)) contenders.push({ ...floor, id: '' });
  for (const c of contenders) c.id = unpackedExtensionId(c.dir);
  const readabilityFloor = contenders.find((c) => c.name.includes('Readability'))!;
  const staticFloor = contenders.find((c) => c.name.includes('static'))!;

  const server = await servePages(fixturePagesDir);
  const seed: PageToClick = { label: 'seed', url: server.pageUrl('seed-article') };
  const corpus = corpusPages(server);
  if (corpus.length === 0) console.log('The article-extraction corpus is missing: only the seed page is timed.');

  for (const pinned of [true, false]) {
    const { context, cdp, profile } = await launch(contenders, pinned);
    // Each contender's clicks, by page set; clicks take turns so that noise hits all alike.
    const seedCold = new Map<Contender, Click[]>();
    const seedWarm = new Map<Contender, Click[]>();
    const corpusCold = new Map<Contender, (Click | null)[]>();
    for (const c of contenders) {
      seedCold.set(c, []);
      seedWarm.set(c, []);
      corpusCold.set(c, []);
    }
    const rotate = (i: number) => contenders.map((_, j) => contenders[(i + j) % contenders.length]!);
    // One click each first, not timed: the first launch of each popup fills caches a reader's browser has.
    for (const c of contenders) await clickOnce(context, cdp, c, seed.url, true);
    for (let i = 0; i < SEED_CLICKS; i++) {
      for (const c of rotate(i)) {
        const click = await clickOnce(context, cdp, c, seed.url, true);
        if (click) seedCold.get(c)!.push(click);
      }
    }
    for (const c of contenders) {
      for (let i = 0; i < WARM_CLICKS; i++) {
        const click = await clickOnce(context, cdp, c, seed.url, false);
        if (click) seedWarm.get(c)!.push(click);
      }
    }
    for (const [i, page] of corpus.entries()) {
      for (const c of rotate(i)) corpusCold.get(c)!.push(await clickOnce(context, cdp, c, page.url, true));
    }
    await context.close();
    rmSync(profile, { recursive: true, force: true });

    const state = pinned ? 'icon pinned' : 'icon not pinned';
    const coldProof = [...seedCold.values(), ...[...corpusCold.values()].map((xs) => xs.filter((x) => x !== null))]
      .flat()
      .reduce((acc, x) => [acc[0]! + (x.cold ? 1 : 0), acc[1]! + 1], [0, 0]);
    console.log(
      `\n### Click → painted, ${state} (ms from the click; median, p95)\n\n` +
        `Cold: before ${coldProof[0]} of ${coldProof[1]} cold clicks no extension service worker was running (all stopped, none left).\n`,
    );
    const rows: (string | number)[][] = [];
    const describe = (set: string, clicks: Map<Contender, Click[]>) => {
      const base = median(clicks.get(readabilityFloor)!.map((x) => x.complete));
      const staticBase = median(clicks.get(staticFloor)!.map((x) => x.complete));
      for (const c of contenders) {
        const xs = clicks.get(c)!;
        const complete = xs.map((x) => x.complete);
        rows.push([
          `${set}: ${c.name}`,
          xs.length,
          fixed(median(xs.map((x) => x.popupStart))),
          fixed(median(xs.map((x) => x.header))),
          `${fixed(median(complete))}, ${fixed(quantile(complete, 0.95))}`,
          fixed(median(complete) / base, 2),
          fixed(median(xs.map((x) => x.header)) / base, 2),
          fixed(median(complete) / staticBase, 2),
        ]);
      }
    };
    describe(`seed, cold`, seedCold);
    describe(`seed, **warm** (worker running, back to back)`, seedWarm);
    if (corpus.length > 0) {
      // Pages every contender painted (ours may refuse a page the floors show).
      const painted = corpus.map((_, i) => contenders.every((c) => corpusCold.get(c)![i] !== null));
      const kept = new Map<Contender, Click[]>();
      for (const c of contenders) kept.set(c, corpusCold.get(c)!.filter((_, i) => painted[i]) as Click[]);
      describe(`corpus ${painted.filter(Boolean).length} of ${corpus.length} pages, cold`, kept);
      // The ratio page by page, which a few slow pages cannot sway.
      const perPage = (c: Contender) =>
        median(kept.get(c)!.map((x, i) => x.complete / kept.get(readabilityFloor)![i]!.complete));
      console.log(
        `Corpus, median of per-page ratios complete / Readability floor: ` +
          contenders.map((c) => `${c.name} ${fixed(perPage(c), 2)}`).join(', ') +
          '\n',
      );
    }
    console.log(
      table(
        [
          'clicks on',
          'n',
          'popup start',
          'header painted',
          'complete painted (median, p95)',
          'complete / Readability floor',
          'header / Readability floor',
          'complete / static floor',
        ],
        rows,
      ),
    );
  }
  await server.close();
  rmSync(floorsRoot, { recursive: true, force: true });
}
