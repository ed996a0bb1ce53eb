import type { AnalysisError, NotArticleReason } from './types';

/** Error Readability throws past `maxElemsToParse` (run-readability.ts), a page too large. */
export class ReadabilityLimitError extends Error {}

/** What went wrong, for a message: an Error's own words, else the thrown value. */
export const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The error a failed step is reported as. Never thrown past the pipeline: a page that
 * trips a bug still gets a reason, in the popup and in the command's output alike.
 */
export function failureOf(error: unknown): AnalysisError {
  if (error instanceof ReadabilityLimitError) {
    return {
      code: 'TOO_LARGE',
      message: 'This page is too large to analyse (the limit keeps the browser responsive).',
    };
  }
  return { code: 'INTERNAL_ERROR', message: `The analysis failed: ${describeError(error)}` };
}

/** What the command's users read for each reason a page is not an article. */
const NOT_ARTICLE_MESSAGES: Record<NotArticleReason, string> = {
  'no-text': 'No article text was found on this page.',
  'too-short': 'This page has too little text to be an article.',
  'mostly-links': 'This page is mostly links: it looks like a list of articles, not an article.',
  listing: 'This page lists articles rather than telling one.',
  'unlike-article': 'This page does not look like an article.',
  'not-html': 'This is not an HTML page.',
  frames: 'This page is made of frames: open the frame that holds the article on its own.',
};

export function notAnArticle(reason: NotArticleReason): AnalysisError {
  return { code: 'NOT_AN_ARTICLE', message: NOT_ARTICLE_MESSAGES[reason], reason };
}
