import { Readability } from '@mozilla/readability';
import { collectBlocks, kindOf, type RawBlock } from './collect-blocks';
import { dropBoilerplate, findSignupBoxes } from './drop-boilerplate';
import { findRelated } from './find-related-links';
import { readMetadata, type PageMetadata } from './read-metadata';
import type { Analysis, BlockKind, RelatedLink } from './types';
import { numberDocument, traceElement } from './trace-elements';
import { numberedElements, withinAny } from './walk-elements';

/** Attribute on the elements of `contentHtml` that a paragraph came from: its elementIndex. */
export const ELEMENT_INDEX_ATTR = 'data-ne-index';

export interface ArticleBlock {
  text: string;
  kind: BlockKind;
  /** See Paragraph.elementIndex. */
  elementIndex: number;
  /** Share of the block's characters inside links (0..1). */
  linkDensity: number;
}

/** The article's metadata, as the analysis reports it (CONTRACT.md), and its blocks. */
export interface ExtractedArticle extends Pick<
  Analysis,
  'title' | 'byline' | 'siteName' | 'lang' | 'dir' | 'publishedTime' | 'excerpt' | 'url'
> {
  blocks: ArticleBlock[];
  /** Readability's cleaned content (a detached element of the clone). */
  content: Element;
  /** `content` as HTML, the paragraphs' elements marked with ELEMENT_INDEX_ATTR; when asked. */
  contentHtml?: string;
  /** Further reading the page offers, harvested from the blocks left out of the article. */
  relatedLinks: RelatedLink[];
  metadata: PageMetadata;
}

/**
 * Clones the document and numbers the clone's nodes in document order. Readability
 * rewrites what it parses, so it only ever sees the clone; the numbers survive its
 * rewriting (trace-elements.ts) and lead back to the original element with the same
 * position.
 */
export function cloneWithElementIndex(doc: Document, copyDocument?: () => Document): Document {
  const clone = copyDocument ? copyDocument() : (doc.cloneNode(true) as Document);
  numberDocument(clone);
  return clone;
}

