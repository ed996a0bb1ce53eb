import type { BlockKind } from './types';

export interface DuplicateCandidate {
  text: string;
  kind: BlockKind;
}

/**
 * For each paragraph, the index of the earlier paragraph it repeats, or null.
 * Placeholder until issue #3: no paragraph is marked.
 */
export function findDuplicates(paragraphs: readonly DuplicateCandidate[]): (number | null)[] {
  return paragraphs.map(() => null);
}
