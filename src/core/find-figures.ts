import type { Figure, Paragraph } from './types';

export interface FigureInput {
  title: string;
  paragraphs: readonly Paragraph[];
}

/** Key figures, most important first. Placeholder until issue #4. */
export function findFigures(input: FigureInput): Figure[] {
  void input;
  return [];
}
