import { Readability } from '@mozilla/readability';
import { collectBlocks, kindOf } from './collect-blocks';
import { dropBoilerplate, findSignupBoxes } from './drop-boilerplate';
import { readMetadata, type PageMetadata } from './read-metadata';
import type { BlockKind } from './types';
import { numberedElements } from './walk-elements';

/** Attribute set on the clone only, numbering its elements in document order. */
export const ELEMENT_INDEX_ATTR = 'data-ne-index';

export interface ArticleBlock {
  text: string;
  kind: BlockKind;
  /** See Paragraph.elementIndex. */
  elementIndex: number;
  /** Share of the block's characters inside links (0..1). */
  linkDensity: number;
}

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  url: string | null;
  blocks: ArticleBlock[];
  /** Readability's cleaned content (a detached element of the clone), for the reader view. */
  content: Element;
  metadata: PageMetadata;
}

/**
 * Clones the document and numbers the clone's elements in document order. Readability
 * rewrites what it parses, so it only ever sees the clone; the numbers survive its
 * rewriting (it copies attributes when it renames an element) and lead back to the
 * original element with the same position.
 */
export function cloneWithElementIndex(doc: Document, copyDocument?: () => Document): Document {
  const clone = copyDocument ? copyDocument() : (doc.cloneNode(true) as Document);
  numberedElements(clone.documentElement).forEach((el, index) => el.setAttribute(ELEMENT_INDEX_ATTR, String(index)));
  return clone;
}

/** The original document's elements, indexed like the clone's. */
export function originalElements(doc: Document): Element[] {
  return doc.documentElement ? numberedElements(doc.documentElement) : [];
}

/** Nearest numbered element at or above `el`: Readability's own wrappers carry no number. */
function indexOf(el: Element | null): number {
  for (let node = el; node; node = node.parentElement) {
    const value = node.getAttribute(ELEMENT_INDEX_ATTR);
    if (value !== null) return Number(value);
  }
  return -1;
}

function cleanByline(byline: string | null | undefined): string | null {
  const text = byline
    ?.replace(/\s+/g, ' ')
    .replace(/^by\s+/i, '')
    .trim();
  return text || null;
}

/**
 * Runs Readability on a numbered clone of `doc` and returns the article's metadata and
 * its text blocks in reading order. Returns null when Readability finds no article.
 * Never touches `doc` itself.
 */
export function extractArticle(
  doc: Document,
  pageUrl: string | null,
  copyDocument?: () => Document,
): ExtractedArticle | null {
  if (!doc.documentElement) return null;
  const metadata = readMetadata(doc, pageUrl);
  const clone = cloneWithElementIndex(doc, copyDocument);
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return null;

  const originals = originalElements(doc);
  const kept = dropBoilerplate(collectBlocks(content), {
    originalOf: (block) => originals[indexOf(block.owner)] ?? null,
    excluded: findSignupBoxes(doc),
  });
  const blocks = kept.map((block) => {
    const own = block.owner.getAttribute(ELEMENT_INDEX_ATTR);
    // Readability renames what it keeps beside its best candidate (a <blockquote> or
    // <table> sibling becomes a <div>); the original element tells what the block is.
    const original = own === null ? null : originals[Number(own)];
    return {
      text: block.text,
      kind: original ? kindOf(original.localName, original.closest('blockquote') !== null) : block.kind,
      elementIndex: indexOf(block.owner),
      linkDensity: block.linkDensity,
    };
  });

  return {
    title: parsed.title?.trim() || metadata.title || '',
    byline: cleanByline(parsed.byline) ?? cleanByline(metadata.byline),
    siteName: parsed.siteName?.trim() || metadata.siteName,
    lang: parsed.lang?.trim() || metadata.lang,
    dir: parsed.dir ?? null,
    publishedTime: parsed.publishedTime?.trim() || metadata.publishedTime,
    excerpt: metadata.excerpt ?? (parsed.excerpt?.trim() || null),
    url: metadata.canonicalUrl ?? pageUrl,
    blocks,
    content,
    metadata,
  };
}
