import { h } from '../ui/create-element';
import { analysisProblem, failedProblem, noResponseProblem, restrictedProblem as restricted } from './describe-problem';
import { t, uiLocale } from '../ui/i18n';
import { classifyPageAccess } from './page-access';
import { sendMessage } from '../messaging';
import type { PageActions } from './page-actions';
import { renderAnalysis } from './render-analysis';
import { renderProblem } from '../ui/render-problem';
import { openReader } from './open-reader';
import { alwaysHidesRepeats, setAlwaysHidesRepeats, siteOf } from './repeats-preference';
import { getActiveTab, InjectionError, NoResponseError, requestAnalysis, type AnalysisStage } from './request-analysis';
import { describeError } from '../core/errors';

const PROGRESS_TEXT: Record<AnalysisStage, Parameters<typeof t>[0]> = {
  extract: 'progressExtract',
  judge: 'progressJudge',
  repeats: 'progressRepeats',
  related: 'progressRelated',
  figures: 'progressFigures',
};

function show(root: HTMLElement, content: HTMLElement): void {
  root.replaceChildren(content);
  root.setAttribute('aria-busy', 'false');
}

/** The popup's whole life: find the tab, ask the page, render the answer or the reason. */
export async function startPopup(root: HTMLElement): Promise<void> {
  const retry = () => void startPopup(root);
  // The indicator appears only if the answer takes longer than a blink (CSS delay), so
  // ordinary articles show no flash of "loading".
  root.setAttribute('aria-busy', 'true');
  const status = h('p', { class: 'loading', role: 'status' }, t('loading'));
  root.replaceChildren(status);
  const locale = uiLocale();

  try {
    const tab = await getActiveTab();
    if (tab?.id === undefined) {
      show(root, renderProblem(restricted('other')));
      return;
    }
    performance.mark('tab-known');
    const access = classifyPageAccess(tab.url);
    if (!access.readable) {
      show(root, renderProblem(restricted(access.reason)));
      return;
    }
    // The line under the indicator follows the stages of a slow analysis (a long page).
    const result = await requestAnalysis(tab.id, {
      onProgress: (stage) => (status.textContent = t(PROGRESS_TEXT[stage])),
    });
    performance.mark('analysis-received');
    if (!result.ok) {
      show(root, renderProblem(analysisProblem(result.error, retry)));
      return;
    }
    const tabId = tab.id;
    const actions: PageActions = {
      tabId,
      reveal: (paragraph, text) => sendMessage('reveal', { paragraph, text }, tabId).catch(() => false),
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
          sendMessage('setRepeatsHidden', { hidden }, tabId).then(
            (state) => state ?? null,
            () => null,
          ),
        getState: () =>
          sendMessage('getRepeatsState', undefined, tabId).then(
            (state) => state ?? null,
            () => null,
          ),
        site: siteOf(tab.url),
        alwaysHide: alwaysHidesRepeats,
        setAlwaysHide: setAlwaysHidesRepeats,
      },
    };
    show(root, renderAnalysis(result, actions, locale));
    // Read by the benchmark (bench/chromium.ts): the popup's stages, from its start.
    performance.mark('article-shown');
  } catch (error) {
    if (error instanceof InjectionError) show(root, renderProblem(restricted(error.reason)));
    else if (error instanceof NoResponseError) show(root, renderProblem(noResponseProblem(retry)));
    else show(root, renderProblem(failedProblem(describeError(error), retry)));
  }
}
