import type { Highlight, Paragraph } from '../types';

/**
 * The highlights in the order the article tells them, for showing (issue 14: listed by
 * importance, the lead often came second and the list read out of order). The analysis
 * keeps them most important first, as CONTRACT.md states, so that a reader of the data
 * can stop at any point; the popup, the Markdown summary and the command's text show
 * them in reading order: by paragraph, then by where the sentence starts in it.
 */
export function inReadingOrder(highlights: readonly Highlight[], paragraphs: readonly Paragraph[]): Highlight[] {
  const start = (h: Highlight) => paragraphs[h.paragraph]?.text.indexOf(h.text) ?? 0;
  return highlights
    .map((highlight) => ({ highlight, paragraph: highlight.paragraph, start: start(highlight) }))
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
    .map(({ highlight }) => highlight);
}
