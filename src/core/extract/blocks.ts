import type { BlockKind } from '../types';

// The article's text takes four shapes on its way through the pipeline, each carrying
// what the next step needs and nothing the step after it may not have:
//
//   RawBlock      collect-blocks.ts: a run of Readability's content, its kind and the
//                 element of the copy that owns it.
//   TracedBlock   trace-blocks.ts: + the position of the page element it came from, and
//                 that element itself, which page-furniture rules (drop-boilerplate.ts)
//                 and the related-reading finder read, because Readability has stripped
//                 the copy of the classes, forms and buttons that give furniture away.
//   ArticleBlock  what the judge and the repeat detector read: text, kind, position on
//                 the page and link density; no element, so it can cross to the popup.
//   Paragraph     types.ts: one block of the result, numbered, with the earlier
//                 paragraph it repeats (CONTRACT.md).

/** A run of text in the extracted content, owned by the nearest block-level element. */
export interface RawBlock {
  text: string;
  kind: BlockKind;
  owner: Element;
  /** Share of the block's characters that sit inside links (0..1). */
  linkDensity: number;
}

/** A block of Readability's content, traced back to the page. */
export interface TracedBlock extends RawBlock {
  /** See Paragraph.elementIndex. */
  elementIndex: number;
  /** The page's element at elementIndex (null when Readability made the block up). */
  original: Element | null;
}

/** A block of the article as the judge and the repeat detector read it. */
export interface ArticleBlock {
  text: string;
  kind: BlockKind;
  /** See Paragraph.elementIndex. */
  elementIndex: number;
  /** Share of the block's characters inside links (0..1). */
  linkDensity: number;
}

/**
 * Attribute on the elements of `contentHtml` (the reader view's copy of the article)
 * that a paragraph came from: its elementIndex. The reader view finds paragraphs by it.
 */
export const ELEMENT_INDEX_ATTR = 'data-ne-index';
