import { parsePage } from '../src/cli/parse-page';
import type { TracedBlock } from '../src/core/extract/blocks';
import { copyForReadability } from '../src/core/extract/copy-for-readability';
import { cleanByline } from '../src/core/extract/clean-byline';
import { runReadability } from '../src/core/extract/run-readability';
import { traceBlocks } from '../src/core/extract/trace-blocks';
import { BOILERPLATE_RULES, inContext, mainArticleOf } from '../src/core/extract/drop-boilerplate';
import { benchmarkCorpusDir, hasBenchmarkCorpus, loadBenchmarkCorpus } from './corpus';
import { scoreCorpus, scorePage } from './score';
import { fixed, table } from './stats';

/** Readability's article as the pipeline reads it, before any block is dropped. */
function readabilityBlocks(html: string): { blocks: TracedBlock[]; title: string | null; byline: string | null } {
  const copy = copyForReadability(parsePage(html));
  const parsed = runReadability(copy);
  return {
    blocks: parsed ? traceBlocks(parsed.content, copy.originals) : [],
    title: parsed?.title ?? null,
    byline: cleanByline(parsed?.byline),
  };
}

/**
 * What each page-furniture rule of src/core/extract/drop-boilerplate.ts is worth: corpus F1
 * with every rule, and with every rule but one (the rules that need more than the
 * block, sign-up boxes and related blocks, are left out of this ablation).
 */
export async function run(): Promise<void> {
  if (!hasBenchmarkCorpus()) {
    console.log(`Skipped: the article-extraction corpus is not at ${benchmarkCorpusDir()} (set SHARED_DIR).`);
    return;
  }
  const pages = loadBenchmarkCorpus().map((page) => ({ truth: page.articleBody, ...readabilityBlocks(page.html) }));
  const names = Object.keys(BOILERPLATE_RULES);
  const f1With = (active: readonly string[]) =>
    scoreCorpus(
      pages.map(({ truth, blocks, title, byline }) => {
        const facts = { title, byline, count: blocks.length, mainArticle: mainArticleOf(blocks) };
        const kept = blocks.filter(({ original, ...block }: TracedBlock, position) => {
          if (!original) return true;
          const context = inContext(block, original, { ...facts, position });
          return !active.some((name) => BOILERPLATE_RULES[name]!(context));
        });
        return scorePage(truth, kept.map((b) => b.text).join('\n\n'));
      }),
    ).f1;
  const all = f1With(names);
  console.log(
    `### Page-furniture rules: corpus F1 without each (all rules: ${fixed(all, 4)}, none: ${fixed(f1With([]), 4)})\n`,
  );
  console.log(
    table(
      ['rule', 'F1 without it', 'worth (F1 points)'],
      names.map((name) => {
        const without = f1With(names.filter((n) => n !== name));
        return [name, fixed(without, 4), fixed((all - without) * 100, 2)];
      }),
    ),
  );
}
