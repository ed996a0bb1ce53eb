import type { RelatedLink } from './types';

export interface RelatedLinkInput {
  /** Address the page was loaded from. */
  pageUrl: string | null;
  /** The article's canonical address, when the page states one. */
  canonicalUrl: string | null;
  /** Elements of `doc` that the article body's blocks came from. */
  articleElements: readonly Element[];
}

/** Links the page offers as further reading. Placeholder until issue #5. */
export function findRelatedLinks(doc: Document, input: RelatedLinkInput): RelatedLink[] {
  void doc;
  void input;
  return [];
}
