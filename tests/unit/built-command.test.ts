import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCommand } from '../../scripts/build-cli';
import { fixturesDir } from './helpers/fixtures';
import { runCommand } from './helpers/run-command';

// The command as users run it (package.json's bin): one bundled JavaScript file on plain
// Node. Built into a folder outside the project, so that nothing it needs can come from
// node_modules, and run with `node` alone (no tsx, no loader): it must print exactly
// what the TypeScript source prints, byte for byte, on every fixture page.
const exec = promisify(execFile);
const pages = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => relative(process.cwd(), join(fixturesDir, entry.name, 'page.html')))
  .sort();

let bin = '';
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'built-command-'));
  bin = join(dir, 'news-essentials.mjs');
  await buildCommand(bin);
});

const fromSource = runCommand;

async function fromBundle(argv: string[], stdin?: Uint8Array) {
  // A clean environment: no NODE_OPTIONS (tsx registers itself there) and no PATH to npx.
  const child = exec(process.execPath, [bin, ...argv], {
    env: { TZ: 'UTC', LANG: 'en_US.UTF-8' },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (stdin) child.child.stdin!.end(stdin);
  else child.child.stdin!.end();
  return child.then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

describe('the built command (dist/news-essentials.mjs)', () => {
  test.each(['json', 'md', 'text'])(
    `prints what the source prints on the ${pages.length} fixture pages, --format %s`,
    async (format) => {
      const argv = ['--format', format, ...pages];
      const [bundle, source] = await Promise.all([fromBundle(argv), fromSource(argv)]);
      expect(source.stdout.length).toBeGreaterThan(10_000);
      expect(bundle).toEqual(source);
    },
  );

  test('reads standard input and a gzipped file, and says why an input failed', async () => {
    const seed = readFileSync(join(fixturesDir, 'seed-article', 'page.html'));
    const dir = mkdtempSync(join(tmpdir(), 'built-command-'));
    const gz = join(dir, 'seed.html.gz');
    writeFileSync(gz, gzipSync(seed));
    const argv = ['--format', 'json', '--', '-', gz, join(dir, 'missing.html')];
    const [bundle, source] = await Promise.all([fromBundle(argv, seed), fromSource(argv, seed)]);
    expect(bundle.code).toBe(1);
    expect(bundle).toEqual(source);
  });

  test('bad usage and --help', async () => {
    for (const argv of [['--format', 'xml', 'x.html'], ['--help']]) {
      expect(await fromBundle(argv)).toEqual(await fromSource(argv));
    }
  });

  test('is the bin of package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin).toEqual({ 'news-essentials': 'dist/news-essentials.mjs' });
  });
});
