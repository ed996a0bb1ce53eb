import type { AnalysisError, NotArticleReason } from '../core/types';
import { t } from '../ui/i18n';
import type { RestrictionReason } from './page-access';
import type { Problem } from '../ui/render-problem';

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
// command's users) and names the reason for programs; the popup says the same in the
// reader's language, by the reason.
export const NOT_ARTICLE_REASONS: Readonly<Record<NotArticleReason, MessageName>> = {
  'no-text': 'notArticleNoText',
  'too-short': 'notArticleTooShort',
  'mostly-links': 'notArticleMostlyLinks',
  listing: 'notArticleList',
  'unlike-article': 'notArticleOther',
  'not-html': 'notArticleNotHtml',
  frames: 'notArticleFrames',
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
      const reason = t(NOT_ARTICLE_REASONS[error.reason] ?? 'notArticleOther');
      return { kind: 'not-article', title: t('notArticleTitle'), detail: t('notArticleDetail', reason) };
    }
    case 'TOO_LARGE':
      return { kind: 'too-large', title: t('tooLargeTitle'), detail: t('tooLargeDetail') };
    default:
      return failedProblem(error.message, retry);
  }
}
