import type { Analysis } from '../core/types';
import { h } from '../ui/create-element';
import { formatDate } from '../ui/format-date';
import { formatLength } from '../ui/format-length';
import { t } from '../ui/i18n';
import { renderArticleBody } from './render-article-body';
import {
  applySettings,
  stepTextSize,
  TEXT_SIZES,
  THEMES,
  DEFAULT_TEXT_SIZE,
  type ReaderSettings,
  type ReaderTheme,
} from './reader-settings';
import { isWebAddress } from '../core/web-address';

export interface ReaderEnvironment {
  locale: string;
  settings: ReaderSettings;
  /** Called with each new choice of theme or text size, to remember it. */
  saveSettings(settings: ReaderSettings): void;
  /** The theme shown while the reader has chosen none (the system's). */
  systemTheme(): ReaderTheme;
  /** Calls back when the system switches between light and dark. */
  onSystemThemeChange(callback: () => void): void;
}

const THEME_LABEL = { light: 'readerThemeLight', dark: 'readerThemeDark', sepia: 'readerThemeSepia' } as const;

/**
 * Our words inside the article, which carries the page's language: they say they are in
 * the interface's, so that a screen reader switches voice and the browser picks fonts.
 */
const interfaceLang = () => ({ lang: t('languageTag') });

function newTabLink(href: string, ...children: (Node | string)[]): HTMLAnchorElement {
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, ...children);
}

function renderHeader(analysis: Analysis, locale: string): HTMLElement {
  const date = formatDate(analysis.publishedTime, locale);
  const meta = [analysis.byline ? t('byAuthor', analysis.byline) : null, date, formatLength(analysis, locale)].filter(
    (part): part is string => !!part,
  );
  return h(
    'header',
    { class: 'reader-header' },
    analysis.siteName && h('p', { class: 'reader-site' }, analysis.siteName),
    h('h1', { class: 'reader-title', id: 'reader-title' }, analysis.title),
    h('p', { class: 'reader-meta', ...interfaceLang() }, meta.join(' · ')),
    isWebAddress(analysis.url) &&
      h('p', { class: 'reader-original', ...interfaceLang() }, newTabLink(analysis.url, t('readerOriginal'))),
  );
}

function renderControls(env: ReaderEnvironment): HTMLElement {
  let settings = env.settings;
  const root = document.documentElement;

  const sizeOutput = h('output', { class: 'reader-size-value', 'aria-live': 'polite' });
  const percent = new Intl.NumberFormat(env.locale, { style: 'percent', maximumFractionDigits: 0 });
  const smaller = h(
    'button',
    { type: 'button', class: 'reader-control', 'data-action': 'smaller' },
    h('span', { 'aria-hidden': 'true' }, 'A−'),
    h('span', { class: 'visually-hidden' }, t('readerSmaller')),
  );
  const larger = h(
    'button',
    { type: 'button', class: 'reader-control', 'data-action': 'larger' },
    h('span', { 'aria-hidden': 'true' }, 'A+'),
    h('span', { class: 'visually-hidden' }, t('readerLarger')),
  );
  const themeButtons = THEMES.map((theme) =>
    h('button', { type: 'button', class: 'reader-control', 'data-theme-choice': theme }, t(THEME_LABEL[theme])),
  );

  const update = () => {
    applySettings(root, settings);
    sizeOutput.textContent = percent.format(settings.textSize / DEFAULT_TEXT_SIZE);
    smaller.disabled = settings.textSize <= TEXT_SIZES[0];
    larger.disabled = settings.textSize >= TEXT_SIZES[TEXT_SIZES.length - 1]!;
    const shown = settings.theme ?? env.systemTheme();
    themeButtons.forEach((button, i) => button.setAttribute('aria-pressed', String(THEMES[i] === shown)));
  };
  const change = (next: ReaderSettings) => {
    settings = next;
    env.saveSettings(settings);
    update();
  };
  smaller.addEventListener('click', () => change({ ...settings, textSize: stepTextSize(settings.textSize, -1) }));
  larger.addEventListener('click', () => change({ ...settings, textSize: stepTextSize(settings.textSize, 1) }));
  themeButtons.forEach((button, i) =>
    button.addEventListener('click', () => change({ ...settings, theme: THEMES[i]! })),
  );
  update();
  env.onSystemThemeChange(update);

  return h(
    'div',
    { class: 'reader-controls' },
    h(
      'div',
      { class: 'reader-control-group', role: 'group', 'aria-labelledby': 'reader-size-label' },
      h('span', { class: 'reader-control-label', id: 'reader-size-label' }, t('readerTextSize')),
      smaller,
      sizeOutput,
      larger,
    ),
    h(
      'div',
      { class: 'reader-control-group', role: 'group', 'aria-labelledby': 'reader-theme-label' },
      h('span', { class: 'reader-control-label', id: 'reader-theme-label' }, t('readerTheme')),
      ...themeButtons,
    ),
  );
}

function renderRelated(analysis: Analysis): HTMLElement | null {
  const links = analysis.relatedLinks.filter((link) => isWebAddress(link.url));
  if (links.length === 0) return null;
  return h(
    'section',
    { class: 'reader-related', 'aria-labelledby': 'reader-related-title' },
    h('h2', { id: 'reader-related-title', ...interfaceLang() }, t('readerRelated')),
    h(
      'ul',
      {},
      ...links.map((link) =>
        h(
          'li',
          {},
          newTabLink(link.url, link.title),
          h('span', { class: 'reader-related-host' }, ` · ${new URL(link.url).hostname.replace(/^www\./, '')}`),
        ),
      ),
    ),
  );
}

/** The whole reader page for an analysis: controls, header, article, related links. */
export function renderReader(analysis: Analysis, env: ReaderEnvironment): HTMLElement {
  const body = renderArticleBody(analysis, window, {
    repeat: { show: t('readerRepeatShow'), hide: t('readerRepeatHide'), lang: t('languageTag') },
    image: {
      withAlt: (alt) => t('readerImage', alt),
      withoutAlt: t('readerImageNoAlt'),
      openTitle: t('readerImageOpen'),
    },
  });
  return h(
    'div',
    { class: 'reader' },
    renderControls(env),
    h(
      'article',
      {
        class: 'reader-article',
        'aria-labelledby': 'reader-title',
        lang: analysis.lang ?? undefined,
        dir: analysis.dir ?? undefined,
      },
      renderHeader(analysis, env.locale),
      h('div', { class: 'reader-content', 'data-testid': 'reader-content' }, body.content),
      renderRelated(analysis),
    ),
  );
}
