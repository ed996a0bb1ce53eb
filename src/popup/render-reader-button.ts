import type { PageActions } from './render-analysis';
import { h } from './create-element';
import { t } from './i18n';

/** The way to the reader view: the cleaned article in a tab of its own. */
export function renderReaderButton(actions: PageActions): HTMLElement {
  const button = h('button', { type: 'button', class: 'button', 'data-action': 'open-reader' }, t('openReader'));
  const status = h('p', { class: 'reader-status', role: 'status' });
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = '';
    void actions.openReader().then((opened) => {
      button.disabled = false;
      if (!opened) status.textContent = t('openReaderFailed');
    });
  });
  return h('div', { class: 'action action--reader' }, button, status);
}
