// The command's JSON output on both real-page corpora in ../shared, one file per corpus,
// for proving that a change moves only what it says: run it before and after, then diff.
//   npx tsx scripts/corpus-output.ts <out-dir>
// Each page goes through the command itself (runCli, as `npm run summarize -- --format
// json --url <address> <file>` runs it), with its original address so links resolve.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { benchmarkCorpusDir, hasBenchmarkCorpus, hasReadabilityPages, readabilityPagesDir } from '../bench/corpus';
import { runCli } from '../src/cli/run-cli';

const out = process.argv[2];
if (!out) {
  console.error('usage: npx tsx scripts/corpus-output.ts <out-dir>');
  process.exit(2);
}
if (!hasBenchmarkCorpus() || !hasReadabilityPages()) {
  console.error('The corpora are not in ../shared (set SHARED_DIR): nothing to compare.');
  process.exit(2);
}

async function commandOutput(file: string, url: string): Promise<string> {
  let text = '';
  await runCli(['--format', 'json', '--url', url, file], {
    stdout: (chunk) => (text += chunk),
    stderr: () => {},
    stdin: () => Promise.reject(new Error('no stdin here')),
  });
  return text;
}

const benchmark = benchmarkCorpusDir();
const truth = JSON.parse(readFileSync(join(benchmark, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
const corpora: { name: string; pages: { file: string; url: string }[] }[] = [
  {
    name: 'article-extraction-benchmark',
    pages: Object.keys(truth)
      .sort()
      .map((id) => ({ file: join(benchmark, 'html', `${id}.html.gz`), url: truth[id]!.url })),
  },
  {
    name: 'readability-test-pages',
    pages: readdirSync(readabilityPagesDir(), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
      .map((name) => ({
        file: join(readabilityPagesDir(), name, 'source.html'),
        url: 'http://fakehost/test/page.html',
      })),
  },
];

mkdirSync(resolve(out), { recursive: true });
for (const corpus of corpora) {
  let lines = '';
  // Paths relative to here, as a user would type them: the output does not depend on the clone's place.
  for (const page of corpus.pages) lines += await commandOutput(relative(process.cwd(), page.file), page.url);
  const file = join(resolve(out), `${corpus.name}.jsonl`);
  writeFileSync(file, lines);
  const digest = createHash('sha256').update(lines).digest('hex').slice(0, 16);
  console.log(`${corpus.name}: ${corpus.pages.length} pages, sha256 ${digest}… -> ${file}`);
}
