import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Analysis, Paragraph } from '../../src/core/types';
import type { RepeatsState } from '../../src/messaging';
import type { PageActions, RepeatsActions } from '../../src/popup/page-actions';
import { renderRepeats } from '../../src/popup/render-repeats';
import { makeAnalysis } from './helpers/analysis';

// Messages come back as their names (and substitutions), so the tests read which string
// the panel chose without depending on its English wording.
vi.mock('wxt/browser', () => ({
  browser: {
    i18n: {
      getMessage: (name: string, substitutions?: string | string[]) =>
        substitutions === undefined ? name : `${name}(${[substitutions].flat().join(',')})`,
      getUILanguage: () => 'en',
    },
  },
}));

beforeEach(() => {
  const { document, window } = parseHTML('<!doctype html><html><body></body></html>');
  vi.stubGlobal('document', document);
  vi.stubGlobal('Event', window.Event);
});

const paragraph = (index: number, text: string, duplicateOf: number | null = null): Paragraph => ({
  index,
  text,
  duplicateOf,
  kind: 'paragraph',
  elementIndex: index,
});

const analysisWith = (paragraphs: Paragraph[]): Analysis => makeAnalysis({ paragraphs });

const LONG =
  'The board voted on Tuesday to replace the diesel fleet with battery buses, and officials said the switch would take four years to complete across every route in the city.';
const withRepeats = analysisWith([
  paragraph(0, LONG),
  paragraph(1, 'Another paragraph.'),
  paragraph(2, LONG, 0),
  paragraph(3, 'Yet another paragraph.'),
  paragraph(4, 'Another paragraph, restated.', 1),
]);

