import { parseHTML } from 'linkedom';
import type { TracedBlock } from '../src/core/extract/blocks';
import { copyForReadability } from '../src/core/extract/copy-for-readability';
import { runReadability } from '../src/core/extract/run-readability';
import { traceBlocks } from '../src/core/extract/trace-blocks';
import { BOILERPLATE_RULES } from '../src/core/extract/drop-boilerplate';
import { benchmarkCorpusDir, hasBenchmarkCorpus, loadBenchmarkCorpus } from './corpus';
import { scoreCorpus, scorePage } from './score';
import { fixed, table } from './stats';

/** Readability's article as the pipeline reads it, before any block is dropped. */
function readabilityBlocks(html: string): TracedBlock[] {
  const copy = copyForReadability(parseHTML(html).document as unknown as Document);
  const parsed = runReadability(copy);
  return parsed ? traceBlocks(parsed.content, copy.originals) : [];
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
  const pages = loadBenchmarkCorpus().map((page) => ({
    truth: page.articleBody,
    blocks: readabilityBlocks(page.html),
  }));
  const names = Object.keys(BOILERPLATE_RULES);
  const f1With = (active: readonly string[]) =>
    scoreCorpus(
      pages.map(({ truth, blocks }) => {
        const kept = blocks.filter(
          ({ original, ...block }: TracedBlock) =>
            !original || !active.some((name) => BOILERPLATE_RULES[name]!({ block, original })),
        );
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
