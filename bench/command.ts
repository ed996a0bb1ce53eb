// `npm run bench -- command`: the command as users run it (the built bin, on plain Node)
// against plain Readability + linkedom as a Node script (bench/plain-readability.mjs),
// each a process of its own timed from its start to its exit, output piped back:
//   (a) the 181 pages of the article-extraction benchmark in one process each;
//   (b) one page, end to end (process start, module loading, one page, exit).
// Issue 17's targets: (a) at most 1.3x, (b) at most 1.5x. The runs alternate between the
// sides, and each figure is the median of its runs, so that load on the (shared) machine
// falls on both alike; only the ratios are comparable between runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILT_COMMAND, buildCommand } from '../scripts/build-cli';
import { fixturesDir } from '../tests/unit/helpers/fixtures';
import { benchmarkCorpusDir, hasBenchmarkCorpus } from './corpus';
import { fixed, median, table } from './stats';

const PLAIN = join(import.meta.dirname, 'plain-readability.mjs');
const CPU_HOOK = pathToFileURL(join(import.meta.dirname, 'report-cpu.mjs')).href;
const CPU_REPORT = join(mkdtempSync(join(tmpdir(), 'bench-command-')), 'cpu-ms');
const TSX = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
const SOURCE = join(import.meta.dirname, '..', 'src', 'cli', 'main.ts');

interface Side {
  name: string;
  argv: (files: string[]) => [string, string[]];
}

const BUILT: Side = {
  name: 'the command, built (`node dist/news-essentials.mjs --format json`)',
  argv: (files) => [process.execPath, [BUILT_COMMAND, '--format', 'json', ...files]],
};
const READABILITY: Side = {
  name: 'plain Readability + linkedom (`node bench/plain-readability.mjs`)',
  argv: (files) => [process.execPath, [PLAIN, ...files]],
};
const THROUGH_TSX: Side = {
  name: 'the command from source (`tsx src/cli/main.ts --format json`, as `npm run summarize`)',
  argv: (files) => [TSX, [SOURCE, '--format', 'json', ...files]],
};

// COMMAND_BASELINE=<file.mjs> adds another build of the command (say, main's) as a row,
// so that a change's before and after are measured in the same run.
const BASELINE = process.env.COMMAND_BASELINE;
const BASELINE_SIDE: Side = {
  name: `the command, baseline build (\`node ${BASELINE}\`)`,
  argv: (files) => [process.execPath, [BASELINE!, '--format', 'json', ...files]],
};

interface Timing {
  /** From spawn to exit, its output read through a pipe. */
  wall: number;
  /** The process's own CPU time, its threads and GC included (bench/report-cpu.mjs). */
  cpu: number;
}

function timeProcess(side: Side, files: string[]): Timing {
  const [command, args] = side.argv(files);
  const env = { ...process.env, CPU_REPORT, NODE_OPTIONS: `--import=${CPU_HOOK}` };
  writeFileSync(CPU_REPORT, '');
  const started = performance.now();
  const run = spawnSync(command, args, { env, maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  const wall = performance.now() - started;
  if (run.status !== 0 || run.stdout.length === 0) {
    throw new Error(`${side.name} failed (${run.status}): ${String(run.stderr).slice(0, 500)}`);
  }
  const cpu = readFileSync(CPU_REPORT, 'utf8').trim().split('\n').map(Number);
  return { wall, cpu: cpu.reduce((a, b) => a + b, 0) };
}

/** Each side `rounds` times, in turn, and the medians of each. */
function medians(sides: Side[], files: string[], rounds: number): Timing[] {
  const times = sides.map((): Timing[] => []);
  for (let round = 0; round < rounds; round++) {
    // Every other round in reverse order, so neither side always runs after the other.
    const order = sides.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) times[i]!.push(timeProcess(sides[i]!, files));
  }
  return times.map((ts) => ({ wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)) }));
}

function print(title: string, sides: Side[], ms: Timing[], target: number, rounds: number): void {
  const floor = ms[1]!;
  const ratio = (t: Timing, key: keyof Timing) => `${fixed(t[key] / floor[key], 2)}x`;
  console.log(`### ${title} (median of ${rounds} runs each)\n`);
  console.log(
    table(
      ['process', 'wall ms', 'wall / plain', 'CPU ms', 'CPU / plain'],
      sides.map((side, i) => [
        side.name,
        fixed(ms[i]!.wall, 0),
        ratio(ms[i]!, 'wall'),
        fixed(ms[i]!.cpu, 0),
        ratio(ms[i]!, 'cpu'),
      ]),
    ),
  );
  console.log(
    `\nThe built command / plain Readability: **${ratio(ms[0]!, 'wall')}** wall, ${ratio(ms[0]!, 'cpu')} CPU ` +
      `(target at most ${target}x).\n`,
  );
}

export async function run(): Promise<void> {
  if (!hasBenchmarkCorpus()) {
    console.log(`Skipped: the article-extraction corpus is not at ${benchmarkCorpusDir()} (set SHARED_DIR).`);
    return;
  }
  // Always from the current source, so that the figures are this tree's.
  await buildCommand();
  const truth = JSON.parse(readFileSync(join(benchmarkCorpusDir(), 'ground-truth.json'), 'utf8')) as object;
  const corpus = Object.keys(truth)
    .sort()
    .map((id) => relative(process.cwd(), join(benchmarkCorpusDir(), 'html', `${id}.html.gz`)));
  const seed = relative(process.cwd(), join(fixturesDir, 'seed-article', 'page.html'));
  if (!existsSync(seed)) throw new Error(`no seed page at ${seed}`);
  const sides = [BUILT, READABILITY, ...(BASELINE ? [BASELINE_SIDE] : []), THROUGH_TSX];

  // Warm the file cache and the disk's copy of each program once before timing.
  for (const side of sides) timeProcess(side, [seed]);

  // tsx only on one page: what it adds is start-up, and a corpus run takes half a minute.
  const corpusRounds = 5;
  print(
    `(a) The ${corpus.length} benchmark pages in one process`,
    sides.slice(0, -1),
    medians(sides.slice(0, -1), corpus, corpusRounds),
    1.3,
    corpusRounds,
  );
  const pageRounds = 11;
  print(
    `(b) One page end to end (the seed page, ${fixed(readFileSync(seed).length / 1024, 0)} KB)`,
    sides,
    medians(sides, [seed], pageRounds),
    1.5,
    pageRounds,
  );
  console.log(
    'Each side is a process of its own timed from spawn to exit: Node starting, loading its modules, and for ' +
      'each page reading the file, gunzipping it, decoding it, parsing it and printing one JSON line. The ' +
      "command's line is the whole analysis (CONTRACT.md): the page parsed as a browser parses it (parse5), the " +
      "page furniture, related links, repeats, figures and highlights beside Readability. Plain Readability's " +
      "line is Readability's parse() of linkedom's own reading of the page, decoded as UTF-8. The tsx row is " +
      '`npm run summarize` without npm: the same source compiled as it loads. ' +
      'CPU time is the user and system time of the whole process (its GC and compiler threads too); wall time ' +
      "is what a user waits, and on a shared machine carries the others' load.",
  );
}
