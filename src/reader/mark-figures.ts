import type { Figure } from '../core/types';
import { findText, wrapSegments } from './find-text';
import type { ParagraphElements } from './locate-paragraph-elements';

export const FIGURE_CLASS = 'ne-figure';

/**
 * Marks each figure where it stands in its paragraph, with its label: as a tooltip for
 * the pointer, and as text after the figure for screen readers (which do not read
 * title attributes reliably), so "RMB 380 billion" is heard as "RMB 380 billion (AI and
 * cloud investment)". A figure the same paragraph states twice is marked at each place,
 * one per figure in the analysis. Returns how many were found.
 */
export function markFigures(paragraphs: ParagraphElements, figures: readonly Figure[]): number {
  let marked = 0;
  for (const figure of figures) {
    const el = paragraphs.byParagraph[figure.paragraph];
    if (!el) continue;
    const segments = findText(
      el,
      figure.text,
      (inner) => paragraphs.all.has(inner) || inner.classList.contains(FIGURE_CLASS),
    );
    if (!segments) continue;
    const doc = el.ownerDocument;
    const label = figure.label.trim();
    const marks = wrapSegments(segments, () => {
      const mark = doc.createElement('mark');
      mark.className = FIGURE_CLASS;
      mark.dataset.kind = figure.kind;
      if (label) mark.title = label;
      return mark;
    });
    if (label) {
      const spoken = doc.createElement('span');
      spoken.className = 'visually-hidden';
      spoken.textContent = ` (${label})`;
      marks[marks.length - 1]!.after(spoken);
    }
    marked++;
  }
  return marked;
}
