import type { Figure, Highlight, Paragraph } from './types';

export interface HighlightInput {
  title: string;
  lang: string | null;
  paragraphs: readonly Paragraph[];
  figures: readonly Figure[];
}

/** Key sentences of the article. Placeholder until issue #5. */
export function findHighlights(input: HighlightInput): Highlight[] {
  void input;
  return [];
}
