import { originalElements } from '../core/extract-article';
import type { Paragraph } from '../core/types';

/**
 * The live elements the paragraphs came from. The core numbered the elements of its
 * clone in document order; the same walk over the live page, made right after the
 * analysis and before the page can change, finds the very same elements. Never a search
 * for similar text, which could land on a different element.
 */
export function locateParagraphs(doc: Document, paragraphs: readonly Paragraph[]): (Element | null)[] {
  const elements = originalElements(doc);
  return paragraphs.map((p) => elements[p.elementIndex] ?? null);
}
