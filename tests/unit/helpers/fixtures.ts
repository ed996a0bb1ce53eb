import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../../../src/cli/decode-html';
import { parsePage as parseAsTheCommandDoes } from '../../../src/cli/parse-page';

export const fixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'pages');

/** Gold annotation of a fixture page (tests/fixtures/README.md). */
export interface Expected {
  url: string;
  expectOk: boolean;
  errorCode?: string;
  title?: string;
  /** The header's byline and date as the analysis should give them (null: none). */
  byline?: string | null;
  publishedTime?: string | null;
  /** The judge's doubt about the page (issue 12), or null for none. */
  doubt?: string | null;
  mustInclude?: string[];
  mustExclude?: string[];
  figures?: { text: string; value: number | null; unit: string | null; kind: string; required: boolean }[];
  forbiddenFigures?: string[];
  duplicatePairs?: { first: string; second: string }[];
  distinctPairs?: { a: string; b: string }[];
  relatedLinks?: string[];
  /** The teaser headline of each of relatedLinks, in the same order. */
  relatedLinkTitles?: string[];
  forbiddenLinks?: string[];
  /** Strings no highlight may contain (a caption, a credit line, a byline). */
  forbiddenHighlights?: string[];
  [key: string]: unknown;
}

export interface Fixture {
  name: string;
  html: string;
  expected: Expected;
}

/** Every fixture page, discovered on disk. */
export function loadFixtures(): Fixture[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(fixturesDir, entry.name, 'expected.json')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      // As a browser reads it: a byte-order mark or <meta charset> decides (windows-1252-article).
      html: decodeHtml(readFileSync(join(fixturesDir, name, 'page.html'))),
      expected: JSON.parse(readFileSync(join(fixturesDir, name, 'expected.json'), 'utf8')) as Expected,
    }));
}

/** Fixtures whose annotation has the given key (the ones a test is about). */
export function fixturesWith(key: keyof Expected): Fixture[] {
  return loadFixtures().filter((fixture) => fixture.expected[key] !== undefined);
}

/**
 * A document built by linkedom's own parser, as written: the core must cope with any tree
 * (a live page's scripts build odd ones), so unit tests build theirs this way.
 */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * A page read as the command reads it, built as a browser builds it (issue 12): what the
 * fixture pages' annotations are about.
 */
export const readAsTheCommand = parseAsTheCommandDoes;
