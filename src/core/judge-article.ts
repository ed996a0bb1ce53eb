/** What the analysis knows when it decides whether a page is an article. */
export interface ArticleEvidence {
  wordCount: number;
  /** Readability's own quick verdict, isProbablyReaderable(); asked only when needed. */
  readerable: () => boolean;
  /** og:type article or a schema.org Article type. */
  declaresArticle: boolean;
  /** schema.org CollectionPage, ItemList, SearchResultsPage and the like. */
  declaresListing: boolean;
  /** Share of the extracted text that sits inside links (0..1). */
  linkDensity: number;
  /** Headings that are (almost) all link: teaser headlines. */
  linkedHeadings: number;
  /** Words in prose paragraphs and quotes (not link lists). */
  proseWords: number;
}

export type ArticleVerdict = { isArticle: true } | { isArticle: false; reason: string };

// Thresholds: the shortest body in the article-extraction benchmark is 66 tokens; section
// fronts and search pages that Readability still "extracts" are mostly link text, or a
// river of linked headlines over one-line standfirsts (tests/fixtures/pages/section-front).
const MIN_WORDS = 50;
const MIN_WORDS_UNDECLARED = 150;
const MAX_LINK_DENSITY = 0.5;
const MIN_LINKED_HEADINGS = 4;
/** Below this many prose words per linked headline, the headlines are the page. */
const MIN_PROSE_PER_HEADLINE = 40;
/** A page declaring itself a list may still hold one story of this many prose words. */
const MIN_PROSE_IN_LISTING = 300;

/** Whether a page is an article, from several weak signals rather than one. */
export function judgeArticle(evidence: ArticleEvidence): ArticleVerdict {
  if (evidence.wordCount < MIN_WORDS) {
    return { isArticle: false, reason: 'This page has too little text to be an article.' };
  }
  if (evidence.linkDensity > MAX_LINK_DENSITY) {
    return { isArticle: false, reason: 'This page is mostly links: it looks like a list of articles, not an article.' };
  }
  // A related-stories box inside an article has a few linked headlines next to many
  // paragraphs (news.sky.com in the benchmark corpus); a section front has little else.
  const headlineRiver =
    evidence.linkedHeadings >= MIN_LINKED_HEADINGS &&
    evidence.proseWords < MIN_PROSE_PER_HEADLINE * evidence.linkedHeadings;
  const declaredListing =
    evidence.declaresListing && !evidence.declaresArticle && evidence.proseWords < MIN_PROSE_IN_LISTING;
  if (headlineRiver || declaredListing) {
    return { isArticle: false, reason: 'This page lists articles rather than telling one.' };
  }
  if (!evidence.declaresArticle && evidence.wordCount < MIN_WORDS_UNDECLARED && !evidence.readerable()) {
    return { isArticle: false, reason: 'This page does not look like an article.' };
  }
  return { isArticle: true };
}
