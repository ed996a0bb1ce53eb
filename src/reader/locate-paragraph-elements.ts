import { ELEMENT_INDEX_ATTR } from '../core/extract/blocks';
import type { Paragraph } from '../core/types';

/** The elements of the sanitised article the paragraphs came from, by paragraph index. */
export interface ParagraphElements {
  /** The element of each paragraph, or null where it is not in the content. */
  readonly byParagraph: readonly (Element | null)[];
  /** Every element some paragraph came from. */
  readonly all: ReadonlySet<Element>;
  /**
   * True when the paragraph's element holds nothing but that paragraph: no other
   * paragraph shares it (Readability's own wrappers carry no number, so loose text it
   * wrapped counts as its numbered ancestor's) and none is nested inside it.
   */
  ownsAlone(paragraph: number): boolean;
}

/**
 * Finds each paragraph's element by the number the core gave it (Paragraph.elementIndex,
 * kept on the content as data-ne-index): the very element, never a search for text.
 */
export function locateParagraphElements(root: ParentNode, paragraphs: readonly Paragraph[]): ParagraphElements {
  const numbered = new Map<number, Element>();
  for (const el of root.querySelectorAll(`[${ELEMENT_INDEX_ATTR}]`)) {
    numbered.set(Number(el.getAttribute(ELEMENT_INDEX_ATTR)), el);
  }
  const byParagraph = paragraphs.map((p) => numbered.get(p.elementIndex) ?? null);
  const all = new Set(byParagraph.filter((el): el is Element => el !== null));
  const uses = new Map<Element, number>();
  for (const el of byParagraph) if (el) uses.set(el, (uses.get(el) ?? 0) + 1);

  return {
    byParagraph,
    all,
    ownsAlone(paragraph) {
      const el = byParagraph[paragraph];
      if (!el || uses.get(el) !== 1) return false;
      for (const other of all) if (other !== el && el.contains(other)) return false;
      return true;
    },
  };
}
