import type { RawBlock } from './blocks';
import { findDate } from './read-dateline';
import { withinAny } from './walk-elements';

// Readability keeps what sits near the article inside its best candidate: bylines and
// datelines, captions, menus, widget labels, a newsletter box. These rules decide on the
// ORIGINAL element each block came from, because Readability has already stripped the
// tags, classes, forms and buttons that give such blocks away. Each rule was kept only
// if it raised F1 on the article-extraction benchmark (181 pages of 126 sites; what each
// is worth: `npm run bench -- rules`), and none is about a particular site.

/** What is known of the page when its blocks are judged: its title and byline, where each block stands. */
export interface PageFacts {
  title: string | null;
  byline: string | null;
  /** The block's position among the article's blocks, and how many there are. */
  position: number;
  count: number;
  /**
   * The <article> element holding most of the text, when the blocks come from more than
   * one: the others are other stories (teasers, posts of a list) or comments.
   */
  mainArticle: Element | null;
}

/** A block with the original element it came from and what surrounds it. */
export interface BlockInContext {
  block: RawBlock;
  original: Element;
  page: PageFacts;
  /** The block's words, counted once for all the rules. */
  words: number;
  /** Class and id words of the original and its two nearest ancestors, read once when a rule asks. */
  names: () => string[];
}

/** A block's context for the rules, its word count and nearby names read once (most rules ask). */
export function inContext(block: RawBlock, original: Element, page: PageFacts = NO_FACTS): BlockInContext {
  let names: string[] | undefined;
  return { block, original, page, words: wordsIn(block.text), names: () => (names ??= nameWordsNear(original)) };
}

/** Facts for a block judged on its own (tests, and blocks of a page with no title known). */
export const NO_FACTS: PageFacts = { title: null, byline: null, position: 0, count: 1, mainArticle: null };

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

/** Class and id words of an element and its two nearest ancestors: where sites name their parts. */
function nameWordsNear(el: Element): string[] {
  const words: string[] = [];
  let node: Element | null = el;
  for (let level = 0; node && level < 3; level++, node = node.parentElement) {
    const names = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (names.trim() !== '')
      words.push(
        ...names
          .replace(/([a-z])([A-Z])/g, '$1 $2')
          .toLowerCase()
          .split(/[^a-z0-9]+/),
      );
    if (node.localName === 'figcaption') words.push('figcaption');
  }
  return words;
}

const folded = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// What a line that is only a date or time is made of: "Updated 1:39 am EST, Wednesday,
// November 20, 2019", "Posted: Fri 6:45 PM, Feb 16, 2018 |", "Nov. 20, 2019, 9:28 AM UTC".
const DATE_WORDS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b\.?|\b(?:am|pm|a\.m|p\.m|utc|gmt|[a-z]?[ecmp][sd]t|hst|bst|ist|cet|cest|updated|published|posted|last|modified|on|at)\b\.?|\d+(?:st|nd|rd|th)?\b|\d+[:./-]\d+(?:[:./-]\d+)?/gi;
const isDateLine = (text: string, words: number) => {
  if (words < 2 || words > 16) return false;
  const dated = findDate(text) !== null || (/\d:\d\d/.test(text) && /\b(?:updated|published|posted)\b/i.test(text));
  return dated && text.replace(DATE_WORDS, ' ').replace(/[\s,.|:;·•\-–—/()]+/g, '') === '';
};

// A pitch opens with its verb ("Sign up for…", "Get breaking news alerts…") or names
// the newsletter; "Volunteers can sign up for planting days" is news.
const CALL_TO_ACTION =
  /^(?:sign up|subscribe|follow us|join (?:us|our)|click here|get (?:the latest|breaking|our|more)|like this story|share (?:it|this))\b|\b(?:newsletters?|in your inbox|email alerts?|news alerts|uses cookies|requires javascript)\b/i;
const CONTACT = /@[\w-]+(?:\.[\w-]+)+\b/;
const CONTACT_WORDS = /\b(?:email|e-mail|reach|reached|contact|follow|twitter)\b/i;
const CREDITS =
  /^\(?(?:reporting|additional reporting|writing|editing|compiled|with reporting)(?: by)?\b|contributed (?:to )?this (?:report|story|article)\.?\)?$/i;
