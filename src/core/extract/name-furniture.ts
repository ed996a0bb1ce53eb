import { wordsOfNames } from '../related/name-related-block';
import type { BlockKind } from '../types';

// Blocks that sit in the article but are not its story: photo captions and credit lines,
// and pull-quotes (a sentence of the story set large beside it). Readability keeps them
// as paragraphs when the page marks them with classes instead of <figcaption>; they must
// never become highlights, and two captions sharing a credit line are no repeat (issue
// 14). Decided from the page's own element and its near wrappers, as the page names
// them, and from the credit wording that captions carry whatever their markup.

// Class and id words of caption blocks and their wrappers ("wp-caption-text",
// "article__image-caption", "photo-credit", "cutline"). A plain "credit" also names a
// story's credit line ("Copyright 2025 Example Wire"), which the story keeps.
const CAPTION_NAMES = /\b(?:caption|captions|figcaption|cutline|cutlines|(?:photo|image|picture) credits?)\b/;
const PULL_QUOTE_NAMES = /\b(?:pull ?quote|pullquote|pull ?out|quote ?box|pquote)\b/;
// How far up a caption's wrapper may stand, and how much more text than the block it may
// hold: a wrapper named for a picture holds the picture's caption and credit, not the story.
const LEVELS = 3;
const MAX_WRAPPER_EXTRA_CHARS = 200;
// Longer blocks are story text, whatever their wrapper's name or their last words.
const MAX_CAPTION_WORDS = 80;

// Credit wording: "Photo: …", "(Photo by …)", "Image copyright …", "AP Photo/…",
// "…/Getty Images". Each seen opening or closing captions on real pages.
const CREDIT_AT_START =
  /^[([]?(?:photo(?:graph)?s?|images?|pictures?|pic|credits?|illustrations?|graphics?|video)(?: credits?| courtesy(?: of)?| by)?\s*[:：|]/iu;
const CREDIT_IN_BRACKETS_AT_END =
  /\((?:photo(?:graph)?|image|picture|pic|credit|illustration|video)s?\b[^()]*\)\s*\.?$/iu;
const CREDIT_BY_AT_END = /\b(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture)s? (?:by|courtesy of)\s+\p{Lu}[^.!?]*\.?$/u;
const AGENCY_CREDIT =
  /\b(?:AP|AFP|EPA|Reuters)\s+Photo\s*\/|\/\s*(?:AP|AFP|EPA|Reuters|Getty Images|Shutterstock|Alamy|Bloomberg|iStock|Xinhua)\b[^.!?]*$/u;
const CREDIT_LABEL = /^image (?:copyright|caption)\b/iu;
const CREDIT_PATTERNS = [CREDIT_AT_START, CREDIT_IN_BRACKETS_AT_END, CREDIT_BY_AT_END, AGENCY_CREDIT, CREDIT_LABEL];

const classWords = (el: Element) => wordsOfNames(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Whether a block's wording is a photo credit or a caption carrying one. */
export function isCreditLine(text: string): boolean {
  return wordCount(text) <= MAX_CAPTION_WORDS && CREDIT_PATTERNS.some((pattern) => pattern.test(text));
}

/**
 * What a block of the article is when it is no story text: 'caption' (a photo's caption
 * or credit) or 'pull-quote'; null otherwise. `original` is the page's element the block
 * came from.
 */
export function nameFurniture(original: Element, text: string): Extract<BlockKind, 'caption' | 'pull-quote'> | null {
  if (wordCount(text) > MAX_CAPTION_WORDS) return null;
  let el: Element | null = original;
  for (let level = 0; el && level <= LEVELS && el.localName !== 'body'; level++, el = el.parentElement) {
    const figure = el.localName === 'figure' || el.localName === 'figcaption';
    const words = figure ? '' : classWords(el);
    const named = figure || CAPTION_NAMES.test(words) ? 'caption' : PULL_QUOTE_NAMES.test(words) ? 'pull-quote' : null;
    // Text length is read only for a wrapper so named: reading it for every wrapper of
    // every block would be quadratic.
    if (named && (el === original || (el.textContent ?? '').trim().length <= text.length + MAX_WRAPPER_EXTRA_CHARS)) {
      return named;
    }
  }
  return CREDIT_PATTERNS.some((pattern) => pattern.test(text)) ? 'caption' : null;
}
