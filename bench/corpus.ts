import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The shared data folder: SHARED_DIR when set, else ../shared beside the project. The
 * large corpora live there and are never copied into the repository.
 */
export function sharedDir(): string {
  return resolve(process.env.SHARED_DIR ?? join(projectRoot, '..', 'shared'));
}

export const benchmarkCorpusDir = () => join(sharedDir(), 'corpus', 'article-extraction-benchmark');
export const readabilityPagesDir = () => join(sharedDir(), 'corpus', 'readability-test-pages');

export interface BenchmarkPage {
  id: string;
  url: string;
  html: string;
  articleBody: string;
}

export function hasBenchmarkCorpus(): boolean {
  return existsSync(join(benchmarkCorpusDir(), 'ground-truth.json'));
}

/** The 181 pages of the article-extraction benchmark with their ground truth. */
export function loadBenchmarkCorpus(limit = Infinity): BenchmarkPage[] {
  const dir = benchmarkCorpusDir();
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .slice(0, limit)
    .map(([id, record]) => ({
      id,
      url: record.url,
      articleBody: record.articleBody,
      html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    }));
}

export interface ReadabilityCase {
  name: string;
  source: string;
  expectedHtml: string;
  metadata: {
    title: string | null;
    byline: string | null;
    readerable: boolean;
    lang?: string | null;
    siteName: string | null;
    publishedTime: string | null;
  };
}

export function hasReadabilityPages(): boolean {
  return existsSync(readabilityPagesDir());
}

/** Readability's own test pages: source, expected content and expected metadata. */
export function loadReadabilityPages(): ReadabilityCase[] {
  const dir = readabilityPagesDir();
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      source: readFileSync(join(dir, name, 'source.html'), 'utf8'),
      expectedHtml: readFileSync(join(dir, name, 'expected.html'), 'utf8'),
      metadata: JSON.parse(
        readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8'),
      ) as ReadabilityCase['metadata'],
    }));
}
