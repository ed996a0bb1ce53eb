import type { Analysis, Figure } from '../core/types';
import { h } from '../ui/create-element';
import { clauseAround } from './figure-clause';
import { formatFigure } from './format-figure';
import { t } from '../ui/i18n';
import type { PageActions } from './page-actions';

/** How many figures show before "More figures": the ones a reader takes in at a glance (issue 13: at most 6). */
const SHOWN = 6;

function renderFigure(figure: Figure, analysis: Analysis, actions: PageActions, locale: string, status: HTMLElement) {
  // Label and sentence are the page's words: they keep the page's language and direction.
  const pageText = { lang: analysis.lang ?? undefined, dir: analysis.dir ?? undefined };
  const reveal = h(
    'button',
    { type: 'button', class: 'figure-reveal', title: t('figureReveal'), 'data-testid': 'figure' },
    // Numbers are written as the reader's locale writes them, which may not be the
    // language of the interface (a German browser with the English strings); a figure in
    // words ("triple-digit") is the page's.
    h(
      'span',
      { class: 'figure-amounts' },
      h(
        'span',
        {
          class: 'figure-value',
          'data-testid': 'figure-value',
          ...(figure.value === null ? pageText : { lang: locale }),
        },
        formatFigure(figure, locale),
      ),
      ...figure.equivalents.map((equivalent) =>
        h(
          'span',
          { class: 'figure-equivalent', lang: locale },
          t('figureEquivalent', formatFigure(equivalent, locale)),
        ),
      ),
    ),
    figure.label ? h('span', { class: 'figure-label', ...pageText }, figure.label) : clauseOf(figure, pageText),
  );
  reveal.addEventListener('click', () => {
    status.textContent = '';
    void actions.reveal(figure.paragraph, figure.context || figure.text).then((shown) => {
      if (!shown) status.textContent = t('figureGone');
    });
  });
  return h(
    'li',
    { class: 'figure' },
    reveal,
    figure.context &&
      h(
        'details',
        { class: 'figure-sentence' },
        h('summary', {}, t('figureSentence')),
        h('p', { class: 'figure-context', ...pageText }, figure.context),
      ),
  );
}

/** No phrase names what the figure measures: it is shown in its clause, marked (issue 13). */
function clauseOf(figure: Figure, pageText: { lang?: string; dir?: string }): HTMLElement | null {
  const clause = clauseAround(figure.context, figure.text);
  if (!clause) return null;
  return h(
    'span',
    { class: 'figure-label figure-clause', ...pageText },
    clause.before,
    h('mark', {}, clause.figure),
    clause.after,
  );
}

/**
 * "Key figures": the article's numbers that matter, most important first, each a large
 * compact number with its equivalents beside it and its label beneath; its sentence on
 * expansion; a click scrolls the page to that sentence and marks it briefly.
 */
export function renderFigures(analysis: Analysis, actions: PageActions, locale: string): HTMLElement | null {
  if (analysis.figures.length === 0) return null;
  const status = h('p', { class: 'figures-status', role: 'status' });
  const items = analysis.figures.map((figure) => renderFigure(figure, analysis, actions, locale, status));
  const list = h('ol', { class: 'figure-list', id: 'figure-list' }, ...items);
  let more: HTMLButtonElement | null = null;
  if (items.length > SHOWN) {
    const toggle = h('button', {
      type: 'button',
      class: 'figures-more',
      'aria-expanded': 'false',
      'aria-controls': 'figure-list',
    });
    const show = (all: boolean) => {
      items.forEach((item, i) => (item.hidden = !all && i >= SHOWN));
      toggle.setAttribute('aria-expanded', String(all));
      toggle.textContent = all ? t('figuresShowFewer') : t('figuresShowAll', String(items.length - SHOWN));
    };
    toggle.addEventListener('click', () => show(toggle.getAttribute('aria-expanded') !== 'true'));
    show(false);
    more = toggle;
  }
  return h(
    'section',
    { class: 'panel figures', 'aria-labelledby': 'figures-title', 'data-testid': 'figures' },
    h('h2', { class: 'panel-title', id: 'figures-title' }, t('figuresTitle')),
    list,
    more,
    status,
  );
}
