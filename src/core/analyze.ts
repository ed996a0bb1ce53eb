import { chineseFigureReader } from './figures/read-chinese-figures';
import { completeAnalysis, readPage, type ReadPageOptions } from './read-page';
import type { AnalysisResult } from './types';

export type AnalyzeOptions = ReadPageOptions;

/**
 * The whole analysis of one page (read-page.ts lists its stages): takes the document and
 * the address it was loaded from, returns plain data (CONTRACT.md). The document is never
 * modified.
 */
export function analyze(doc: Document, pageUrl: string | null, options: AnalyzeOptions = {}): AnalysisResult {
  return completeAnalysis(readPage(doc, pageUrl, options), { chineseFigures: chineseFigureReader, ...options });
}
