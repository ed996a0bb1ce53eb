import { countWords } from '../text/count-words';
import { wordsOfNames } from './name-related-block';

// Reads the headline of a teaser (a card or list entry that links a story) without its
// kicker, excerpt, byline or date.

const HEADING_TAG = /^h[1-6]$/;
// Parts of a teaser that are not its headline, by the class words sites give them, and
// text meant only for screen readers.
const NOT_HEADLINE =
  /\b(?:kicker|eyebrow|overline|category|section|tag|topic|flag|label|meta|date|time|timestamp|ago|byline|author|excerpt|summary|dek|standfirst|description|desc|teaser text|read time|readtime|duration|comments?|count|sr only|screen reader text|visually hidden|visuallyhidden)\b/;
// Elements that sites name as the headline of a card without making them headings.
const TITLE_NAME = /\b(?:title|headline|heading|hed)\b/;
const SKIPPED = new Set(['img', 'svg', 'picture', 'script', 'style', 'noscript', 'time', 'button', 'template']);
// Link texts that say what to do, not what the story is.
const GENERIC_LINK_TEXT =
  /^(?:read (?:more|on|the (?:full )?story)|continue reading|more|see (?:more|all)|view (?:more|all)|full story|weiterlesen|lire la suite|leer más|leggi tutto|ler mais)\W*$/i;
// Below this a heading is a kicker if the link says more ("News Cloud" above a headline).
const HEADLINE_WORDS = 3;

/** Class and id words of an element, split: "teaserTitle__link" -> "teaser title link". */
export function classWords(el: Element): string {
  return wordsOfNames(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

export function isHeading(el: Element): boolean {
  return HEADING_TAG.test(el.localName) || el.getAttribute('role') === 'heading';
}

/** A heading, or an element its site names as a title. */
export function isTitled(el: Element): boolean {
  return isHeading(el) || TITLE_NAME.test(classWords(el));
}

/** White space collapsed, bullets and separators trimmed from both ends. */
export function cleanText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s•·»›→|–—-]+|[\s•·»›→|–—:-]+$/g, '')
    .trim();
}

/** Text of `root` without its kicker, excerpt, date and the like. Iterative. */
function headlineText(root: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && (SKIPPED.has(el.localName) || NOT_HEADLINE.test(classWords(el)))) continue;
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return cleanText(parts.join(' '));
}

/** The headings (or elements named as titles) around or inside a link, up to its card. */
function headingsOf(anchor: Element, card: Element): Element[] {
  for (let el: Element | null = anchor; el && el !== card.parentElement; el = el.parentElement) {
    if (isHeading(el)) return [el];
  }
  return [...anchor.querySelectorAll('*')].filter(isTitled).slice(0, 3);
}

const longest = (texts: string[]) => texts.reduce((best, text) => (text.length > best.length ? text : best), '');

export interface TeaserTitle {
  title: string;
  /** The headline is a heading (or titled so), as in teaser cards. */
  fromHeading: boolean;
}

/**
 * The headline of the story that `anchors` (all links to it in one card) point to: the
 * heading around or inside them, unless that is a kicker shorter than the link's own
 * text; else the link text; else the card's own heading ("Read more" cards); else a
 * title attribute or picture description.
 */
export function teaserTitle(anchors: readonly Element[], card: Element): TeaserTitle {
  const heading = longest(anchors.flatMap((a) => headingsOf(a, card).map(headlineText)));
  const link = longest(anchors.map(headlineText).filter((text) => !GENERIC_LINK_TEXT.test(text)));
  if (heading && (countWords(heading) >= HEADLINE_WORDS || link.length <= heading.length)) {
    return { title: heading, fromHeading: true };
  }
  if (link) return { title: link, fromHeading: false };
  const cardHeading = isHeading(card) ? card : card.querySelector('h1, h2, h3, h4, h5, h6');
  if (cardHeading) return { title: headlineText(cardHeading), fromHeading: true };
  for (const anchor of anchors) {
    const text = cleanText(
      anchor.getAttribute('title') ??
        anchor.getAttribute('aria-label') ??
        anchor.querySelector('img[alt]')?.getAttribute('alt') ??
        '',
    );
    if (text) return { title: text, fromHeading: false };
  }
  return { title: '', fromHeading: false };
}
