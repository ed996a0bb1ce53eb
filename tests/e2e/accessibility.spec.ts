import type { Page } from '@playwright/test';
import { axePage, axePopup } from './axe';
import { popupPicture, readerPicture, saveDocPicture } from './doc-screenshots';
import { expect, test, type ExtensionHarness } from './extension';
import { NOTHING_TO_READ } from './serve-pages';
import type { PopupSession } from './popup-session';

// Issue #7: the popup and the reader view work from the keyboard with visible focus,
// follow the system's dark mode and reduced motion, and axe-core finds no violations in
// either.

/**
 * Emulates the system's light or dark mode in the popup, and waits for the colour
 * transitions it starts to end (reading a computed style starts them; axe and the
 * colour checks must see the final colours).
 */
async function scheme(popup: PopupSession, value: 'light' | 'dark'): Promise<void> {
  await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
  await popup.evaluate(
    `(getComputedStyle(document.body).color, Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished)).then(() => true))`,
  );
}

/** The popup on the seed page, its switch ready. */
async function seedPopup(extension: ExtensionHarness): Promise<{ page: Page; popup: PopupSession }> {
  const page = await extension.context.newPage();
  await page.goto(extension.server.pageUrl('seed-article'));
  const popup = await extension.clickToolbarButton(page);
  await popup.waitFor(`document.querySelector('#repeats-hide:not(:disabled)')`);
  return { page, popup };
}

