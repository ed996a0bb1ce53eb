import type { BlockKind } from '../types';
import { hasVisibleText } from '../text/has-visible-text';

/** A run of text in the extracted content, owned by the nearest block-level element. */
export interface RawBlock {
  text: string;
  kind: BlockKind;
  owner: Element;
  /** Share of the block's characters that sit inside links (0..1). */
  linkDensity: number;
}

// Elements that start a new block of text. Everything else is inline and its text joins
// the run of its nearest block ancestor.
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote body caption center dd details dialog div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p ' +
    'pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

// Never part of the readable text, whatever Readability left behind.
const SKIPPED_TAGS = new Set(
  (
    'button canvas datalist embed iframe input noscript object option script select style svg ' +
    'template textarea video audio'
  ).split(' '),
);

/** The kind of block an element of this tag makes. */
export function kindOf(tag: string, inQuote: boolean): BlockKind {
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'list-item';
  if (tag === 'pre') return 'preformatted';
  if (tag === 'figcaption' || tag === 'caption') return 'caption';
  if (tag === 'td' || tag === 'th') return 'table';
  if (tag === 'blockquote' || inQuote) return 'quote';
  return 'paragraph';
}

/** Marks a <br> in a text run: source newlines are white space, <br> is a line break. */
const LINE_BREAK = '\u2028';

/**
 * Collapses runs of white space and keeps the line breaks <br> made, each line trimmed.
 * Preformatted text keeps its lines and indentation as written.
 */
export function normalizeBlockText(raw: string, preformatted = false): string {
  if (preformatted) {
    return raw
      .replaceAll(LINE_BREAK, '\n')
      .replace(/[ \t]+$/gm, '')
      .replace(/^\n+|\s+$/g, '');
  }
  return raw
    .split(LINE_BREAK)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

interface Frame {
  el: Element;
  /** Next child node to visit. */
  child: ChildNode | null;
  /** The block frame whose text run this element's text joins (itself, for blocks). */
  owner: OwnerState;
  inLink: boolean;
}

interface OwnerState {
  el: Element;
  kind: BlockKind;
  inQuote: boolean;
  run: string[];
  /** Characters of `run` that came from inside links. */
  linkChars: number;
}

/**
 * Splits extracted article content into text blocks in reading order. Text directly inside
 * a container that also holds blocks (`<div>intro<p>…</p>outro</div>`) becomes blocks of
 * its own, in place. Iterative, so nesting depth cannot overflow the stack.
 */
export function collectBlocks(root: Element): RawBlock[] {
  const blocks: RawBlock[] = [];
  const flush = (owner: OwnerState) => {
    const raw = owner.run.join('');
    const text = normalizeBlockText(raw, owner.kind === 'preformatted');
    const chars = raw.replace(/\s+/g, '').length;
    const linkDensity = chars > 0 ? Math.min(1, owner.linkChars / chars) : 0;
    owner.run.length = 0;
    owner.linkChars = 0;
    if (text !== '' && hasVisibleText(text)) blocks.push({ text, kind: owner.kind, owner: owner.el, linkDensity });
  };
  const rootOwner: OwnerState = { el: root, kind: 'paragraph', inQuote: false, run: [], linkChars: 0 };
  const stack: Frame[] = [{ el: root, child: root.firstChild, owner: rootOwner, inLink: false }];

  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const node = frame.child;
    if (!node) {
      stack.pop();
      if (frame.owner.el === frame.el) flush(frame.owner);
      continue;
    }
    frame.child = node.nextSibling;
    if (node.nodeType === 3 /* text */) {
      const data = (node as Text).data;
      frame.owner.run.push(data);
      if (frame.inLink) frame.owner.linkChars += data.replace(/\s+/g, '').length;
      continue;
    }
    if (node.nodeType !== 1 /* element */) continue;
    const el = node as Element;
    const tag = el.localName;
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'br') {
      frame.owner.run.push(LINE_BREAK);
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      // Text before a nested block is a block of its own, so order is kept.
      flush(frame.owner);
      const inQuote = frame.owner.inQuote || tag === 'blockquote';
      const owner: OwnerState = { el, kind: kindOf(tag, inQuote), inQuote, run: [], linkChars: 0 };
      stack.push({ el, child: el.firstChild, owner, inLink: frame.inLink });
    } else {
      stack.push({ el, child: el.firstChild, owner: frame.owner, inLink: frame.inLink || tag === 'a' });
    }
  }
  return blocks;
}
