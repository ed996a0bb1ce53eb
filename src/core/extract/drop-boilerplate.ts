import type { RawBlock } from './blocks';
import { withinAny } from './walk-elements';

// Readability keeps what sits near the article inside its best candidate: bylines and
// datelines, captions, menus, widget labels, a newsletter box. These rules decide on the
// ORIGINAL element each block came from, because Readability has already stripped the
// tags, classes, forms and buttons that give such blocks away. Each rule was kept only
// if it raised F1 on the article-extraction benchmark (181 pages of 126 sites; what each
// is worth: `npm run bench -- rules`), and none is about a particular site.

/** A block with the original element it came from and what surrounds it. */
export interface BlockInContext {
  block: RawBlock;
  original: Element;
}

const WIDGET_CONTROLS =
  'button, select, [role="button"], [role="switch"], [role="radio"], [role="radiogroup"], [role="tablist"], [role="toolbar"], [role="menu"]';
const META_TOKENS = /\b(byline|author|authors|dateline|timestamp|date|time|meta|posted|published)\b/;
const SENTENCE_END = /[.!?。！？]["”’»)]?$/;

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

const isNavigation = (el: Element) =>
  el.localName === 'nav' || el.localName === 'menu' || el.getAttribute('role') === 'navigation';
const isHeaderOrFooter = (el: Element) => el.localName === 'header' || el.localName === 'footer';

/** class and id of an element and its parent, lower case: where sites name their parts. */
function namesAround(el: Element): string {
  const own = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  const parent = el.parentElement;
  const up = parent ? `${parent.getAttribute('class') ?? ''} ${parent.getAttribute('id') ?? ''}` : '';
  return `${own} ${up}`.toLowerCase();
}

/** Each rule names page furniture; a block any rule names is not article text. */
export const BOILERPLATE_RULES: Record<string, (b: BlockInContext) => boolean> = {
  // Captions and photo credits describe pictures, not the story.
  caption: ({ block }) => block.kind === 'caption',
  // Menus that Readability kept inside the article's container.
  navigation: ({ original }) => withinAny(original, isNavigation),
  // The article's own header and footer: kicker, byline, date, tag line. A sentence
  // there is the standfirst and is kept.
  'header-or-footer line': ({ block, original }) =>
    wordsIn(block.text) < 25 && !SENTENCE_END.test(block.text) && withinAny(original, isHeaderOrFooter),
  // "By Jane Doe", "Updated 1:39 am EST", named so by the site's own classes.
  'byline or dateline': ({ block, original }) => wordsIn(block.text) < 15 && META_TOKENS.test(namesAround(original)),
  // "Read more", "Previous article", a lone tag link: short lines that are all link.
  'short link line': ({ block }) => block.kind !== 'heading' && block.linkDensity > 0.9 && wordsIn(block.text) < 12,
  // The labels of an interactive widget ("Article Highlights Off On" on the seed page).
  'widget label': ({ block, original }) => wordsIn(block.text) <= 6 && original.querySelector(WIDGET_CONTROLS) !== null,
};

export interface DropOptions {
  /** Page containers whose blocks are never article text (sign-up boxes, related-reading blocks). */
  excluded: ReadonlySet<Element>;
}

/** Drops blocks that are page furniture rather than article text. */
export function dropBoilerplate<B extends RawBlock & { original: Element | null }>(
  blocks: readonly B[],
  options: DropOptions,
): B[] {
  const rules = Object.values(BOILERPLATE_RULES);
  return blocks.filter((block) => {
    const original = block.original;
    if (!original) return true;
    if (options.excluded.size > 0 && withinAny(original, (node) => options.excluded.has(node))) return false;
    return !rules.some((rule) => rule({ block, original }));
  });
}