/** WCAG contrast ratio of two computed colours ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((c) => {
        const s = Number(c) / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

interface PopupColours {
  body: string;
  text: string;
  card: string;
  switchBorder: string;
  focus: string;
}

const popupColours = (popup: PopupSession) =>
  popup.evaluate<PopupColours>(`(() => {
    const style = (selector) => getComputedStyle(document.querySelector(selector));
    return {
      body: style('body').backgroundColor,
      text: style('body').color,
      card: style('.figure').backgroundColor,
      switchBorder: style('#repeats-hide').borderTopColor,
      focus: getComputedStyle(document.documentElement).getPropertyValue('--focus').trim(),
    };
  })()`);

test('the popup follows the system’s dark mode and reduced motion, and axe finds nothing in it, light or dark', async ({
  extension,
}, testInfo) => {
  const { popup } = await seedPopup(extension);

  for (const value of ['light', 'dark'] as const) {
    await scheme(popup, value);
    const colours = await popupColours(popup);
    expect(colours.body).toBe(value === 'dark' ? 'rgb(27, 28, 31)' : 'rgb(255, 255, 255)');
    expect(colours.text).toBe(value === 'dark' ? 'rgb(232, 234, 237)' : 'rgb(27, 29, 33)');
    // Non-text contrast (WCAG 1.4.11): the switch's outline, the focus ring on the popup and on a card.
    expect(contrast(colours.switchBorder, colours.body)).toBeGreaterThanOrEqual(3);
    const focus = await popup.evaluate<string>(
      `(() => { const probe = document.createElement('i'); probe.style.color = ${JSON.stringify(colours.focus)}; document.body.append(probe); const c = getComputedStyle(probe).color; probe.remove(); return c; })()`,
    );
    expect(contrast(focus, colours.body)).toBeGreaterThanOrEqual(3);
    expect(contrast(focus, colours.card)).toBeGreaterThanOrEqual(3);

    expect(await axePopup(popup), `axe, ${value}, as the popup opens`).toEqual([]);
    await popup.screenshot(testInfo.outputPath(`popup-${value}.png`));
    if (value === 'dark') await saveDocPicture(testInfo, 'docs/popup-dark.png', await popupPicture(popup));
  }

  // Everything folded away, unfolded: the figures' sentences, the pairs of repeats.
  await popup.evaluate(`document.querySelectorAll('details').forEach((d) => (d.open = true))`);
  for (const value of ['dark', 'light'] as const) {
    await scheme(popup, value);
    expect(await axePopup(popup), `axe, ${value}, all unfolded`).toEqual([]);
  }

  const transition = () =>
    popup.evaluate<string>(`getComputedStyle(document.querySelector('#repeats-hide')).transitionDuration`);
  expect(await transition()).not.toMatch(/^0s(, 0s)*$/);
  await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
  expect(await transition()).toMatch(/^0s(, 0s)*$/);
});

test('axe finds nothing in the popup’s explanations either', async ({ extension }) => {
  extension.server.route('/generated/nothing-to-read.html', NOTHING_TO_READ);
  const page = await extension.context.newPage();
  await page.goto(`${extension.server.origin}/generated/nothing-to-read.html`);
  const popup = await extension.clickToolbarButton(page);
  await popup.waitFor(`document.querySelector('[data-problem]')`);
  for (const value of ['light', 'dark'] as const) {
    await scheme(popup, value);
    expect(await axePopup(popup), value).toEqual([]);
  }
});

test('axe finds nothing in the quiet line of a page that may not be an article', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(extension.server.pageUrl('section-front'));
  const popup = await extension.clickToolbarButton(page);
  await popup.waitFor(`document.querySelector('[data-testid="doubt"]')`);
  for (const value of ['light', 'dark'] as const) {
    await scheme(popup, value);
    expect(await axePopup(popup), value).toEqual([]);
  }
});

interface AxNode {
  role?: { value: string };
  name?: { value: string };
  ignored?: boolean;
}

test('every control has a name, and a key figure is read out with its label', async ({ extension }) => {
  const { page, popup } = await seedPopup(extension);
  const { nodes } = await popup.send<{ nodes: AxNode[] }>('Accessibility.getFullAXTree');
  const controls = nodes.filter(
    (n) => !n.ignored && ['button', 'link', 'checkbox', 'switch', 'DisclosureTriangle'].includes(n.role?.value ?? ''),
  );
  expect(controls.length).toBeGreaterThanOrEqual(20);
  for (const control of controls) expect(control.name?.value.trim(), JSON.stringify(control.role)).toBeTruthy();
  const names = controls.map((n) => n.name!.value);
  expect(names).toContain(
    'RMB\u00a0380B ≈ US$53B commitment in cloud computing and artificial intelligence infrastructure',
  );
  expect(names).toContain('Hide repeats on the page');
  expect(names).toContain('Open reader view');
  expect(names).toContain('Copy summary');

  // In the reader view, a figure is followed by its label for screen readers.
  const opened = extension.context.waitForEvent('page', (p) => p.url().includes('/reader.html?id='));
  await popup.click('[data-action="open-reader"]');
  const reader = await opened;
  await reader.waitForSelector('.reader-title');
  const firstParagraph = reader.getByTestId('reader-content').locator('p').first();
  expect(await firstParagraph.ariaSnapshot()).toMatch(
    /- mark: RMB 380 billion\n\s*- text: \(commitment in cloud computing and artificial intelligence infrastructure\)/,
  );
  await page.close();
});

interface Focused {
  /** Index of the focused element among the popup's focusable elements in document order; -1 for none. */
  index: number;
  name: string;
  focusVisible: boolean;
  outline: string;
  /** The element, not the action bar nor anything else, is what shows at its middle. */
  onTop: boolean;
}

const FOCUSABLE = `[...document.querySelectorAll('button, a[href], input, summary, [tabindex]')].filter((el) => el.getClientRects().length > 0 && !el.disabled)`;

const focused = (popup: PopupSession) =>
  popup.evaluate<Focused>(`(() => {
    const el = document.activeElement;
    const box = el.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const style = getComputedStyle(el);
    return {
      index: ${FOCUSABLE}.indexOf(el),
      name: el.id || el.dataset.testid || el.dataset.action || el.textContent.trim().slice(0, 30),
      focusVisible: el.matches(':focus-visible'),
      outline: style.outlineStyle + ' ' + style.outlineWidth,
      onTop: !!top && (el === top || el.contains(top) || top.contains(el)),
    };
  })()`);

