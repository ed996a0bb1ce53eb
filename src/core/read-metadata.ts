/** Article metadata the page declares about itself, outside its visible text. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  canonicalUrl: string | null;
  /** The page calls itself an article (og:type article, a schema.org *Article type). */
  declaresArticle: boolean;
}

const ARTICLE_TYPE = /(Article|BlogPosting|Report|LiveBlogPosting)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function asText(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(asText).filter((v): v is string => v !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return asText(value.name ?? value['@value']);
  return null;
}

function typesOf(node: { [key: string]: Json }): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

/** Every object in a JSON-LD document (top level, arrays and @graph). */
function jsonLdObjects(doc: Document): { [key: string]: Json }[] {
  const found: { [key: string]: Json }[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue; // Broken JSON-LD is common; the rest of the page still counts.
    }
    const queue: Json[] = [data];
    while (queue.length > 0 && found.length < 200) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        found.push(item);
        if (Array.isArray(item['@graph'])) queue.push(...item['@graph']);
      }
    }
  }
  return found;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

// article:author is often the author's page address rather than a name (the seed page's is).
function notAnAddress(value: string | null): string | null {
  return value && !/^https?:\/\//i.test(value) ? value : null;
}

function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Reads JSON-LD, Open Graph and plain meta tags. Readability already reads some of these;
 * this fills what it leaves empty (site name, dates and canonical address most often).
 */
export function readMetadata(doc: Document, pageUrl: string | null): PageMetadata {
  const ld = jsonLdObjects(doc);
  const article = ld.find((node) => typesOf(node).some((t) => ARTICLE_TYPE.test(t)));
  const publisher = article?.publisher;
  const ogType = meta(doc, 'og:type');

  const mainEntity = article?.mainEntityOfPage;
  const ldUrl =
    asText(article?.url) ??
    (mainEntity && typeof mainEntity === 'object' && !Array.isArray(mainEntity)
      ? asText(mainEntity['@id'])
      : asText(mainEntity));
  const canonicalHref = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');

  const lang =
    doc.documentElement?.getAttribute('lang')?.trim() ||
    asText(article?.inLanguage) ||
    meta(doc, 'og:locale', 'language', 'content-language')?.replace('_', '-') ||
    null;

  return {
    title: asText(article?.headline) ?? meta(doc, 'og:title', 'twitter:title'),
    byline: notAnAddress(
      asText(article?.author) ?? meta(doc, 'author', 'article:author', 'parsely-author', 'dc.creator'),
    ),
    siteName:
      meta(doc, 'og:site_name', 'application-name') ??
      (publisher && typeof publisher === 'object' ? asText(publisher) : null),
    publishedTime:
      asText(article?.datePublished) ??
      meta(doc, 'article:published_time', 'datePublished', 'date', 'dc.date', 'parsely-pub-date', 'pubdate'),
    lang,
    excerpt: meta(doc, 'description', 'og:description', 'twitter:description'),
    canonicalUrl:
      absolute(canonicalHref, pageUrl) ?? absolute(meta(doc, 'og:url'), pageUrl) ?? absolute(ldUrl, pageUrl),
    declaresArticle: article !== undefined || (ogType !== null && /article/i.test(ogType)),
  };
}
