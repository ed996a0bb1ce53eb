import { h } from './create-element';
import { t } from './i18n';

export interface Problem {
  /** Stable name for tests and styling: not-article, restricted, too-large, failed, no-response. */
  kind: string;
  title: string;
  detail: string;
  /** The error as the program reported it (English), folded away: for a bug report. */
  technical?: string;
  /** Offered when trying again can help. */
  retry?: () => void;
  retryLabel?: string;
}

/** A clear message in place of the summary: never a blank popup. */
export function renderProblem(problem: Problem): HTMLElement {
  const button = problem.retry
    ? h('button', { type: 'button', class: 'button' }, problem.retryLabel ?? t('tryAgain'))
    : null;
  if (button && problem.retry) button.addEventListener('click', problem.retry);
  return h(
    'section',
    { class: `problem problem--${problem.kind}`, role: 'alert', 'data-problem': problem.kind },
    h('h1', { class: 'problem-title' }, problem.title),
    h('p', { class: 'problem-detail' }, problem.detail),
    problem.technical &&
      h(
        'details',
        { class: 'problem-technical' },
        h('summary', {}, t('technicalDetails')),
        h('code', { lang: 'en', dir: 'ltr' }, problem.technical),
      ),
    button,
  );
}