test('everything in the popup works from the keyboard, with visible focus and no trap', async ({ extension }) => {
  await extension.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: extension.server.origin });
  const { page, popup } = await seedPopup(extension);
  const count = await popup.evaluate<number>(`${FOCUSABLE}.length`);
  expect(count).toBeGreaterThanOrEqual(20);

  // Tab visits every control once, in the order they stand on screen, each with a visible
  // ring and none hidden behind the action bar; then focus goes round again.
  const visited: number[] = [];
  for (let i = 0; i < count; i++) {
    await popup.press('Tab');
    const now = await focused(popup);
    expect(now.focusVisible, now.name).toBe(true);
    expect(now.outline, now.name).toBe('solid 2px');
    expect(now.onTop, `${now.name} is covered`).toBe(true);
    visited.push(now.index);
  }
  expect(visited).toEqual([...Array(count).keys()]);
  let wrapped = false;
  for (let i = 0; i < 3 && !wrapped; i++) {
    await popup.press('Tab');
    wrapped = (await focused(popup)).index === 0;
  }
  expect(wrapped, 'Tab from the last control comes back to the first').toBe(true);
  await popup.press('Tab', { shift: true });
  await popup.press('Tab');
  expect((await focused(popup)).index).toBe(0);

  // Enter on a key figure shows it on the page.
  await popup.press('Enter');
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('news-essentials-reveal'))).toBe(true);
  // Enter and Space on its "Sentence" disclosure.
  await popup.press('Tab');
  expect(await popup.evaluate(`document.activeElement.tagName`)).toBe('SUMMARY');
  const sentenceOpen = `document.activeElement.parentElement.open`;
  await popup.press('Enter');
  expect(await popup.evaluate(sentenceOpen)).toBe(true);
  await popup.press(' ');
  expect(await popup.evaluate(sentenceOpen)).toBe(false);

  const tabTo = async (selector: string) => {
    for (
      let i = 0;
      i < count && !(await popup.evaluate<boolean>(`document.activeElement.matches(${JSON.stringify(selector)})`));
      i++
    ) {
      await popup.press('Tab');
    }
    expect(await popup.evaluate<boolean>(`document.activeElement.matches(${JSON.stringify(selector)})`), selector).toBe(
      true,
    );
  };
  // A highlight: Enter shows it on the page.
  await tabTo('[data-testid="highlight"]');
  await popup.press('Enter');
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('news-essentials-reveal'))).toBe(true);

  // The switch takes Space and Enter, and hides the repeats on the page.
  await tabTo('#repeats-hide');
  await popup.press(' ');
  await popup.waitFor(`document.querySelector('#repeats-hide:checked:not([aria-disabled])')`);
  await expect(page.locator('news-essentials-note')).toHaveCount(1);
  await popup.press('Enter');
  await popup.waitFor(`document.querySelector('#repeats-hide:not(:checked):not([aria-disabled])')`);
  await expect(page.locator('news-essentials-note')).toHaveCount(0);
  await popup.press('Tab');
  expect(await popup.evaluate(`document.activeElement.id`)).toBe('repeats-always');
  await popup.press(' ');
  await popup.waitFor(`document.querySelector('#repeats-hide:checked:not([aria-disabled])')`);
  expect(await popup.evaluate(`document.querySelector('#repeats-always').checked`)).toBe(true);
  await popup.press('Tab');
  await popup.press('Enter');
  expect(await popup.evaluate(`document.querySelector('.repeat-pairs').open`)).toBe(true);

  // Copy summary, from the keyboard.
  await tabTo('[data-testid="copy-summary"]');
  await popup.press('Enter');
  await popup.waitFor(`document.querySelector('[data-testid="copy-status"]').textContent`);
  expect(await popup.text('[data-testid="copy-status"]')).toBe('Copied');

  // A related link opens in a new tab (and the popup closes, as the new tab takes the focus).
  await popup.press('Tab', { shift: true });
  await popup.press('Tab', { shift: true });
  expect(await popup.evaluate(`document.activeElement.dataset.testid`)).toBe('related-link');
  const href = await popup.evaluate<string>(`document.activeElement.href`);
  // (Served here: the test machine has no way out.)
  await extension.context.route('https://www.example-news.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Related</title>' }),
  );
  const linked = extension.context.waitForEvent('page');
  await popup.press('Enter').catch(() => undefined);
  const related = await linked;
  await related.waitForLoadState();
  expect(related.url()).toBe(href);

  // Open reader view, from the keyboard: the last control, so Shift+Tab from the start.
  await page.bringToFront();
  const again = await extension.clickToolbarButton(page);
  await again.waitFor(`document.querySelector('[data-action="open-reader"]')`);
  await again.press('Tab', { shift: true });
  await again.press('Tab', { shift: true });
  expect(await again.evaluate(`document.activeElement.dataset.action`)).toBe('open-reader');
  const opened = extension.context.waitForEvent('page', (p) => p.url().includes('/reader.html?id='));
  await again.press('Enter').catch(() => undefined);
  const reader = await opened;
  await expect(reader.locator('.reader-title')).toBeVisible();
});

