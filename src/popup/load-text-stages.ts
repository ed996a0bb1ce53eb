import type { completeAnalysis } from '../core/read-page';

/**
 * The popup's own stages (key figures, highlights), as a chunk of their own: most of the
 * popup's code (their grammar and word lists, issue 13), fetched as soon as the popup
 * asks the page, while the page reads itself, so that the popup's first paint does not
 * wait for it. Loaded once.
 */
let loading: Promise<typeof completeAnalysis> | undefined;

export function loadTextStages(): Promise<typeof completeAnalysis> {
  loading ??= import('../core/read-page').then((module) => {
    // Fetched while the page reads itself: the popup has nothing else to do then.
    module.warmTextStages();
    return module.completeAnalysis;
  });
  return loading;
}
