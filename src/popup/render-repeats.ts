import type { Analysis, Paragraph } from '../core/types';
import type { RepeatsState } from '../messaging';
import { h } from '../ui/create-element';
import { t } from '../ui/i18n';
import type { PageActions, RepeatsActions } from './page-actions';

const OPENING_LENGTH = 110;

/** The first words of a paragraph, cut at a word boundary. */
function opening(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= OPENING_LENGTH) return flat;
  const cut = flat.slice(0, OPENING_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > OPENING_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

function countText(count: number): string {
  return count === 1 ? t('repeatsCountOne') : t('repeatsCountMany', String(count));
}

/**
 * Repeated sections (issue #3): how many paragraphs repeat earlier ones, the pairs on
 * request, and the switch that hides the repeats on the page. The switch shows the
 * page's own state when the popup opens (the choice lasts as long as the page), and a
 * site the reader chose to "always hide" gets its repeats hidden on opening, unless the
 * reader already chose otherwise on this page.
 */
export function renderRepeats(analysis: Analysis, actions: PageActions): HTMLElement | null {
  const pairs = analysis.paragraphs
    .filter((p): p is Paragraph & { duplicateOf: number } => p.duplicateOf !== null)
    .map((repeat) => ({ repeat, kept: analysis.paragraphs[repeat.duplicateOf]! }))
    .filter(({ kept }) => kept !== undefined);
  if (pairs.length === 0) return null;

  const lang = analysis.lang ?? undefined;
  const dir = analysis.dir ?? undefined;
  const repeatsActions = actions.repeats;
  const hideSwitch = repeatsActions
    ? h('input', {
        type: 'checkbox',
        role: 'switch',
        id: 'repeats-hide',
        'aria-describedby': 'repeats-status',
        disabled: true,
      })
    : null;
  const site = repeatsActions?.site ?? null;
  const alwaysBox = site ? h('input', { type: 'checkbox', id: 'repeats-always', disabled: true }) : null;
  const status = h('p', { class: 'repeats-status', id: 'repeats-status', role: 'status' });

  const panel = h(
    'section',
    { class: 'panel repeats', 'aria-labelledby': 'repeats-title', 'data-testid': 'repeats-panel' },
    h('h2', { class: 'panel-title', id: 'repeats-title' }, t('repeatsTitle')),
    h('p', { class: 'repeats-count' }, countText(pairs.length)),
    hideSwitch && h('label', { class: 'switch', for: 'repeats-hide' }, hideSwitch, h('span', {}, t('repeatsHide'))),
    alwaysBox &&
      site &&
      h(
        'label',
        { class: 'repeats-always', for: 'repeats-always' },
        alwaysBox,
        h('span', {}, t('repeatsAlways', site)),
      ),
    status,
    h(
      'details',
      { class: 'repeat-pairs' },
      h('summary', {}, t('repeatsShowPairs')),
      h(
        'ol',
        {},
        ...pairs.map(({ kept, repeat }) =>
          h(
            'li',
            { class: 'repeat-pair' },
            h(
              'p',
              { class: 'repeat-kept' },
              h('span', { class: 'repeat-label' }, t('repeatsKept')),
              h('span', { lang, dir }, opening(kept.text)),
            ),
            h(
              'p',
              { class: 'repeat-later' },
              h('span', { class: 'repeat-label' }, t('repeatsRepeat')),
              h('span', { lang, dir }, opening(repeat.text)),
            ),
          ),
        ),
      ),
    ),
  );
  if (repeatsActions && hideSwitch) void connectRepeatControls({ hideSwitch, alwaysBox, status, site }, repeatsActions);
  return panel;
}

interface Controls {
  hideSwitch: HTMLInputElement;
  alwaysBox: HTMLInputElement | null;
  status: HTMLElement;
  site: string | null;
}

/** Reads the page's state, applies the site's "always hide", then follows the reader. */
async function connectRepeatControls(controls: Controls, actions: RepeatsActions): Promise<void> {
  const { hideSwitch, alwaysBox, status, site } = controls;
  const show = (state: RepeatsState | null, wanted?: boolean) => {
    if (!state) {
      status.textContent = t('repeatsNoAnswer');
      return;
    }
    hideSwitch.checked = state.hidden;
    hideSwitch.disabled = false;
    status.textContent = wanted && !state.hidden ? t('repeatsCannotHide') : '';
  };
  // While the page answers, the switch takes no clicks but stays focusable: disabling it
  // would drop the keyboard's focus to the top of the popup after every toggle.
  let busy = false;
  const setHidden = async (hidden: boolean) => {
    busy = true;
    hideSwitch.setAttribute('aria-disabled', 'true');
    const state = await actions.setHidden(hidden);
    busy = false;
    hideSwitch.removeAttribute('aria-disabled');
    if (!state) hideSwitch.checked = !hidden;
    show(state, hidden);
  };
  hideSwitch.addEventListener('click', (event) => {
    if (busy) event.preventDefault();
  });

  let state = await actions.getState();
  const always = site ? await actions.alwaysHide(site).catch(() => false) : false;
  if (alwaysBox) {
    alwaysBox.checked = always;
    alwaysBox.disabled = false;
  }
  if (state && always && !state.chosen && !state.hidden) state = await actions.setHidden(true);
  show(state);

  hideSwitch.addEventListener('change', () => void setHidden(hideSwitch.checked));
  // A switch flips with Enter as well as Space (WAI-ARIA switch pattern); the checkbox
  // underneath it only takes Space.
  hideSwitch.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || hideSwitch.disabled) return;
    event.preventDefault();
    hideSwitch.click();
  });
  alwaysBox?.addEventListener('change', () => {
    const on = alwaysBox.checked;
    void actions.setAlwaysHide(site!, on);
    // Turning the option on hides the repeats here too; turning it off leaves this page as it is.
    if (on && !hideSwitch.checked) void setHidden(true);
  });
}
