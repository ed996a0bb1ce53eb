import type { Analysis } from '../core/types';
import { h } from '../ui/create-element';
import { renderCopySummary } from './render-copy-summary';
import { renderFigures } from './render-figures';
import { renderHeader } from './render-header';
import { renderHighlights } from './render-highlights';
import { renderReaderButton } from './render-reader-button';
import { renderRelatedLinks } from './render-related-links';
import { renderRepeats } from './render-repeats';
import type { PageActions, Panel } from './page-actions';

// In the order the reader sees them.
const PANELS: readonly Panel[] = [renderFigures, renderHighlights, renderRepeats, renderRelatedLinks];

/** The whole popup article; `header` is the one already shown while the popup's stages ran, if any. */
export function renderAnalysis(
  analysis: Analysis,
  actions: PageActions,
  locale: string,
  header: HTMLElement = renderHeader(analysis, locale),
): HTMLElement {
  return h(
    'article',
    { class: 'summary', 'aria-labelledby': 'article-title' },
    header,
    ...PANELS.map((panel) => panel(analysis, actions, locale)),
    // What to do with the article, in a bar that stays in view however far the panels
    // run (the popup stops growing at 600 px): last in the tab order, as it is on screen.
    h(
      'footer',
      { class: 'actions', 'data-testid': 'actions' },
      renderReaderButton(actions),
      renderCopySummary(analysis),
    ),
  );
}
