import { formatMarkdown } from '../core/format-markdown';
import type { Analysis } from '../core/types';
import { h } from '../ui/create-element';
import { t } from '../ui/i18n';

/** How long "Copied" stays beside the button. */
const FEEDBACK_MS = 2500;

/**
 * Puts text on the clipboard. The asynchronous Clipboard API works in extension pages
 * during a click, with no permission; where it still refuses (it rejects when the document
 * is not focused), a hidden text area and execCommand('copy') are the older way.
 */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const area = h('textarea', { class: 'copy-buffer', readonly: true, 'aria-hidden': 'true' });
    area.value = text;
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (!copied) throw new Error('The browser refused to copy.');
  }
}

/** "Copy summary": the Markdown summary onto the clipboard, with visible feedback. */
export function renderCopySummary(analysis: Analysis): HTMLElement {
  const status = h('span', { class: 'copy-status', role: 'status', 'data-testid': 'copy-status' });
  const button = h(
    'button',
    {
      type: 'button',
      class: 'button button--secondary copy-summary',
      'data-testid': 'copy-summary',
      // Element Timing: the last of the popup's parts painted (bench/chromium.ts reads it).
      elementtiming: 'article-complete',
    },
    t('copySummary'),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (state: 'done' | 'failed') => {
    status.textContent = t(state === 'done' ? 'copied' : 'copyFailed');
    status.dataset.state = state;
    clearTimeout(timer);
    timer = setTimeout(() => {
      status.textContent = '';
      delete status.dataset.state;
    }, FEEDBACK_MS);
  };
  button.addEventListener('click', () => {
    copyText(formatMarkdown(analysis)).then(
      () => show('done'),
      () => show('failed'),
    );
  });
  return h('div', { class: 'action action--copy' }, button, status);
}
