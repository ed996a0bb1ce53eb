import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { fixturesDir } from './helpers/fixtures';
import { runCommand } from './helpers/run-command';

const seed = join(fixturesDir, 'seed-article', 'page.html');
const sectionFront = join(fixturesDir, 'section-front', 'page.html');
const seedTitle = 'Alibaba’s $53B Investment to Lead AI and Cloud Computing Innovations';

const run = runCommand;

const jsonLines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('--format json', () => {
  test('prints one contract-shaped line per input, in input order', async () => {
    const { code, stdout } = await run(['--format', 'json', seed, sectionFront]);
    // The section front is analysed, with a doubt (issue 12: NOT_AN_ARTICLE only where there is nothing to read).
    expect(code).toBe(0);
    const [article, front] = jsonLines(stdout);
    expect(article).toMatchObject({ source: seed, ok: true, title: seedTitle, siteName: 'The Example News' });
    for (const key of ['byline', 'lang']) expect(article).toHaveProperty(key);
    expect(article!.wordCount).toBeGreaterThan(650); // the article body alone: teasers and sign-up box left out
    expect(article!.wordCount).toBeLessThan(800);
    for (const key of ['figures', 'highlights', 'relatedLinks', 'paragraphs']) {
      expect(Array.isArray(article![key])).toBe(true);
    }
    const paragraphs = article!.paragraphs as { index: number; text: string; duplicateOf: number | null }[];
    paragraphs.forEach((p, i) => expect(p).toMatchObject({ index: i, text: expect.any(String) }));
    expect(article!.text).toBe(paragraphs.map((p) => p.text).join('\n\n'));
    expect(front).toMatchObject({
      source: sectionFront,
      ok: true,
      doubt: { reason: 'listing', message: expect.any(String) },
    });
  });

  test('a missing file is a clear error, exit 1, and the other inputs are still analysed', async () => {
    const { code, stdout } = await run(['--format=json', 'does-not-exist.html', seed]);
    expect(code).toBe(1);
    const [missing, article] = jsonLines(stdout);
    expect(missing).toEqual({
      source: 'does-not-exist.html',
      ok: false,
      error: { code: 'UNREADABLE_INPUT', message: 'cannot read does-not-exist.html: no such file' },
    });
    expect(article).toMatchObject({ ok: true, title: seedTitle });
  });

  test('reads a gzipped page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summarize-'));
    const gz = join(dir, 'seed.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(seed)));
    const { code, stdout } = await run(['--format', 'json', gz]);
    expect(code).toBe(0);
    expect(jsonLines(stdout)[0]).toMatchObject({ source: gz, ok: true, title: seedTitle });
  });

  test('reads standard input', async () => {
    const { code, stdout } = await run(['--format', 'json', '-'], readFileSync(seed));
    expect(code).toBe(0);
    expect(jsonLines(stdout)[0]).toMatchObject({ source: '-', ok: true, title: seedTitle });
  });

  test('--url is the address relative links resolve against', async () => {
    const html =
      `<html><head><title>Bare page</title></head><body><article>${'<p>Plenty of words in this paragraph, enough to make a short article for the reader. '.repeat(3)}</p>`.repeat(
        4,
      );
    const { stdout } = await run(
      ['--format', 'json', '--url', 'https://news.example.org/a/b.html', '-'],
      new TextEncoder().encode(html),
    );
    expect(jsonLines(stdout)[0]).toMatchObject({ url: 'https://news.example.org/a/b.html' });
  });
});

describe('human formats', () => {
  test('text (the default) gives title, source and length', async () => {
    const { code, stdout } = await run([seed]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(seedTitle);
    expect(stdout).toMatch(/The Example News \| by Marcus Ellery .*\d+ words, \d+ min read/);
  });

  test('md gives a Markdown summary headed by the title and the source link', async () => {
    const { code, stdout } = await run(['--format', 'md', seed]);
    expect(code).toBe(0);
    expect(
      stdout.startsWith(
        `# ${seedTitle}\n\nSource: [The Example News](<https://www.example-news.com/technology/cloud/alibaba-53b-investment-ai-cloud-computing>)\n`,
      ),
    ).toBe(true);
  });

  test('a failed input is reported on stderr, not mixed into the summary', async () => {
    const empty = join(mkdtempSync(join(tmpdir(), 'cli-')), 'empty.html');
    writeFileSync(empty, '<!doctype html><title>Nothing here</title><body></body>');
    const { code, stdout, stderr } = await run([empty]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^.*empty\.html: NOT_AN_ARTICLE: .+\n$/);
  });

  test('several inputs are told apart by a header line', async () => {
    const { stdout } = await run([seed, seed]);
    expect(stdout.match(/^== .*seed-article\/page\.html ==$/gm)).toHaveLength(2);
  });
});

describe('bad usage exits 2 with a reason', () => {
  test.each([
    ['no input', [], 'no input given'],
    ['an unknown option', ['--fast', seed], 'unknown option --fast'],
    ['an unknown format', ['--format', 'xml', seed], 'unknown format "xml"'],
    ['a format without value', ['--format'], '--format needs a value'],
    ['--url with two inputs', ['--url', 'https://example.org/', seed, seed], '--url applies to one input only'],
    ['--url that is not http(s)', ['--url', 'javascript:alert(1)', seed], '--url needs an http(s) address'],
    ['standard input twice', ['-', '-'], 'standard input can be read once only'],
  ])('%s', async (_name, argv, reason) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(reason);
    expect(stderr).toContain('Usage: news-essentials [options]');
  });

  test('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--format json|md|text');
  });
});

describe('npm run summarize (the real process)', () => {
  const exec = promisify(execFile);

  test('runs the command with its exit status, reading standard input', async () => {
    const child = exec('npm', ['run', '--silent', 'summarize', '--', '--format', 'json', '-', 'missing.html']);
    child.child.stdin!.end(readFileSync(seed));
    const failure = await child.then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const lines = jsonLines(failure!.stdout);
    expect(lines.map((l) => [l.source, l.ok])).toEqual([
      ['-', true],
      ['missing.html', false],
    ]);
  });
});
