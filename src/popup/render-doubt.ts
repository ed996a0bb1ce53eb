import type { DoubtReason, PageReading } from '../core/types';
import { h } from '../ui/create-element';
import { t } from '../ui/i18n';

type MessageName = Parameters<typeof t>[0];

const DOUBT_TEXT = {
  'too-short': 'doubtTooShort',
  'mostly-links': 'doubtMostlyLinks',
  listing: 'doubtListing',
  'unlike-article': 'doubtUnlikeArticle',
} as const satisfies Record<DoubtReason, MessageName>;

/**
 * Where the judge doubts the page is an article, one quiet line saying why, above what
 * was found (issue 12: a page with text to read is never a dead end); null otherwise.
 */
export function renderDoubt(analysis: PageReading): HTMLElement | null {
  const reason = analysis.doubt?.reason;
  if (!reason) return null;
  return h('p', { class: 'article-doubt', 'data-testid': 'doubt' }, t(DOUBT_TEXT[reason] ?? 'doubtUnlikeArticle'));
}
