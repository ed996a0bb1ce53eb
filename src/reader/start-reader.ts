import { h } from '../ui/create-element';
import { t, uiLocale } from '../ui/i18n';
import { localizeDocument } from '../ui/localize-document';
import { renderProblem } from '../ui/render-problem';
import { receiveFromPopup } from '../ui/reader-handoff';
import { applySettings, loadSettings, saveSettings, type ReaderTheme } from './reader-settings';
import { renderReader } from './render-reader';

const darkScheme = () => window.matchMedia('(prefers-color-scheme: dark)');

/** The reader page's whole life: apply the saved look, take the analysis, render it. */
export async function startReader(root: HTMLElement): Promise<void> {
  const settings = loadSettings(localStorage);
  applySettings(document.documentElement, settings);
  localizeDocument(document, t('extName'));
  root.replaceChildren(h('p', { class: 'loading', role: 'status' }, t('loading')));

  const id = new URLSearchParams(location.search).get('id');
  const analysis = id ? await receiveFromPopup(id, sessionStorage).catch(() => null) : null;
  if (!analysis) {
    document.title = t('readerGoneTitle');
    root.replaceChildren(
      renderProblem({ kind: 'reader-gone', title: t('readerGoneTitle'), detail: t('readerGoneDetail') }),
    );
    return;
  }
  document.title = analysis.title;
  root.replaceChildren(
    renderReader(analysis, {
      locale: uiLocale(),
      settings,
      saveSettings: (next) => saveSettings(localStorage, next),
      systemTheme: (): ReaderTheme => (darkScheme().matches ? 'dark' : 'light'),
      onSystemThemeChange: (callback) => darkScheme().addEventListener('change', callback),
    }),
  );
}
