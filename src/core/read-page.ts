import { isProbablyReaderable } from '@mozilla/readability';
import { checkPageSize } from './check-page-size';
import { countWords, hasUnspacedScript, readingMinutes } from './count-words';
import { articleFromParsed, copyForReadability, ReadabilityLimitError, runReadability } from './extract-article';
import { findDuplicates } from './find-duplicates';
import { judgeArticle } from './judge-article';
import { MAX_TEXT_STEP_PARAGRAPHS, PAGE_LIMITS, type PageLimits } from './page-limits';
import { readMetadata } from './read-metadata';
import type { AnalysisError, PageReadingResult, Paragraph } from './types';

export interface ReadPageOptions {
  /**
   * A fresh copy of the same document for Readability to rewrite, when the caller can make
   * one more cheaply than cloneNode (the command re-parses its HTML: in linkedom that is
   * faster than cloning). It must come from the same markup through the same parser, so
   * that its elements line up one for one with `doc`'s.
   */
  copyDocument?: () => Document;
  /**
   * Also return Readability's cleaned article HTML (for the reader view). The elements
   * paragraphs came from carry `data-ne-index` = Paragraph.elementIndex. It is page
   * data: sanitise it where it is shown.
   */
  withContentHtml?: boolean;
  /** Called as each stage ends, with its name (for the benchmark's timings). */
  lap?: (stage: string) => void;
  /** What the analysis takes on before it answers TOO_LARGE (tests lower them). */
  limits?: PageLimits;
}

/**
 * The stages of reading a page, named as they begin after the first (which checks the
 * page's size and copies it). The extension lets the page run between them.
 */
export type ReadingStage = 'extract' | 'related' | 'judge' | 'repeats';

/** A reading and the page's own elements its paragraphs came from (for the page side). */
export interface PageReadingRun {
  result: PageReadingResult;
  /** Per paragraph, the element of the analysed document it came from. */
  elements: (Element | null)[];
}

/** Above this share of link text a paragraph is a link list, not prose. */
const PROSE_MAX_LINK_DENSITY = 0.3;

const failed = (error: AnalysisError): PageReadingRun => ({ result: { ok: false, error }, elements: [] });
const NO_TEXT: AnalysisError = { code: 'NOT_AN_ARTICLE', message: 'No article text was found on this page.' };
const FRAMES: AnalysisError = {
  code: 'NOT_AN_ARTICLE',
  message: 'This page is made of frames: open the frame that holds the article on its own.',
};

/**
 * The reading as a sequence of stages: it yields the name of each stage before running
 * it, so that a caller may pause there. Never throws: a page that trips a bug still gets
 * a reason.
 */