function fakeActions(options: { state?: RepeatsState | null; always?: boolean; site?: string | null } = {}) {
  let state: RepeatsState | null =
    options.state === undefined ? { hidden: false, elementCount: 0, chosen: false } : options.state;
  const sites = new Set(options.always ? [options.site ?? 'example-news.com'] : []);
  const repeats = {
    site: options.site === undefined ? 'example-news.com' : options.site,
    getState: vi.fn(async () => state),
    setHidden: vi.fn(async (hidden: boolean) => {
      state = state && { hidden, elementCount: hidden ? 2 : 0, chosen: true };
      return state;
    }),
    alwaysHide: vi.fn(async (site: string) => sites.has(site)),
    setAlwaysHide: vi.fn(async (site: string, on: boolean) => void (on ? sites.add(site) : sites.delete(site))),
  } satisfies RepeatsActions;
  const actions: PageActions = { tabId: 1, reveal: async () => true, openReader: async () => true, repeats };
  return { actions, repeats };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const hideSwitch = (panel: HTMLElement) => panel.querySelector<HTMLInputElement>('#repeats-hide')!;
const alwaysBox = (panel: HTMLElement) => panel.querySelector<HTMLInputElement>('#repeats-always');

function toggle(input: HTMLInputElement): void {
  input.checked = !input.checked;
  input.dispatchEvent(new Event('change'));
}

describe('renderRepeats', () => {
  test('no panel when nothing repeats', () => {
    expect(renderRepeats(analysisWith([paragraph(0, LONG), paragraph(1, 'Other.')]), fakeActions().actions)).toBeNull();
  });

  test('says how many paragraphs repeat earlier ones', () => {
    const panel = renderRepeats(withRepeats, fakeActions().actions)!;
    expect(panel.querySelector('.repeats-count')!.textContent).toBe('repeatsCountMany(2)');
  });

  test('lists each pair, the kept opening beside the repeat', () => {
    const panel = renderRepeats(withRepeats, fakeActions().actions)!;
    const pairs = [...panel.querySelectorAll('.repeat-pair')].map((li) => [
      li.querySelector('.repeat-kept span:last-child')!.textContent,
      li.querySelector('.repeat-later span:last-child')!.textContent,
    ]);
    // A long paragraph shows its opening, cut after a whole word.
    const cut =
      'The board voted on Tuesday to replace the diesel fleet with battery buses, and officials said the switch…';
    expect(pairs).toEqual([
      [cut, cut],
      ['Another paragraph.', 'Another paragraph, restated.'],
    ]);
    expect(panel.querySelector('details summary')!.textContent).toBe('repeatsShowPairs');
  });

  test('one keyboard-reachable switch, labelled, off until the page answers', async () => {
    const panel = renderRepeats(withRepeats, fakeActions().actions)!;
    const input = hideSwitch(panel);
    expect(input.getAttribute('role')).toBe('switch');
    expect(input.type).toBe('checkbox');
    expect(panel.querySelector('label[for="repeats-hide"]')!.textContent).toBe('repeatsHide');
    expect(input.disabled).toBe(true);
    await settle();
    expect(input.disabled).toBe(false);
    expect(input.checked).toBe(false);
  });

  test('reflects the page when the popup reopens', async () => {
    const panel = renderRepeats(
      withRepeats,
      fakeActions({ state: { hidden: true, elementCount: 2, chosen: true } }).actions,
    )!;
    await settle();
    expect(hideSwitch(panel).checked).toBe(true);
  });

  test('the switch hides and shows the repeats on the page', async () => {
    const { actions, repeats } = fakeActions();
    const panel = renderRepeats(withRepeats, actions)!;
    await settle();
    toggle(hideSwitch(panel));
    await settle();
    expect(repeats.setHidden).toHaveBeenLastCalledWith(true);
    expect(hideSwitch(panel).checked).toBe(true);
    toggle(hideSwitch(panel));
    await settle();
    expect(repeats.setHidden).toHaveBeenLastCalledWith(false);
    expect(hideSwitch(panel).checked).toBe(false);
  });

  test('while the page answers, the switch keeps the focus but takes no clicks', async () => {
    const { actions } = fakeActions();
    const panel = renderRepeats(withRepeats, actions)!;
    await settle();
    const input = hideSwitch(panel);
    toggle(input);
    expect(input.disabled).toBe(false);
    expect(input.getAttribute('aria-disabled')).toBe('true');
    const click = new Event('click', { cancelable: true });
    input.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    await settle();
    expect(input.hasAttribute('aria-disabled')).toBe(false);
    expect(input.checked).toBe(true);
  });

  test('a switch the page did not answer goes back', async () => {
    const { actions, repeats } = fakeActions();
    repeats.setHidden.mockResolvedValueOnce(null);
    const panel = renderRepeats(withRepeats, actions)!;
    await settle();
    toggle(hideSwitch(panel));
    await settle();
    expect(hideSwitch(panel).checked).toBe(false);
    expect(panel.querySelector('.repeats-status')!.textContent).toBe('repeatsNoAnswer');
  });

  test.each([
    ['Enter', 1],
    ['a', 0],
  ])('%s on the switch flips it (%i click)', async (key, clicks) => {
    const panel = renderRepeats(withRepeats, fakeActions().actions)!;
    await settle();
    const input = hideSwitch(panel);
    const clicked = vi.fn();
    input.addEventListener('click', clicked);
    const press = new Event('keydown', { cancelable: true });
    Object.defineProperty(press, 'key', { value: key });
    input.dispatchEvent(press);
    expect(clicked).toHaveBeenCalledTimes(clicks);
    expect(press.defaultPrevented).toBe(clicks === 1);
  });

  test('a site set to "always hide" gets its repeats hidden on opening', async () => {
    const { actions, repeats } = fakeActions({ always: true });
    const panel = renderRepeats(withRepeats, actions)!;
    await settle();
    expect(repeats.setHidden).toHaveBeenCalledWith(true);
    expect(hideSwitch(panel).checked).toBe(true);
    expect(alwaysBox(panel)!.checked).toBe(true);
  });

  test('"always hide" does not override a choice made on this page', async () => {
    const { actions, repeats } = fakeActions({ always: true, state: { hidden: false, elementCount: 0, chosen: true } });
    const panel = renderRepeats(withRepeats, actions)!;
    await settle();
    expect(repeats.setHidden).not.toHaveBeenCalled();
    expect(hideSwitch(panel).checked).toBe(false);
  });

  test('turning "always hide" on stores it and hides the repeats here', async () => {
    const { actions, repeats } = fakeActions();
    const panel = renderRepeats(withRepeats, actions)!;
    await settle();
    expect(panel.querySelector('label[for="repeats-always"]')!.textContent).toBe('repeatsAlways(example-news.com)');
    toggle(alwaysBox(panel)!);
    await settle();
    expect(repeats.setAlwaysHide).toHaveBeenCalledWith('example-news.com', true);
    expect(repeats.setHidden).toHaveBeenCalledWith(true);
  });

  test('without page actions: the count and the pairs, no switch', async () => {
    const panel = renderRepeats(withRepeats, { tabId: 1, reveal: async () => true, openReader: async () => true })!;
    await settle();
    expect(panel.querySelector('.repeats-count')!.textContent).toBe('repeatsCountMany(2)');
    expect(panel.querySelectorAll('.repeat-pair')).toHaveLength(2);
    expect(panel.querySelector('#repeats-hide')).toBeNull();
  });

  test('no site option without a site', async () => {
    const panel = renderRepeats(withRepeats, fakeActions({ site: null }).actions)!;
    await settle();
    expect(alwaysBox(panel)).toBeNull();
  });

  test('tells the reader when the page does not answer', async () => {
    const panel = renderRepeats(withRepeats, fakeActions({ state: null }).actions)!;
    await settle();
    expect(panel.querySelector('.repeats-status')!.textContent).toBe('repeatsNoAnswer');
    expect(hideSwitch(panel).disabled).toBe(true);
  });
});
