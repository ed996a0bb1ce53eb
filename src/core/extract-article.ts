import { Readability } from '@mozilla/readability';
import { collectBlocks, kindOf, type RawBlock } from './collect-blocks';
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

/** A block of Readability's content, traced back to the page. */
export interface TracedBlock extends RawBlock {
  /** See Paragraph.elementIndex. */
  elementIndex: number;
  /** The page's element at elementIndex (null when Readability made the block up). */
  original: Element | null;
}

/**
 * Readability's article, as it returns it, split into blocks that know the page
 * element they came from. No block is dropped yet.
 */
export function readArticleBlocks(
  doc: Document,
  copyDocument?: () => Document,
): { parsed: NonNullable<ReturnType<Readability<Element>['parse']>>; content: Element; blocks: TracedBlock[] } | null {
  if (!doc.documentElement) return null;
  const clone = cloneWithElementIndex(doc, copyDocument);
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return null;
  const originals = originalElements(doc);
  const blocks = collectBlocks(content).map((block) => {
    const elementIndex = indexOf(block.owner);
    const own = block.owner.getAttribute(ELEMENT_INDEX_ATTR);
    // Readability renames what it keeps beside its best candidate (a <blockquote> or
    // <table> sibling becomes a <div>); the original element tells what the block is.
    const renamed = own === null ? null : (originals[Number(own)] ?? null);
    return {
      ...block,
      kind: renamed ? kindOf(renamed.localName, renamed.closest('blockquote') !== null) : block.kind,
      elementIndex,
      original: originals[elementIndex] ?? null,
    };
  });
  return { parsed, content, blocks };
}

/**
 * Runs Readability on a numbered clone of `doc` and returns the article's metadata and
 * its text blocks in reading order, page furniture dropped. Returns null when
 * Readability finds no article. Never touches `doc` itself.
 */
export function extractArticle(
  doc: Document,
  pageUrl: string | null,
  copyDocument?: () => Document,
): ExtractedArticle | null {
  if (!doc.documentElement) return null;
  const metadata = readMetadata(doc, pageUrl);
  const read = readArticleBlocks(doc, copyDocument);
  if (!read) return null;
  const { parsed, content } = read;

  const kept = dropBoilerplate(read.blocks, { excluded: findSignupBoxes(doc) });
  const blocks = kept.map((block) => ({
    text: block.text,
    kind: block.kind,
    elementIndex: block.elementIndex,
    linkDensity: block.linkDensity,
  }));

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
