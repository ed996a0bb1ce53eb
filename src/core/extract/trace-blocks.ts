import type { TracedBlock } from './blocks';
import { collectBlocks, kindOf } from './collect-blocks';
import { nameFurniture } from './name-furniture';
import { traceElement } from './trace-elements';

/** Readability's content split into blocks that know the page element they came from. */
export function traceBlocks(content: Element, originals: readonly Element[]): TracedBlock[] {
  return collectBlocks(content).map((block) => {
    const traced = traceElement(block.owner);
    const original = originals[traced.index] ?? null;
    // Readability renames what it keeps beside its best candidate to <div> (a
    // <blockquote> or <h2> sibling): the original element tells what the block is.
    const renamed = !traced.own && block.owner.localName === 'div' && original;
    const inQuote = block.kind === 'quote' || original?.closest('blockquote') != null;
    const kind = renamed
      ? kindOf(original.localName, inQuote)
      : inQuote
        ? kindOf(block.owner.localName, true)
        : block.kind;
    // Captions and pull-quotes that the page marks by class or wording, not by tag.
    const furniture =
      original && (kind === 'paragraph' || kind === 'quote') ? nameFurniture(original, block.text) : null;
    return {
      ...block,
      kind: furniture ?? kind,
      elementIndex: traced.index,
      original,
    };
  });
}
