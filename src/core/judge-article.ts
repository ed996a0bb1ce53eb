/** What the analysis knows when it decides whether a page is an article. */
export interface ArticleEvidence {
  wordCount: number;
  /** Readability's own quick verdict, isProbablyReaderable(). */
  readerable: boolean;
  /** og:type article or a schema.org Article type. */
  declaresArticle: boolean;
  /** Share of the extracted text that sits inside links (0..1). */
  linkDensity: number;
}

export type ArticleVerdict = { isArticle: true } | { isArticle: false; reason: string };

// Thresholds: the shortest body in the article-extraction benchmark is 66 tokens; section
// fronts and search pages that Readability still "extracts" are mostly link text.
const MIN_WORDS = 50;
const MIN_WORDS_UNDECLARED = 150;
const MAX_LINK_DENSITY = 0.5;

/** Whether a page is an article, from several weak signals rather than one. */
export function judgeArticle(evidence: ArticleEvidence): ArticleVerdict {
  if (evidence.wordCount < MIN_WORDS) {
    return { isArticle: false, reason: 'This page has too little text to be an article.' };
  }
  if (evidence.linkDensity > MAX_LINK_DENSITY) {
    return { isArticle: false, reason: 'This page is mostly links: it looks like a list of articles, not an article.' };
  }
  if (!evidence.declaresArticle && !evidence.readerable && evidence.wordCount < MIN_WORDS_UNDECLARED) {
    return { isArticle: false, reason: 'This page does not look like an article.' };
  }
  return { isArticle: true };
}
