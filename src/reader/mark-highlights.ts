import type { Highlight } from '../core/types';
import { findText, wrapSegments } from './find-text';
import type { ParagraphElements } from './locate-paragraph-elements';

/** Marks each highlight's sentence in its paragraph; returns how many were found. */
export function markHighlights(paragraphs: ParagraphElements, highlights: readonly Highlight[]): number {
  let marked = 0;
  for (const highlight of highlights) {
    const el = paragraphs.byParagraph[highlight.paragraph];
    if (!el) continue;
    const segments = findText(el, highlight.text, (inner) => paragraphs.all.has(inner));
    if (!segments) continue;
    const doc = el.ownerDocument;
    wrapSegments(segments, () => {
      const mark = doc.createElement('mark');
      mark.className = 'ne-highlight';
      return mark;
    });
    marked++;
  }
  return marked;
}
