import type { AnalysisError } from '../core/types';
import { t } from './i18n';
import type { RestrictionReason } from './page-access';
import type { Problem } from './render-problem';

type MessageName = Parameters<typeof t>[0];

const RESTRICTION_TEXT = {
  'browser-page': 'restrictedBrowserPage',
  store: 'restrictedStore',
  'view-source': 'restrictedViewSource',
  pdf: 'restrictedPdf',
  file: 'restrictedFile',
  other: 'restrictedOther',
} as const satisfies Record<RestrictionReason | 'other', MessageName>;

// The core explains in English why a page is not an article (its `message` is for the
// command's users). The popup says the same in the reader's language, by the reason's
// text; a reason not listed here reads as the general one. tests/unit/describe-problem
// checks that every reason the core can give is listed.
export const NOT_ARTICLE_REASONS: Readonly<Record<string, MessageName>> = {
  'No article text was found on this page.': 'notArticleNoText',
  'This page has too little text to be an article.': 'notArticleTooShort',
  'This page is mostly links: it looks like a list of articles, not an article.': 'notArticleMostlyLinks',
  'This page lists articles rather than telling one.': 'notArticleList',
  'This page does not look like an article.': 'notArticleOther',
  'This is not an HTML page.': 'notArticleNotHtml',
  'This page is made of frames: open the frame that holds the article on its own.': 'notArticleFrames',
};

export function restrictedProblem(reason: RestrictionReason | 'other'): Problem {
  return { kind: 'restricted', title: t('restrictedTitle'), detail: t(RESTRICTION_TEXT[reason]) };
}

/** What went wrong, for the reader to act on, and the program's own words for a bug report. */
export function failedProblem(technical: string, retry: () => void): Problem {
  return { kind: 'failed', title: t('failedTitle'), detail: t('failedHint'), technical, retry };
}

export function noResponseProblem(retry: () => void): Problem {
  return { kind: 'no-response', title: t('failedTitle'), detail: t('noResponse'), retry };
}

/** The popup's words for an error of the analysis, chosen by its code (not the core's English). */
export function analysisProblem(error: AnalysisError, retry: () => void): Problem {
  switch (error.code) {
    case 'NOT_AN_ARTICLE': {
      const reason = t(NOT_ARTICLE_REASONS[error.message] ?? 'notArticleOther');
      return { kind: 'not-article', title: t('notArticleTitle'), detail: t('notArticleDetail', reason) };
    }
    case 'TOO_LARGE':
      return { kind: 'too-large', title: t('tooLargeTitle'), detail: t('tooLargeDetail') };
    default:
      return failedProblem(error.message, retry);
  }
}
