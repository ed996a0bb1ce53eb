import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hasReadabilityPages, loadReadabilityPages, readabilityPagesDir } from '../../bench/corpus';
import { scorePage } from '../../bench/score';
import { copyForReadability } from '../../src/core/extract/copy-for-readability';
import { extractBlocks } from '../../src/core/extract/extract-blocks';
import { readArticleHeader } from '../../src/core/extract/read-article-header';
import { readMetadata } from '../../src/core/extract/read-metadata';
import { runReadability } from '../../src/core/extract/run-readability';
import { traceBlocks } from '../../src/core/extract/trace-blocks';
import { setAsideRelated } from '../../src/core/related/set-aside-related';
import { parsePage } from './helpers/fixtures';

// Golden test over Readability's own 130 test pages (../shared/corpus/readability-test-pages),
// scored with the word 4-gram metric of the article-extraction benchmark against each
// page's expected text (its ground-truth.json, derived from expected.html). Two layers:
//
// 1. Readability as we run it (numbered clone, our block splitting, nothing dropped)
//    must give Readability's expected text: F1 >= 0.98 on every page. This catches any
//    change in how we call Readability or turn its output into paragraphs.
// 2. Our final text drops page furniture on purpose (captions, bylines, menus, widget
//    labels: src/core/extract/drop-boilerplate.ts), so it may only lose text, never gain it:
//    precision >= 0.85 on every page (dropping a block makes a few new word 4-grams at
//    its edges) and >= 0.98 on average; recall >= 0.95 on average.
const MIN_PAGE_F1_AS_READABILITY = 0.98;
const MIN_PAGE_PRECISION = 0.85;
const MIN_MEAN_PRECISION = 0.98;
const MIN_MEAN_RECALL = 0.95;

// Differences that come from the DOM implementation, not from our code: Readability
// under linkedom (our test and command DOM) drops MathJax's MathML and reads these two
// titles differently than under jsdom, which produced the expected files.
const LINKEDOM_DIFFERS = { text: new Set(['mathjax']), title: new Set(['mercurial', 'title-en-dash']) };

const PAGE_URL = 'http://fakehost/test/page.html';

/** The article as the pipeline's extract and related stages leave it (the judge aside), and its title. */
function ourArticle(html: string): { title: string | null; text: string } {
  const doc = parsePage(html);
  const metadata = readMetadata(doc, PAGE_URL);
  const copy = copyForReadability(doc);
  const extracted = extractBlocks(doc, copy);
  if (!extracted) return { title: null, text: '' };
  const { article } = setAsideRelated(doc, extracted.blocks, {
    pageUrl: PAGE_URL,
    canonicalUrl: metadata.canonicalUrl,
    pageElements: copy.originals,
  });
  return {
    title: readArticleHeader(extracted.parsed, metadata, PAGE_URL).title,
    text: article.map((b) => b.text).join('\n\n'),
  };
}

/** Readability's article as we run it: the copy, Readability, our blocks, nothing dropped. */
function readabilityText(html: string): string {
  const copy = copyForReadability(parsePage(html));
  const parsed = runReadability(copy);
  return parsed
    ? traceBlocks(parsed.content, copy.originals)
        .map((b) => b.text)
        .join('\n\n')
    : '';
}

describe.skipIf(!hasReadabilityPages())('Readability test pages', () => {
  if (!hasReadabilityPages()) {
    console.warn(`Skipped: Readability's test pages are not at ${readabilityPagesDir()} (set SHARED_DIR).`);
    return;
  }
  const truth = JSON.parse(readFileSync(join(readabilityPagesDir(), 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string }
  >;
  const f1 = (p: number | null, r: number | null) => (p && r ? (2 * p * r) / (p + r) : 0);
  const results = loadReadabilityPages().map((page) => {
    const expected = truth[page.name]!.articleBody;
    const article = ourArticle(page.source);
    const final = scorePage(expected, article.text);
    const raw = scorePage(expected, readabilityText(page.source));
    return {
      name: page.name,
      expectedTitle: page.metadata.title,
      title: article.title,
      rawF1: f1(raw.precision, raw.recall),
      precision: final.precision ?? 0,
      recall: final.recall ?? 0,
    };
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

  test.each(results.filter((r) => !LINKEDOM_DIFFERS.title.has(r.name)))('$name: title', ({ title, expectedTitle }) => {
    expect(title).toBe(expectedTitle ?? '');
  });

  const comparable = results.filter((r) => !LINKEDOM_DIFFERS.text.has(r.name));

  test.each(comparable)('$name: Readability as we run it gives the expected text', ({ rawF1 }) => {
    expect(rawF1).toBeGreaterThanOrEqual(MIN_PAGE_F1_AS_READABILITY);
  });

  test.each(comparable)('$name: our text adds nothing to it', ({ precision }) => {
    expect(precision).toBeGreaterThanOrEqual(MIN_PAGE_PRECISION);
  });

  test('on average our text keeps what Readability keeps, furniture aside', () => {
    expect(mean(comparable.map((r) => r.precision))).toBeGreaterThanOrEqual(MIN_MEAN_PRECISION);
    expect(mean(comparable.map((r) => r.recall))).toBeGreaterThanOrEqual(MIN_MEAN_RECALL);
  });
});
