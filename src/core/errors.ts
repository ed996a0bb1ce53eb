import type { AnalysisError } from './types';

/** Error Readability throws past `maxElemsToParse` (run-readability.ts), a page too large. */
export class ReadabilityLimitError extends Error {}

/** What went wrong, for a message: an Error's own words, else the thrown value. */
export const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The error a failed step is reported as. Never thrown past the pipeline: a page that
 * trips a bug still gets a reason, in the popup and in the command's output alike.
 */
export function failureOf(error: unknown): AnalysisError {
  if (error instanceof ReadabilityLimitError) {
    return {
      code: 'TOO_LARGE',
      message: 'This page is too large to analyse (the limit keeps the browser responsive).',
    };
  }
  return { code: 'INTERNAL_ERROR', message: `The analysis failed: ${describeError(error)}` };
}