/** The original document's elements, indexed like the clone's. */
export function originalElements(doc: Document): Element[] {
  return doc.documentElement ? numberedElements(doc.documentElement) : [];
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

/** Readability's result, its content kept as a detached element of the copy. */
export type ParsedArticle = NonNullable<ReturnType<Readability<Element>['parse']>> & { content: Element };

/**
 * What Readability will read: a numbered copy of the page, and the page's own elements
 * under the same numbers. Both are taken at once, so the numbers hold even if the page
 * changes while the rest of the analysis waits its turn (the extension reads the page in
 * several tasks).
 */
export interface ArticleCopy {
  clone: Document;
  originals: Element[];
}

export function copyForReadability(doc: Document, copyDocument?: () => Document): ArticleCopy {
  const clone = cloneWithElementIndex(doc, copyDocument);
  gatherIntoBody(clone);
  return { clone, originals: originalElements(doc) };
}

/**
 * Moves into <body>, in order, what a browser's parser would have put there but the
 * page's scripts (or linkedom) left elsewhere: text and elements in <head> that are not
 * metadata, children of <html> beside <body> (overlays and widgets that scripts append
 * to <html>) and, in linkedom only, nodes beside <html> itself. Readability scores every
 * element of the document but climbs from each to <body>, and failed on these ("Cannot
 * read properties of null"; found by the property tests). Only the copy changes; its
 * elements' numbers still lead back to the page.
 */
function gatherIntoBody(doc: Document): void {
  const root = doc.documentElement;
  const body = doc.body;
  if (!root || !body || body.parentNode !== root) return;
  const first: Node | null = body.firstChild;
  const gather = (parent: Node | null, stays: (node: Node) => boolean) => {
    let before = true;
    for (let node: Node | null = parent?.firstChild ?? null; node;) {
      const next: Node | null = node.nextSibling;
      if (node === body || node === root) before = false;
      else if (!stays(node)) {
        if (before) body.insertBefore(node, first);
        else body.appendChild(node);
      }
      node = next;
    }
  };
  gather(doc.head, (node) =>
    node.nodeType === ELEMENT_NODE
      ? HEAD_CONTENT.has((node as Element).localName)
      : node.nodeType !== TEXT_NODE || !node.nodeValue?.trim(),
  );
  gather(root, (node) => node === doc.head);
  gather(doc, (node) => node.nodeType !== ELEMENT_NODE && node.nodeType !== TEXT_NODE);
}

const HEAD_CONTENT = new Set(['base', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Error Readability throws past `maxElemsToParse`. */
export class ReadabilityLimitError extends Error {}

/** Runs Readability on the copy (rewriting it); null when it finds no article. */
export function runReadability(copy: ArticleCopy, maxElements?: number): ParsedArticle | null {
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(copy.clone, {
      serializer: (node) => node as Element,
      ...(maxElements ? { maxElemsToParse: maxElements } : {}),
    }).parse();
  } catch (error) {
    // Readability's own backstop: "Aborting parsing document; N elements found".
    if (error instanceof Error && error.message.startsWith('Aborting parsing')) {
      throw new ReadabilityLimitError(error.message);
    }
    throw error;
  }
  return parsed?.content ? (parsed as ParsedArticle) : null;
}

/** Readability's content split into blocks that know the page element they came from. */
export function traceBlocks(content: Element, originals: readonly Element[]): TracedBlock[] {
  return collectBlocks(content).map((block) => {
    const traced = traceElement(block.owner);
    const original = originals[traced.index] ?? null;
    // Readability renames what it keeps beside its best candidate to <div> (a
    // <blockquote> or <h2> sibling): the original element tells what the block is.
    const renamed = !traced.own && block.owner.localName === 'div' && original;
    const inQuote = block.kind === 'quote' || original?.closest('blockquote') != null;
    return {
      ...block,
      kind: renamed ? kindOf(original.localName, inQuote) : inQuote ? kindOf(block.owner.localName, true) : block.kind,
      elementIndex: traced.index,
      original,
    };
  });
}

/**
 * Readability's article, as it returns it, split into blocks that know the page
 * element they came from. No block is dropped yet.
 */
export function readArticleBlocks(
  doc: Document,
  copyDocument?: () => Document,
): { parsed: ParsedArticle; content: Element; blocks: TracedBlock[] } | null {
  if (!doc.documentElement) return null;
  const copy = copyForReadability(doc, copyDocument);
  const parsed = runReadability(copy);
  if (!parsed) return null;
  return { parsed, content: parsed.content, blocks: traceBlocks(parsed.content, copy.originals) };
}

export interface ExtractOptions {
  /** A cheaper copy of `doc` than cloneNode (see AnalyzeOptions.copyDocument). */
  copyDocument?: () => Document;
  /** Also serialise the content, marking the paragraphs' elements (for the reader view). */
  withContentHtml?: boolean;
  /** Called as each stage ends, with its name (for the benchmark's timings). */
  lap?: (stage: string) => void;
}

/**
 * Runs Readability on a numbered clone of `doc` and returns the article's metadata and
 * its text blocks in reading order, page furniture and related-reading blocks dropped
 * (their links harvested). Returns null when Readability finds no article. Never touches
 * `doc` itself.
 */
export function extractArticle(
  doc: Document,
  pageUrl: string | null,
  options: ExtractOptions = {},
): ExtractedArticle | null {
  if (!doc.documentElement) return null;
  const metadata = readMetadata(doc, pageUrl);
  const copy = copyForReadability(doc, options.copyDocument);
  const parsed = runReadability(copy);
  options.lap?.('extract');
  return parsed ? articleFromParsed(doc, pageUrl, metadata, parsed, copy.originals, options) : null;
}

/**
 * The article from Readability's result: blocks traced to the page, furniture and
 * related-reading blocks dropped.
 */
export function articleFromParsed(
  doc: Document,
  pageUrl: string | null,
  metadata: PageMetadata,
  parsed: ParsedArticle,
  originals: readonly Element[],
  options: ExtractOptions = {},
): ExtractedArticle {
  const content = parsed.content;
  const furnished = dropBoilerplate(traceBlocks(content, originals), { excluded: findSignupBoxes(doc) });
  // Readability often keeps an "Explore more" or "Related" box at the end of the article
  // (the seed page's teasers): it is found on the page, harvested, and left out.
  const related = findRelated(doc, {
    pageUrl,
    canonicalUrl: metadata.canonicalUrl,
    articleElements: furnished.map((b) => b.original).filter((el): el is Element => el !== null),
    pageElements: originals,
  });
  const relatedBlocks = new Set(related.blocks);
  const kept = furnished.filter((b) => !b.original || !withinAny(b.original, (el) => relatedBlocks.has(el)));
  options.lap?.('related');
  if (options.withContentHtml) {
    for (const block of kept) block.owner.setAttribute(ELEMENT_INDEX_ATTR, String(block.elementIndex));
  }
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
    ...(options.withContentHtml ? { contentHtml: content.outerHTML } : {}),
    relatedLinks: related.links,
    metadata,
  };
}
