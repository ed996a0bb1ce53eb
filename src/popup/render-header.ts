import type { PageReading } from '../core/types';
import { h } from '../ui/create-element';
import { formatDate } from '../ui/format-date';
import { formatLength } from '../ui/format-length';
import { t } from '../ui/i18n';
import { renderDoubt } from './render-doubt';

/** Title, site, byline, date, length, and a doubt if the judge has one: what the reader sees first. */
export function renderHeader(analysis: PageReading, locale: string): HTMLElement {
  const date = formatDate(analysis.publishedTime, locale);
  const source = [analysis.siteName, analysis.byline ? t('byAuthor', analysis.byline) : null]
    .filter(Boolean)
    .join(' · ');
  return h(
    'header',
    { class: 'article-header' },
    h(
      'h1',
      {
        class: 'article-title',
        id: 'article-title',
        // Element Timing: when the title is painted (bench/chromium.ts reads it).
        elementtiming: 'article-header',
        lang: analysis.lang ?? undefined,
        dir: analysis.dir ?? undefined,
      },
      analysis.title,
    ),
    source && h('p', { class: 'article-source' }, source),
    h(
      'p',
      { class: 'article-stats' },
      date && h('time', { datetime: analysis.publishedTime ?? undefined }, date),
      date && ' · ',
      h('span', { 'data-testid': 'word-count' }, formatLength(analysis, locale)),
    ),
    renderDoubt(analysis),
  );
}
