import { isProbablyReaderable } from '@mozilla/readability';
import { countWords, readingMinutes } from './count-words';
import { extractArticle } from './extract-article';
import { findDuplicates } from './find-duplicates';
import { judgeArticle } from './judge-article';
import type { PageReadingResult, Paragraph } from './types';

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
}

/** Above this share of link text a paragraph is a link list, not prose. */
const PROSE_MAX_LINK_DENSITY = 0.3;

/**
 * The part of the analysis that needs the page itself: the article, its metadata, its
 * repeated paragraphs (the page side hides them) and the related links the page offers.
 * The document is never modified. The extension runs this in the page and the rest
 * (completeAnalysis) in the popup, which keeps the injected script small.
 */
export function readPage(doc: Document, pageUrl: string | null, options: ReadPageOptions = {}): PageReadingResult {
  const lap = options.lap ?? (() => {});
  try {
    const article = extractArticle(doc, pageUrl, options);
    if (!article || article.blocks.length === 0) {
      return { ok: false, error: { code: 'NOT_AN_ARTICLE', message: 'No article text was found on this page.' } };
    }

    const text = article.blocks.map((b) => b.text).join('\n\n');
    const wordCount = countWords(text);
    const chars = article.blocks.reduce((sum, b) => sum + b.text.length, 0);
    const verdict = judgeArticle({
      wordCount,
      readerable: () => isProbablyReaderable(doc),
      declaresArticle: article.metadata.declaresArticle,
      declaresListing: article.metadata.declaresListing,
      linkDensity: article.blocks.reduce((sum, b) => sum + b.linkDensity * b.text.length, 0) / chars,
      linkedHeadings: article.blocks.filter((b) => b.kind === 'heading' && b.linkDensity > 0.8).length,
      proseWords: article.blocks
        .filter((b) => (b.kind === 'paragraph' || b.kind === 'quote') && b.linkDensity < PROSE_MAX_LINK_DENSITY)
        .reduce((sum, b) => sum + countWords(b.text), 0),
    });
    lap('judge');
    if (!verdict.isArticle) return { ok: false, error: { code: 'NOT_AN_ARTICLE', message: verdict.reason } };

    const duplicateOf = findDuplicates(article.blocks);
    const paragraphs: Paragraph[] = article.blocks.map((block, index) => ({
      index,
      text: block.text,
      duplicateOf: duplicateOf[index] ?? null,
      kind: block.kind,
      elementIndex: block.elementIndex,
    }));
    lap('duplicates');

    return {
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
    };
  } catch (error) {
    // The analysis must answer, never throw: a page that trips a bug still gets a reason.
    return { ok: false, error: { code: 'INTERNAL_ERROR', message: `The analysis failed: ${describe(error)}` } };
  }
}

export const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