const PHOTO_CREDIT =
  /^\(?\s*(?:photo|image|picture|foto|credit)s?(?: credit)?\s*[:©]|^(?:image|photo|slide|picture)\s+\d+\s+(?:of|\/)\s*\/?\s*\d+$/i;
const PICTURE_NOTE = /\((?:image|photo|picture)s?\s*:[^)]*\)\s*$/i;
const AD_LABEL = /^(?:advert|advertisement|advertising|anzeige|publicidade|publicidad|publicité|sponsored)$/i;
const LINK_LABEL = /^[\p{L}\p{N} .'’&]{2,25}[:：|]\s/u;
const CAPTION_WORDS = new Set(['caption', 'captions', 'figcaption', 'photocredit', 'imagecredit']);
const BIO_NAME = /\bauthor (?:bio|excerpt|details|info|box|description)\b|\babout the author\b/;

/** The <article> element nearest a block's original, if any. */
const articleOf = (el: Element) => el.closest('article');

/** Each rule names page furniture; a block any rule names is not article text. */
export const BOILERPLATE_RULES: Record<string, (b: BlockInContext) => boolean> = {
  // Captions and photo credits describe pictures, not the story.
  caption: ({ block }) => block.kind === 'caption',
  // Menus that Readability kept inside the article's container.
  navigation: ({ original }) => withinAny(original, isNavigation),
  // The article's own header and footer: kicker, byline, date, tag line. A sentence
  // there is the standfirst and is kept.
  'header-or-footer line': ({ block, original, words }) =>
    words < 25 && !SENTENCE_END.test(block.text) && withinAny(original, isHeaderOrFooter),
  // "By Jane Doe", "Updated 1:39 am EST", named so by the site's own classes.
  'byline or dateline': ({ original, words }) => words < 15 && META_TOKENS.test(namesAround(original)),
  // "Read more", "Previous article", a lone tag link: short lines that are all link.
  'short link line': ({ block, words }) => block.kind !== 'heading' && block.linkDensity > 0.9 && words < 12,
  // The labels of an interactive widget ("Article Highlights Off On" on the seed page).
  'widget label': ({ original, words }) => words <= 6 && original.querySelector(WIDGET_CONTROLS) !== null,
  // Issue 12: what stands around a short story. Each rule below was measured on the
  // article-extraction benchmark alone and together (`npm run bench -- rules`).
  // The headline again, at the top of the text: the header shows it.
  'headline repeated': ({ block, page }) =>
    block.kind === 'heading' && page.position < 4 && page.title !== null && folded(block.text) === folded(page.title),
  // The page's own address printed at the top of its print version.
  'address line': ({ block }) => /^https?:\/\/\S+$/.test(block.text.trim()),
  // "Updated 1:39 am EST, Wednesday, November 20, 2019": the header shows the date.
  'date line': ({ block, words }) =>
    block.kind !== 'table' && block.kind !== 'heading' && isDateLine(block.text, words),
  // "By Justine Coleman - 11/18/19", "Posted by Regan": the header shows the byline.
  'byline line': ({ block, page, words }) =>
    block.kind !== 'heading' &&
    words < 25 &&
    ((/^(?:posted |written |words )?by\s+\p{Lu}/iu.test(block.text) && !SENTENCE_END.test(block.text)) ||
      (page.byline !== null && folded(block.text) === folded(page.byline))),
  // Captions the site names so (wp-caption-text, image-caption), or a <p> inside <figcaption>.
  'caption by name': ({ block, words, names }) =>
    block.kind !== 'heading' && words < 60 && names().some((w) => CAPTION_WORDS.has(w) || w.endsWith('caption')),
  // "Photo: David Zalubowski, AP", "Image 1 of 9", "The plague doctor (Image: GETTY)".
  'photo credit': ({ block, words }) =>
    (words < 15 && PHOTO_CREDIT.test(block.text.trim())) || (words < 40 && PICTURE_NOTE.test(block.text)),
  // "Get breaking news alerts", "Sign up for our newsletter", "Join our Space Forums".
  'call to action': ({ block, words }) => block.kind !== 'heading' && words < 45 && CALL_TO_ACTION.test(block.text),
  // "Email Tariq Malik at tmalik@space.com", "Have a tip? … may be reached at …".
  'contact line': ({ block, words }) =>
    block.kind !== 'heading' &&
    words < 40 &&
    ((CONTACT.test(block.text) && CONTACT_WORDS.test(block.text)) ||
      /\bhave a tip\b/i.test(block.text) ||
      /^[\w.-]+@[\w-]+(?:\.[\w-]+)+$/.test(block.text.trim())),
  // "(Reporting by …; Editing by …)", "… contributed to this report."
  'credits line': ({ block, words }) => words < 50 && CREDITS.test(block.text),
  // The author's biography under the story: named so, or a closing line about the byline's author.
  'author bio': ({ block, page, names }) => {
    const near = names();
    if (near.some((w) => w === 'bio' || w === 'biography') || BIO_NAME.test(near.join(' '))) return true;
    if (!page.byline || page.position < page.count - 3) return false;
    const name = page.byline.split(/,| and /)[0]!.trim();
    const first = name.split(' ')[0]!;
    return (
      name.length > 3 &&
      (block.text.startsWith(`${name} `) || block.text.startsWith(`${first} `)) &&
      /^(?:\S+\s){1,4}(?:is|was|has|joined|writes|covers|reports)\b/.test(block.text)
    );
  },
  // Blocks of another <article> than the one holding most of the text: teasers, other posts.
  'another article': ({ original, page }) => {
    if (!page.mainArticle) return false;
    const article = articleOf(original);
    return article !== null && article !== page.mainArticle;
  },
  // A teaser line that is (almost) all link, longer than the short link lines above.
  'teaser link line': ({ block, words }) => block.kind === 'paragraph' && block.linkDensity >= 0.8 && words < 40,
  // "SEE MORE: Hong Kong protests…", "Also on rt.com …": a label and a link.
  'labelled link': ({ block, words }) =>
    block.kind === 'paragraph' && block.linkDensity >= 0.45 && words < 40 && LINK_LABEL.test(block.text),
  // "Advertisement" where an ad was.
  'ad label': ({ block }) => AD_LABEL.test(block.text.trim()),
};

/**
 * The <article> holding most of the blocks' text, when they come from more than one and
 * it is the story: a third of that text, or the headline.
 */
export function mainArticleOf(blocks: readonly { text: string; original: Element | null }[]): Element | null {
  const chars = new Map<Element, number>();
  for (const block of blocks) {
    const article = block.original && articleOf(block.original);
    if (article) chars.set(article, (chars.get(article) ?? 0) + block.text.length);
  }
  if (chars.size < 2) return null;
  const [main, most] = [...chars].reduce((best, next) => (next[1] > best[1] ? next : best));
  // A river of teasers, each its own <article>, is a section front: none is the story,
  // unless it holds the page's headline (a post, and the posts listed after it).
  let total = 0;
  for (const n of chars.values()) total += n;
  return most * 3 >= total || main.querySelector('h1') ? main : null;
}

export interface DropOptions {
  /** Page containers whose blocks are never article text (sign-up boxes, related-reading blocks). */
  excluded: ReadonlySet<Element>;
  /** The title and byline the page states (Readability's, else its metadata's), when known. */
  title?: string | null;
  byline?: string | null;
}

/** Drops blocks that are page furniture rather than article text. */
export function dropBoilerplate<B extends RawBlock & { original: Element | null }>(
  blocks: readonly B[],
  options: DropOptions,
): B[] {
  const rules = Object.values(BOILERPLATE_RULES);
  const candidates =
    options.excluded.size > 0
      ? blocks.filter((b) => !b.original || !withinAny(b.original, (node) => options.excluded.has(node)))
      : blocks;
  const mainArticle = mainArticleOf(candidates);
  const facts = { title: options.title ?? null, byline: options.byline ?? null, count: candidates.length, mainArticle };
  return candidates.filter((block, position) => {
    const original = block.original;
    if (!original) return true;
    const context = inContext(block, original, { ...facts, position });
    return !rules.some((rule) => rule(context));
  });
}
