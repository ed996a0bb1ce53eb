import { completeAnalysis } from './complete-analysis';
import { describe, readPage, type ReadPageOptions } from './read-page';
import type { AnalysisResult } from './types';

export interface AnalyzeOptions extends Omit<ReadPageOptions, 'lap'> {
  /** When given, filled with the milliseconds each stage took (for the benchmark). */
  timings?: Record<string, number>;
  /** Clock for `timings`; performance.now where it exists. */
  now?: () => number;
}

/**
 * The whole analysis of one page: takes the document and the address it was loaded
 * from, returns plain data (CONTRACT.md). The document is never modified.
 */
export function analyze(doc: Document, pageUrl: string | null, options: AnalyzeOptions = {}): AnalysisResult {
  const now = options.now ?? (() => performance.now());
  const timings = options.timings;
  let started = now();
  const lap = (stage: string) => {
    if (!timings) return;
    const t = now();
    timings[stage] = (timings[stage] ?? 0) + (t - started);
    started = t;
  };
  const reading = readPage(doc, pageUrl, { ...options, lap });
  if (!reading.ok) return reading;
  try {
    return { ok: true, ...completeAnalysis(reading, lap) };
  } catch (error) {
    return { ok: false, error: { code: 'INTERNAL_ERROR', message: `The analysis failed: ${describe(error)}` } };
  }
}
