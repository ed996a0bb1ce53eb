// Bundled by bench/chromium-core.ts and loaded into a test page, so the analysis and plain
// Readability can be timed on the same live DOM in Chromium.
import { Readability } from '@mozilla/readability';
import { completeAnalysis, readPage } from '../../src/core/read-page';
import { describeError } from '../../src/core/errors';

export interface Measure {
  analysis: number;
  readability: number;
  ok: boolean;
  /** Stages of the fastest analysis run. */
  stages: Record<string, number>;
}

function time(run: () => unknown): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

/** Best of `rounds` runs of the whole analysis and of Readability on a clone, in ms. */
function measure(rounds: number): Measure {
  let best: Measure = { analysis: Infinity, readability: Infinity, ok: false, stages: {} };
  let readability = Infinity;
  for (let i = 0; i < rounds; i++) {
    // Readability rewrites what it parses: a browser must hand it a clone, as its README says.
    readability = Math.min(
      readability,
      time(() => new Readability(document.cloneNode(true) as Document).parse()),
    );
    const stages: Record<string, number> = {};
    let ok = false;
    const analysis = time(() => {
      const reading = readPage(document, location.href, { timings: stages });
      ok = reading.ok;
      completeAnalysis(reading, { timings: stages });
    });
    if (analysis < best.analysis) best = { analysis, readability, ok, stages };
  }
  return { ...best, readability };
}

export interface SingleRun {
  ms: number;
  /** "article, N paragraphs", an error code, or the exception's message. */
  answer: string;
}

/** One whole analysis of the page, in ms, whatever the page (issue #6: huge and deep pages). */
function analyseOnce(): SingleRun {
  const started = performance.now();
  let answer: string;
  try {
    const reading = readPage(document, location.href);
    const analysis = completeAnalysis(reading);
    answer = analysis.ok ? `article, ${analysis.paragraphs.length} paragraphs` : analysis.error.code;
  } catch (error) {
    answer = `threw: ${describeError(error)}`;
  }
  return { ms: performance.now() - started, answer };
}

Object.assign(globalThis, { newsEssentialsBench: { measure, analyseOnce } });
