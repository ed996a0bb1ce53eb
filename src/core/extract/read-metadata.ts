import { webAddress } from '../web-address';

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
  /** The page calls itself a list of things (schema.org CollectionPage, ItemList, SearchResultsPage). */
  declaresListing: boolean;
}

const ARTICLE_TYPE = /(Article|BlogPosting|Report|LiveBlogPosting)$/;
const LISTING_TYPE = /^(CollectionPage|ItemList|SearchResultsPage)$/;

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

/** JSON-LD values looked at per script. */
const MAX_JSON_LD_ITEMS = 10_000;

/** Every object in the page's JSON-LD (top level, arrays and @graph). */
function jsonLdObjects(scripts: readonly Element[]): { [key: string]: Json }[] {
  const found: { [key: string]: Json }[] = [];
  for (const script of scripts) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue; // Broken JSON-LD is common; the rest of the page still counts.
    }
    // A cursor and a cap rather than shift() and push(...items): a page can ship a JSON-LD
    // array of 300,000 items, which overflows the stack as spread arguments (issue #6).
    const queue: Json[] = [data];
    for (let next = 0; next < queue.length && next < MAX_JSON_LD_ITEMS && found.length < 200; next++) {
      const item = queue[next];
      const children = Array.isArray(item) ? item : item && typeof item === 'object' ? item['@graph'] : undefined;
      if (item && typeof item === 'object' && !Array.isArray(item)) found.push(item);
      if (Array.isArray(children)) for (const child of children) queue.push(child);
    }
  }
  return found;
}

/** Every <meta> by its property, name or itemprop (lower case), first one winning. */
function metaTags(metas: readonly Element[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of metas) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

// article:author is often the author's page address rather than a name (the seed page's is).
function notAnAddress(value: string | null): string | null {
  return value && !/^https?:\/\//i.test(value) ? value : null;
}

/**
 * Reads JSON-LD, Open Graph and plain meta tags. Readability already reads some of these;
 * this fills what it leaves empty (site name, dates and canonical address most often).
 */
export function readMetadata(doc: Document, pageUrl: string | null): PageMetadata {
  // One query for all three kinds: each selector is a whole-document walk in DOM libraries.
  const found = [...doc.querySelectorAll('meta, link[rel], script[type]')];
  const tags = metaTags(found.filter((el) => el.localName === 'meta'));
  const meta = (...keys: string[]) =>
    keys.map((key) => tags.get(key.toLowerCase())).find((v) => v !== undefined) ?? null;
  const ld = jsonLdObjects(
    found.filter((el) => el.localName === 'script' && el.getAttribute('type')?.trim() === 'application/ld+json'),
  );
  const article = ld.find((node) => typesOf(node).some((t) => ARTICLE_TYPE.test(t)));
  const publisher = article?.publisher;
  const ogType = meta('og:type');

  const mainEntity = article?.mainEntityOfPage;
  const ldUrl =
    asText(article?.url) ??
    (mainEntity && typeof mainEntity === 'object' && !Array.isArray(mainEntity)
      ? asText(mainEntity['@id'])
      : asText(mainEntity));
  const canonicalHref = found
    .find((el) => el.localName === 'link' && /(^|\s)canonical(\s|$)/i.test(el.getAttribute('rel') ?? ''))
    ?.getAttribute('href');

  const lang =
    doc.documentElement?.getAttribute('lang')?.trim() ||
    asText(article?.inLanguage) ||
    meta('og:locale', 'language', 'content-language')?.replace('_', '-') ||
    null;

  return {
    title: asText(article?.headline) ?? meta('og:title', 'twitter:title'),
    byline: notAnAddress(asText(article?.author) ?? meta('author', 'article:author', 'parsely-author', 'dc.creator')),
    siteName:
      meta('og:site_name', 'application-name') ??
      (publisher && typeof publisher === 'object' ? asText(publisher) : null),
    publishedTime:
      asText(article?.datePublished) ??
      meta('article:published_time', 'datePublished', 'date', 'dc.date', 'parsely-pub-date', 'pubdate'),
    lang,
    excerpt: meta('description', 'og:description', 'twitter:description'),
    canonicalUrl:
      webAddress(canonicalHref, pageUrl) ?? webAddress(meta('og:url'), pageUrl) ?? webAddress(ldUrl, pageUrl),
    declaresArticle: article !== undefined || (ogType !== null && /article/i.test(ogType)),
    declaresListing: ld.some((node) => typesOf(node).some((t) => LISTING_TYPE.test(t))),
  };
}
