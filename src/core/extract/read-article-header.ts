import type { Analysis } from '../types';
import type { PageMetadata } from './read-metadata';
import type { ParsedArticle } from './run-readability';

/** What the popup's header shows of the article (CONTRACT.md's names). */
export type ArticleHeader = Pick<
  Analysis,
  'title' | 'byline' | 'siteName' | 'lang' | 'dir' | 'publishedTime' | 'excerpt' | 'url'
>;

function cleanByline(byline: string | null | undefined): string | null {
  const text = byline
    ?.replace(/\s+/g, ' ')
    .replace(/^by\s+/i, '')
    .trim();
  return text || null;
}

/** The article's title, byline, site, language and date: Readability's, else the page's metadata. */
export function readArticleHeader(
  parsed: ParsedArticle,
  metadata: PageMetadata,
  pageUrl: string | null,
): ArticleHeader {
  return {
    title: parsed.title?.trim() || metadata.title || '',
    byline: cleanByline(parsed.byline) ?? cleanByline(metadata.byline),
    siteName: parsed.siteName?.trim() || metadata.siteName,
    lang: parsed.lang?.trim() || metadata.lang,
    dir: parsed.dir ?? null,
    publishedTime: parsed.publishedTime?.trim() || metadata.publishedTime,
    excerpt: metadata.excerpt ?? (parsed.excerpt?.trim() || null),
    url: metadata.canonicalUrl ?? pageUrl,
  };
}
