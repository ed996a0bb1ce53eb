import type { completeAnalysis, warmTextStages } from '../core/read-page';

export interface TextStages {
  completeAnalysis: typeof completeAnalysis;
  warmTextStages: typeof warmTextStages;
}

/**
 * The popup's own stages (repeats, key figures, highlights), as a chunk of their own: most of the
 * popup's code (their grammar and word lists, issue 13), fetched as soon as the popup
 * asks the page, while the page reads itself, so that the popup's first paint does not
 * wait for it. Loaded once.
 */
let loading: Promise<TextStages> | undefined;

// The names taken from the module at once, so that the bundler leaves the rest of
// read-page (the page's half: Readability and all) out of this chunk.
export const textStagesModule = () =>
  (loading ??= import('../core/read-page').then(({ completeAnalysis, warmTextStages }) => ({
    completeAnalysis,
    warmTextStages,
  })));

// Warm-up runs at most, one per task. Measured on the seed page, cold popup, 6 clicks each
// (figures and highlights on the page's text, median): none 55 ms, one run 47 ms, up to
// 20 runs 38-46 ms; the page's reading, meanwhile, takes 100-150 ms.
const WARM_ROUNDS = 20;

/**
 * Runs the text stages on a short paragraph while `waiting()` holds (the page is still
 * reading itself), one run per task so that what ends the wait waits for one run at most:
 * the popup has nothing else to do meanwhile, and a freshly started popup runs them
 * several times slower than a warm one (issue 17).
 */
export function warmTextStagesWhile(waiting: () => boolean): void {
  void textStagesModule().then(async (module) => {
    for (let round = 0; round < WARM_ROUNDS && waiting(); round++) {
      module.warmTextStages();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  });
}
