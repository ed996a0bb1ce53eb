import { browser } from 'wxt/browser';
import { h } from '../ui/create-element';
import { t } from '../ui/i18n';

// Kept on this device: the reader closed the hint and does not want it again.
const DISMISSED_KEY = 'pinHintDismissed';

interface ActionSettings {
  isOnToolbar?: boolean;
}

/**
 * Whether to offer the pin hint: Chromium says the icon is not on the toolbar, and the
 * reader has not closed the hint. Chromium then animates the icon out of the puzzle-piece
 * menu before it opens the popup: 0.27 s of every click (npm run bench -- chromium,
 * pinned against not pinned). Never in Firefox: it has getUserSettings too, but opens the
 * popup from its Extensions panel without that wait, and pins from a different menu.
 */
async function wantsPinHint(): Promise<boolean> {
  if (import.meta.env.FIREFOX) return false;
  const action = browser.action as { getUserSettings?: () => Promise<ActionSettings> };
  if (typeof action.getUserSettings !== 'function') return false;
  const [settings, stored] = await Promise.all([action.getUserSettings(), browser.storage.local.get(DISMISSED_KEY)]);
  return settings.isOnToolbar === false && stored[DISMISSED_KEY] !== true;
}

/**
 * One dismissible line asking the reader to pin the icon, or null when it has no place.
 * Asked for when the popup opens and shown in the action bar with the article, so that
 * nothing moves once painted.
 */
export async function renderPinHint(): Promise<HTMLElement | null> {
  if (!(await wantsPinHint().catch(() => false))) return null;
  const close = h('button', { type: 'button', class: 'pin-hint-close', 'aria-label': t('pinHintDismiss') }, '×');
  const hint = h(
    'div',
    { class: 'pin-hint', 'data-testid': 'pin-hint', role: 'note', 'aria-label': t('pinHintLabel') },
    h('p', { class: 'pin-hint-text' }, t('pinHint')),
    close,
  );
  close.addEventListener('click', () => {
    hint.remove();
    void browser.storage.local.set({ [DISMISSED_KEY]: true });
  });
  return hint;
}
