import type { PageActions } from './page-actions';
import { h } from '../ui/create-element';
import { t } from '../ui/i18n';

/** The way to the reader view: the cleaned article in a tab of its own. */
export function renderReaderButton(actions: PageActions): HTMLElement {
  const button = h('button', { type: 'button', class: 'button', 'data-action': 'open-reader' }, t('openReader'));
  const status = h('p', { class: 'reader-status', role: 'status' });
  // Busy, not disabled, while the tab opens: a disabled button would drop the keyboard's
  // focus to the top of the popup if opening fails.
  let busy = false;
  button.addEventListener('click', () => {
    if (busy) return;
    busy = true;
    button.setAttribute('aria-disabled', 'true');
    status.textContent = '';
    void actions.openReader().then((opened) => {
      busy = false;
      button.removeAttribute('aria-disabled');
      if (!opened) status.textContent = t('openReaderFailed');
    });
  });
  return h('div', { class: 'action action--reader' }, button, status);
}
