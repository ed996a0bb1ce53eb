import { inReadingOrder } from '../core/highlights/in-reading-order';
import type { Analysis } from '../core/types';
import { h } from '../ui/create-element';
import { t } from '../ui/i18n';
import type { PageActions } from './page-actions';

/**
 * "Highlights": the article's key sentences as the page writes them, in the order it
 * tells them (the analysis keeps them most important first). Each is a button: a click (or Enter) scrolls the page to the sentence and marks
 * it briefly; if the page has changed since, a note says so.
 */
export function renderHighlights(analysis: Analysis, actions: PageActions): HTMLElement | null {
  if (analysis.highlights.length === 0) return null;
  const status = h('p', { class: 'panel-status', role: 'status' });
  // The sentences are the page's words: they keep the page's language and direction.
  const pageText = { lang: analysis.lang ?? undefined, dir: analysis.dir ?? undefined };
  const items = inReadingOrder(analysis.highlights, analysis.paragraphs).map((highlight) => {
    const button = h(
      'button',
      { type: 'button', class: 'highlight', title: t('highlightReveal'), 'data-testid': 'highlight', ...pageText },
      highlight.text,
    );
    button.addEventListener('click', () => {
      status.textContent = '';
      void actions.reveal(highlight.paragraph, highlight.text).then((shown) => {
        if (!shown) status.textContent = t('highlightGone');
      });
    });
    return h('li', {}, button);
  });
  return h(
    'section',
    { class: 'panel highlights', 'aria-labelledby': 'highlights-title', 'data-testid': 'highlights' },
    h('h2', { class: 'panel-title', id: 'highlights-title' }, t('highlightsTitle')),
    h('ul', { class: 'highlight-list' }, ...items),
    status,
  );
}
