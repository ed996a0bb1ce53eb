import type { TracedBlock } from './blocks';
import type { ArticleCopy } from './copy-for-readability';
import { dropBoilerplate } from './drop-boilerplate';
import { findSignupBoxes } from './find-signup-boxes';
import { runReadability, type ParsedArticle } from './run-readability';
import { traceBlocks } from './trace-blocks';

/** Readability's article and its blocks, traced to the page, page furniture dropped. */
export interface ExtractedBlocks {
  parsed: ParsedArticle;
  blocks: TracedBlock[];
}

/**
 * Runs Readability on the copy and splits its content into blocks that know the page
 * element they came from, without the furniture Readability kept (bylines, captions,
 * menus, sign-up boxes). Null when Readability finds no article.
 */
export function extractBlocks(doc: Document, copy: ArticleCopy, maxElements?: number): ExtractedBlocks | null {
  const parsed = runReadability(copy, maxElements);
  if (!parsed) return null;
  return {
    parsed,
    blocks: dropBoilerplate(traceBlocks(parsed.content, copy.originals), { excluded: findSignupBoxes(doc) }),
  };
}
