import type { TracedBlock } from '../extract/blocks';
import { withinAny } from '../extract/walk-elements';
import { findRelated, type RelatedReading } from './find-related';

export interface RelatedInput {
  pageUrl: string | null;
  canonicalUrl: string | null;
  /** numberedElements of the page (the copy's originals). */
  pageElements: readonly Element[];
  /** The article's headline (a heading naming its topic names a related block). */
  title?: string | null;
}

/**
 * The page's related-reading blocks, and the article without them: Readability often
 * keeps an "Explore more" or "Related" box at the end of the article (the seed page's
 * teasers), which is found on the page, harvested for its links and left out.
 */
export function setAsideRelated(
  doc: Document,
  blocks: readonly TracedBlock[],
  input: RelatedInput,
): { article: TracedBlock[]; related: RelatedReading } {
  const related = findRelated(doc, {
    pageUrl: input.pageUrl,
    canonicalUrl: input.canonicalUrl,
    articleElements: blocks.map((b) => b.original).filter((el): el is Element => el !== null),
    pageElements: input.pageElements,
    title: input.title,
  });
  const relatedBlocks = new Set(related.blocks);
  const article = blocks.filter((b) => !b.original || !withinAny(b.original, (el) => relatedBlocks.has(el)));
  return { article, related };
}