function* readingStages(
  doc: Document,
  pageUrl: string | null,
  options: ReadPageOptions,
): Generator<ReadingStage, PageReadingRun, void> {
  const lap = options.lap ?? (() => {});
  const limits = options.limits ?? PAGE_LIMITS;
  try {
    const root = doc.documentElement;
    // Readability climbs from the article to <body>: without one in the tree it fails.
    if (!root || !doc.body || doc.body.parentNode !== root) return failed(NO_TEXT);
    // An SVG image or an XML feed open in a tab.
    if (root.localName !== 'html') return failed({ code: 'NOT_AN_ARTICLE', message: 'This is not an HTML page.' });
    if (doc.body.localName === 'frameset') return failed(FRAMES);
    // Before any work that grows with the page: a walk that stops at the first limit.
    const tooLarge = checkPageSize(doc, limits);
    if (tooLarge) return failed(tooLarge);
    const metadata = readMetadata(doc, pageUrl);
    const copy = copyForReadability(doc, options.copyDocument);

    yield 'extract';
    const parsed = runReadability(copy, limits.maxNodes);

    lap('extract');

    // Related reading is found before the article is judged: its blocks are not article.
    yield 'related';
    const article = parsed ? articleFromParsed(doc, pageUrl, metadata, parsed, copy.originals, options) : null;
    if (!article || article.blocks.length === 0) return failed(NO_TEXT);

    yield 'judge';

    const text = article.blocks.map((b) => b.text).join('\n\n');
    // Each block's words counted once, for the prose count and the total alike: no word
    // spans the blank line between blocks, so the sum is the count of the joined text
    // (when a block takes the segmenter, the joined text is counted as a whole, as before).
    const blockWords = article.blocks.map((b) => countWords(b.text));
    const wordCount = hasUnspacedScript(text) ? countWords(text) : blockWords.reduce((sum, n) => sum + n, 0);
    const chars = article.blocks.reduce((sum, b) => sum + b.text.length, 0);
    const verdict = judgeArticle({
      wordCount,
      readerable: () => isProbablyReaderable(doc),
      declaresArticle: article.metadata.declaresArticle,
      declaresListing: article.metadata.declaresListing,
      linkDensity: article.blocks.reduce((sum, b) => sum + b.linkDensity * b.text.length, 0) / chars,
      linkedHeadings: article.blocks.filter((b) => b.kind === 'heading' && b.linkDensity > 0.8).length,
      proseWords: article.blocks.reduce(
        (sum, b, k) =>
          (b.kind === 'paragraph' || b.kind === 'quote') && b.linkDensity < PROSE_MAX_LINK_DENSITY
            ? sum + blockWords[k]!
            : sum,
        0,
      ),
    });
    lap('judge');
    if (!verdict.isArticle) return failed({ code: 'NOT_AN_ARTICLE', message: verdict.reason });

    yield 'repeats';
    // Repeats are looked for among the first paragraphs only (page-limits.ts).
    const duplicateOf = findDuplicates(article.blocks.slice(0, MAX_TEXT_STEP_PARAGRAPHS));
    const paragraphs: Paragraph[] = article.blocks.map((block, index) => ({
      index,
      text: block.text,
      duplicateOf: duplicateOf[index] ?? null,
      kind: block.kind,
      elementIndex: block.elementIndex,
    }));
    lap('duplicates');

    const elements = paragraphs.map((p) => copy.originals[p.elementIndex] ?? null);

    return {
      result: {
        ok: true,
        title: article.title,
        byline: article.byline,
        siteName: article.siteName,
        lang: article.lang,
        dir: article.dir,
        publishedTime: article.publishedTime,
        excerpt: article.excerpt,
        url: article.url,
        wordCount,
        readingMinutes: readingMinutes(wordCount, article.lang),
        text,
        paragraphs,
        relatedLinks: article.relatedLinks,
        ...(article.contentHtml !== undefined ? { contentHtml: article.contentHtml } : {}),
      },
      elements,
    };
  } catch (error) {
    if (error instanceof ReadabilityLimitError) {
      return failed({
        code: 'TOO_LARGE',
        message: 'This page is too large to analyse (the limit keeps the browser responsive).',
      });
    }
    return failed({ code: 'INTERNAL_ERROR', message: `The analysis failed: ${describe(error)}` });
  }
}

/**
 * The part of the analysis that needs the page itself: the article, its metadata, its
 * repeated paragraphs (the page side hides them) and the related links the page offers.
 * The document is never modified. The extension runs this in the page and the rest
 * (completeAnalysis) in the popup, which keeps the injected script small.
 */
export function readPage(doc: Document, pageUrl: string | null, options: ReadPageOptions = {}): PageReadingResult {
  const stages = readingStages(doc, pageUrl, options);
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value.result;
  }
}

/**
 * The same reading in several tasks: `pause` runs between the stages and hears which
 * comes next. The extension lets the page run there, so no single task holds the tab for
 * the whole analysis (issue #6), and tells the popup how far it got.
 */
export async function readPageInStages(
  doc: Document,
  pageUrl: string | null,
  pause: (next: ReadingStage) => Promise<void>,
  options: ReadPageOptions = {},
): Promise<PageReadingRun> {
  const stages = readingStages(doc, pageUrl, options);
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
    await pause(step.value);
  }
}

export const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
