import type { RawBlock } from './collect-blocks';

// Readability keeps what sits beside the article inside its best candidate's parent;
// on many news pages that drags in a newsletter box or an interactive widget's labels
// (the seed page's "Join 250,000 readers…" box and its "Article Highlights Off On"
// toggle). These rules look at the ORIGINAL elements the blocks came from, because
// Readability has already stripped the forms, buttons and classes that give them away.

const WIDGET_CONTROLS =
  'button, select, [role="button"], [role="switch"], [role="radio"], [role="radiogroup"], [role="tablist"], [role="toolbar"], [role="menu"]';
const EMAIL_FIELD = 'input[type="email"], input[autocomplete="email"], input[name*="mail" i]';
const OUTER_LIMITS = new Set(['html', 'body', 'main', 'article']);
/** A sign-up box is short; a parent with more text than this holds more than the box. */
const MAX_BOX_CHARS = 800;
/** Words a widget's label may have; a real paragraph next to a button is kept. */
const MAX_WIDGET_WORDS = 6;

/** Boxes built around an e-mail sign-up form: heading, pitch, form, legal line. */
export function findSignupBoxes(doc: Document): Set<Element> {
  const boxes = new Set<Element>();
  for (const form of doc.querySelectorAll('form')) {
    if (!form.querySelector(EMAIL_FIELD)) continue;
    let box: Element = form;
    for (let level = 0; level < 3; level++) {
      const parent = box.parentElement;
      if (!parent || OUTER_LIMITS.has(parent.localName)) break;
      if ((parent.textContent ?? '').length > MAX_BOX_CHARS) break;
      box = parent;
    }
    boxes.add(box);
  }
  return boxes;
}

function isInside(el: Element, containers: ReadonlySet<Element>): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (containers.has(node)) return true;
  return false;
}

function isWidgetLabel(block: RawBlock, original: Element): boolean {
  return block.text.split(/\s+/).length <= MAX_WIDGET_WORDS && original.querySelector(WIDGET_CONTROLS) !== null;
}

export interface BlockOrigin {
  /** The original element a block came from (null when unknown). */
  originalOf(block: RawBlock): Element | null;
  /** Original containers whose blocks are never article text (sign-up boxes, related-reading blocks). */
  excluded: ReadonlySet<Element>;
}

/** Drops blocks that are page furniture rather than article text. */
export function dropBoilerplate(blocks: readonly RawBlock[], origin: BlockOrigin): RawBlock[] {
  return blocks.filter((block) => {
    const original = origin.originalOf(block);
    if (!original) return true;
    if (origin.excluded.size > 0 && isInside(original, origin.excluded)) return false;
    return !isWidgetLabel(block, original);
  });
}
