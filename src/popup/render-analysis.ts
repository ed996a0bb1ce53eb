import type { Analysis } from '../core/types';
import { h } from './create-element';
import { renderFigures } from './render-figures';
import { renderHeader } from './render-header';
import { renderReaderButton } from './render-reader-button';

/** What panels may ask of the page the popup summarises. */
export interface PageActions {
  readonly tabId: number;
  /** Scrolls the page to a paragraph and marks `text` in it briefly; false if it is gone. */
  reveal(paragraph: number, text: string): Promise<boolean>;
  /** Opens the reader view of the page in a new tab; false if it could not. */
  openReader(): Promise<boolean>;
}

/** One section of the popup below the header; null when it has nothing to show. */
export type Panel = (analysis: Analysis, actions: PageActions, locale: string) => HTMLElement | null;

// In the order the reader sees them.
const PANELS: readonly Panel[] = [renderFigures, renderReaderButton];

export function renderAnalysis(analysis: Analysis, actions: PageActions, locale: string): HTMLElement {
  return h(
    'article',
    { class: 'summary', 'aria-labelledby': 'article-title' },
    renderHeader(analysis, locale),
    ...PANELS.map((panel) => panel(analysis, actions, locale)),
  );
}
