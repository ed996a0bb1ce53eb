import { h } from './create-element';

export interface Problem {
  /** Stable name for tests and styling: not-article, restricted, too-large, failed, no-response. */
  kind: string;
  title: string;
  detail: string;
  /** Offered when trying again can help. */
  retry?: () => void;
  retryLabel?: string;
}

/** A clear message in place of the summary: never a blank popup. */
export function renderProblem(problem: Problem): HTMLElement {
  const button = problem.retry ? h('button', { type: 'button', class: 'button' }, problem.retryLabel ?? 'Retry') : null;
  if (button && problem.retry) button.addEventListener('click', problem.retry);
  return h(
    'section',
    { class: `problem problem--${problem.kind}`, role: 'alert', 'data-problem': problem.kind },
    h('h1', { class: 'problem-title' }, problem.title),
    h('p', { class: 'problem-detail' }, problem.detail),
    button,
  );
}