test('the reader view works from the keyboard, and axe finds nothing in it in any theme', async ({
  extension,
}, testInfo) => {
  const { popup } = await seedPopup(extension);
  const opened = extension.context.waitForEvent('page', (p) => p.url().includes('/reader.html?id='));
  await popup.click('[data-action="open-reader"]');
  const reader = await opened;
  await reader.waitForSelector('.reader-title');
  await reader.emulateMedia({ colorScheme: 'light' });
  await saveDocPicture(testInfo, 'docs/reader.png', await readerPicture(reader));

  // Tab order is the document's, every stop with a visible ring; then the page lets go.
  const count = await reader.evaluate<number>(`${FOCUSABLE}.length`);
  expect(count).toBeGreaterThanOrEqual(8);
  for (let i = 0; i < count; i++) {
    await reader.keyboard.press('Tab');
    const now = await reader.evaluate<{ index: number; visible: boolean }>(`(() => {
      const el = document.activeElement;
      return {
        index: ${FOCUSABLE}.indexOf(el),
        visible: el.matches(':focus-visible') && getComputedStyle(el).outlineStyle === 'solid',
      };
    })()`);
    expect(now).toEqual({ index: i, visible: true });
  }
  await reader.keyboard.press('Tab');
  expect(await reader.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(
    true,
  );

  // Enter and Space on the controls: larger text, the sepia theme.
  await reader.locator('[data-action="larger"]').focus();
  await reader.keyboard.press('Enter');
  await expect(reader.locator('.reader-article')).toHaveCSS('font-size', '20px');
  await reader.locator('[data-theme-choice="sepia"]').focus();
  await reader.keyboard.press('Space');
  await expect(reader.locator('[data-theme-choice="sepia"]')).toHaveAttribute('aria-pressed', 'true');

  // axe in each theme, with the repeats folded and then unfolded.
  for (const theme of ['sepia', 'dark', 'light'] as const) {
    await reader.locator(`[data-theme-choice="${theme}"]`).click();
    expect(await axePage(reader), theme).toEqual([]);
  }
  for (const colorScheme of ['dark', 'light'] as const) {
    // No theme chosen: the system's.
    await reader.evaluate(() => localStorage.clear());
    await reader.reload();
    await reader.locator('.ne-repeat-toggle').first().click();
    await reader.emulateMedia({ colorScheme });
    expect(await reader.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), colorScheme).toBe(
      colorScheme === 'dark' ? 'rgb(27, 28, 31)' : 'rgb(255, 255, 255)',
    );
    expect(await axePage(reader), `system ${colorScheme}, a repeat unfolded`).toEqual([]);
  }
  await reader.screenshot({ path: testInfo.outputPath('reader.png') });
});

test.describe('with the system in dark mode', () => {
  test.use({ systemColorScheme: 'dark' });

  test('the popup and the reader view open dark, from the first paint', async ({ extension }) => {
    const { popup } = await seedPopup(extension);
    expect(await popup.evaluate(`matchMedia('(prefers-color-scheme: dark)').matches`)).toBe(true);
    const colours = await popupColours(popup);
    expect(colours.body).toBe('rgb(27, 28, 31)');
    expect(colours.text).toBe('rgb(232, 234, 237)');
    expect(contrast(colours.text, colours.body)).toBeGreaterThanOrEqual(7);
    expect(await axePopup(popup)).toEqual([]);

    const opened = extension.context.waitForEvent('page', (p) => p.url().includes('/reader.html?id='));
    await popup.click('[data-action="open-reader"]');
    const reader = await opened;
    await reader.waitForSelector('.reader-title');
    expect(await reader.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(27, 28, 31)',
    );
  });
});
