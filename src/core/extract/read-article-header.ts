import type { Analysis } from '../types';
import { cleanByline } from './clean-byline';
import { articleTitle } from './clean-title';
import { findDate, possibleDate, unglueMonths } from './read-dateline';
import type { PageMetadata } from './read-metadata';
import type { ParsedArticle } from './run-readability';

/** What the popup's header shows of the article (CONTRACT.md's names). */
export type ArticleHeader = Pick<
  Analysis,
  'title' | 'byline' | 'siteName' | 'lang' | 'dir' | 'publishedTime' | 'excerpt' | 'url'
>;

/** What the header is read from beside Readability's result and the page's metadata. */
export interface HeaderSources {
  /** The page, for its first <h1> when nothing else gives a title. */
  doc: Document;
  /** Readability's blocks in reading order, furniture included: where a dateline stands. */
  blocks: readonly { text: string }[];
}

/** A dateline stands among the article's first blocks ("PORT ALDER, March 4, 2008 -"). */
const DATELINE_BLOCKS = 8;
const DATELINE_CHARS = 200;

/** The date printed in a byline or the first blocks, as an ISO 8601 day; null when none. */
function visibleDate(byline: string | null | undefined, blocks: readonly { text: string }[]): string | null {
  const texts = [byline ?? '', ...blocks.slice(0, DATELINE_BLOCKS).map((b) => b.text.slice(0, DATELINE_CHARS))];
  for (const text of texts) {
    const date = text && findDate(unglueMonths(text));
    if (date) return date.iso;
  }
  return null;
}

/**
 * The article's title, byline, site, language and date: Readability's, else the page's
 * metadata, cleaned of what the page does not say (issue 12): no date or "more by" in the
 * byline, no date before the web, no site name after the headline.
 */
export function readArticleHeader(
  parsed: ParsedArticle,
  metadata: PageMetadata,
  pageUrl: string | null,
  sources: HeaderSources,
): ArticleHeader {
  const siteName = parsed.siteName?.trim() || metadata.siteName;
  return {
    title: articleTitle({
      readability: parsed.title,
      metadata: metadata.title,
      firstHeading: () => sources.doc.querySelector('h1')?.textContent ?? null,
      siteName,
      pageUrl: metadata.canonicalUrl ?? pageUrl,
    }),
    byline: cleanByline(parsed.byline, siteName) ?? cleanByline(metadata.byline, siteName),
    siteName,
    lang: parsed.lang?.trim() || metadata.lang,
    dir: parsed.dir ?? null,
    publishedTime:
      possibleDate(parsed.publishedTime) ??
      possibleDate(metadata.publishedTime) ??
      visibleDate(parsed.byline ?? metadata.byline, sources.blocks),
    excerpt: metadata.excerpt ?? (parsed.excerpt?.trim() || null),
    url: metadata.canonicalUrl ?? pageUrl,
  };
}
