import type { TracedBlock } from './blocks';
import { cleanByline } from './clean-byline';
import type { ArticleCopy } from './copy-for-readability';
import { numberedElements, withinAny } from './walk-elements';
import { dropBoilerplate } from './drop-boilerplate';
import { findCommentThreads } from './find-comment-threads';
import { findSignupBoxes } from './find-signup-boxes';
import { runReadability, type ParsedArticle } from './run-readability';
import { traceBlocks } from './trace-blocks';

/** Readability's article and its blocks, traced to the page, page furniture dropped. */
export interface ExtractedBlocks {
  parsed: ParsedArticle;
  blocks: TracedBlock[];
  /** Every block of Readability's content, furniture included: what is read when the rules leave nothing. */
  everyBlock: TracedBlock[];
}

/**
 * At least this share of Readability's text in reader comments, and the thread may have
 * won its scoring in place of the post: Readability reads the page again without it.
 */
const THREAD_SHARE_TO_READ_AGAIN = 1 / 3;

const charsOf = (blocks: readonly TracedBlock[]) => blocks.reduce((sum, b) => sum + b.text.length, 0);

function tracedRun(copy: ArticleCopy, maxElements?: number) {
  const parsed = runReadability(copy, maxElements);
  return parsed ? { parsed, everyBlock: traceBlocks(parsed.content, copy.originals) } : null;
}

/**
 * Runs Readability on the copy and splits its content into blocks that know the page
 * element they came from, without the furniture Readability kept (bylines, captions,
 * menus, sign-up boxes, reader comments). Null when Readability finds no article.
 * `recopy` makes a fresh copy of the page, for reading it again without its comments.
 */
export function extractBlocks(
  doc: Document,
  copy: ArticleCopy,
  maxElements?: number,
  recopy?: () => ArticleCopy,
): ExtractedBlocks | null {
  let run = tracedRun(copy, maxElements);
  if (!run) return null;
  const headingsOf = (blocks: readonly TracedBlock[]) =>
    blocks.filter((b) => b.kind === 'heading' && b.original).map((b) => b.original!);
  let threads = findCommentThreads(
    run.everyBlock.map((b) => b.original),
    headingsOf(run.everyBlock),
  );
  const inThread = (b: TracedBlock) => b.original !== null && withinAny(b.original, (el) => threads.has(el));
  if (
    recopy &&
    threads.size > 0 &&
    charsOf(run.everyBlock.filter(inThread)) >= THREAD_SHARE_TO_READ_AGAIN * charsOf(run.everyBlock)
  ) {
    const again = recopy();
    const indices = new Set([...threads].map((thread) => again.originals.indexOf(thread)));
    numberedElements(again.clone.documentElement).forEach((el, i) => {
      if (indices.has(i)) el.remove();
    });
    const second = tracedRun(again, maxElements);
    if (second && second.everyBlock.length > 0) {
      run = second;
      threads = new Set([
        ...threads,
        ...findCommentThreads(
          second.everyBlock.map((b) => b.original),
          headingsOf(second.everyBlock),
        ),
      ]);
    }
  }
  const everyBlock = run.everyBlock;
  const kept = threads.size > 0 ? everyBlock.filter((b) => !inThread(b)) : everyBlock;
  const blocks = dropBoilerplate(kept, {
    excluded: findSignupBoxes(doc),
    title: run.parsed.title ?? null,
    byline: cleanByline(run.parsed.byline),
  });
  return { parsed: run.parsed, blocks, everyBlock };
}
