import { h } from '../ui/create-element';
import { analysisProblem, failedProblem, noResponseProblem, restrictedProblem as restricted } from './describe-problem';
import { t, uiLocale } from '../ui/i18n';
import { localizeDocument } from '../ui/localize-document';
import { sendMessage } from '../messaging';
import type { PageActions } from './page-actions';
import { renderAnalysis } from './render-analysis';
import { renderHeader } from './render-header';
import { renderProblem } from '../ui/render-problem';
import { openReader } from './open-reader';
import { renderPinHint } from './pin-hint';
import { alwaysHidesRepeats, setAlwaysHidesRepeats, siteOf } from './repeats-preference';
import { ensurePageChanges, InjectionError, NoResponseError, type AnalysisStage } from './request-analysis';
import { beginReading, type BegunReading } from './begin-reading';
import { describeError } from '../core/errors';
import type { Analysis } from '../core/types';

const PROGRESS_TEXT: Record<AnalysisStage, Parameters<typeof t>[0]> = {
  extract: 'progressExtract',
  judge: 'progressJudge',
  related: 'progressRelated',
  figures: 'progressFigures',
};

function show(root: HTMLElement, content: HTMLElement): void {
  root.replaceChildren(content);
  root.setAttribute('aria-busy', 'false');
}

function pageActions(tabId: number, url: string | undefined, analysis: Analysis): PageActions {
  // The page-changes script, injected on the reader's first hide, show or reveal (the tab
  // is asked once per popup whether a copy is there already).
  let injected: Promise<void> | undefined;
  const withPageChanges = <T>(send: () => Promise<T>): Promise<T> => {
    injected ??= ensurePageChanges(tabId).catch((error: unknown) => {
      injected = undefined;
      throw error;
    });
    return injected.then(send);
  };
  const repeats = analysis.paragraphs.filter((p) => p.duplicateOf !== null).map((p) => p.index);
  return {
    tabId,
    reveal: (paragraph, text) =>
      withPageChanges(() => sendMessage('reveal', { paragraph, text }, tabId)).catch(() => false),
    // Chromium closes the popup when the new tab takes the focus; Firefox leaves it
    // open over the reader tab (issue #16), so it closes itself once the tab is there.
    openReader: () =>
      openReader(tabId).then(
        (opened) => {
          if (opened) window.close();
          return opened;
        },
        () => false,
      ),
    repeats: {
      // tabs.sendMessage resolves undefined when the tab navigated away meanwhile.
      setHidden: (hidden) =>
        withPageChanges(() => sendMessage('setRepeatsHidden', { hidden, repeats }, tabId)).then(
          (state) => state ?? null,
          () => null,
        ),
      getState: () =>
        sendMessage('getRepeatsState', undefined, tabId).then(
          (state) => state ?? null,
          () => null,
        ),
      site: siteOf(url),
      alwaysHide: alwaysHidesRepeats,
      setAlwaysHide: setAlwaysHidesRepeats,
    },
  };
}

/** The popup opened: names the page in the reader's language and shows what the click began. */
export function openPopup(root: HTMLElement, begun: Promise<BegunReading>): Promise<void> {
  performance.mark('popup-code-loaded');
  localizeDocument(document, t('extName'));
  return startPopup(root, begun);
}

/**
 * The popup's whole life: the reading the first script began (or a new one, on retry),
 * then the header as soon as the page answers, the rest once the popup's stages ran.
 */
export async function startPopup(root: HTMLElement, begun: Promise<BegunReading> = beginReading()): Promise<void> {
  const retry = () => void startPopup(root);
  // The indicator appears only if the answer takes longer than a blink (CSS delay), so
  // ordinary articles show no flash of "loading".
  root.setAttribute('aria-busy', 'true');
  const status = h('p', { class: 'loading', role: 'status' }, t('loading'));
  root.replaceChildren(status);
  const locale = uiLocale();
  const pinHint = renderPinHint();

  try {
    const started = await begun;
    if (started.kind === 'no-tab') {
      show(root, renderProblem(restricted('other')));
      return;
    }
    if (started.kind === 'restricted') {
      show(root, renderProblem(restricted(started.reason)));
      return;
    }
    // The line under the indicator follows the stages of a slow analysis (a long page).
    started.progress.listen((stage) => (status.textContent = t(PROGRESS_TEXT[stage])));
    const reading = await started.reading;
    if (!reading.ok) {
      show(root, renderProblem(analysisProblem(reading.error, retry)));
      return;
    }
    // The header as soon as the page has it (issue 17); the figures, highlights and the
    // rest follow in the same article, the progress line standing in for them meanwhile.
    const header = renderHeader(reading, locale);
    status.textContent = t(PROGRESS_TEXT.figures);
    root.replaceChildren(h('article', { class: 'summary', 'aria-labelledby': 'article-title' }, header, status));
    performance.mark('header-shown');
    // No wait for a frame here (there was one, 10-20 ms): Chromium paints the popup's
    // header no earlier than the rest whether or not a frame comes between (Element
    // Timing, npm run bench -- chromium), so the rest comes at once.
    const result = await started.analysis;
    performance.mark('analysis-received');
    if (!result.ok) {
      show(root, renderProblem(analysisProblem(result.error, retry)));
      return;
    }
    const article = renderAnalysis(result, pageActions(started.tab.id, started.tab.url, result), locale, header);
    const hint = await pinHint;
    if (hint) article.querySelector('[data-testid="actions"]')?.append(hint);
    show(root, article);
    // Read by the benchmark (bench/chromium.ts): the popup's stages, from its start.
    performance.mark('article-shown');
  } catch (error) {
    if (error instanceof InjectionError) show(root, renderProblem(restricted(error.reason)));
    else if (error instanceof NoResponseError) show(root, renderProblem(noResponseProblem(retry)));
    else show(root, renderProblem(failedProblem(describeError(error), retry)));
  }
}
