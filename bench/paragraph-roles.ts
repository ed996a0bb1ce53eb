// The benchmark's own reading of what a paragraph is, from the page's markup and the
// paragraph's wording: a photo caption, a credit line, a byline, a dateline or a
// pull-quote, none of which may become a highlight (issue 14). It is written apart from
// the core's rules on purpose, so that the figures it gives are not the core grading
// itself; each verdict carries its reason, so the printed cases can be checked by eye.
import { wordsOfNames } from '../src/core/related/name-related-block';
import type { BlockKind } from '../src/core/types';

export type RoleName = 'caption' | 'credit' | 'byline' | 'dateline' | 'pull-quote';

export interface ParagraphRole {
  role: RoleName;
  /** What gave it away: "<figcaption>", "class: wp caption text", "text: (Photo: …)". */
  reason: string;
}

// How far up the markup a caption's or byline's wrapper may stand, and how much more
// text than the block it may hold (a post's wrapper named "author-jane-doe" holds it all).
const LEVELS = 4;
const MAX_WRAPPER_EXTRA_CHARS = 200;

const CAPTION_ELEMENT = new Set(['figcaption', 'figure', 'caption']);
const CLASS_ROLES: [RoleName, RegExp][] = [
  ['caption', /\b(?:caption|captions|figcaption|cutline|cutlines|legend|photo text|image text|img text)\b/],
  ['credit', /\b(?:credit|credits|copyright|photographer|image source|photo source|media source)\b/],
  ['pull-quote', /\b(?:pull ?quote|pullquote|pull ?out|quote box|quotebox|blockquote pull|callout)\b/],
  ['byline', /\b(?:byline|bylines|author|authors|contributor)\b/],
  ['dateline', /\b(?:dateline|timestamp|pubdate|publish date|published|updated|post date|posted on)\b/],
];

const CREDIT_TEXT: RegExp[] = [
  // "(Photo: Jane Doe)", "(Image by …)", "(Picture courtesy …)" closing a caption.
  /\((?:photo(?:graph)?|image|picture|pic|credit|illustration|graphic|video)s?\b[^)]*\)\s*[.]?$/i,
  // "Photo: …", "Image credit: …", "Photograph: …" anywhere in the block.
  /(?:^|[\s(|[.])(?:photo(?:graph)?|image|picture|pic|credit|illustration|graphic)s?(?: credits?)?\s*[:：]/i,
  /\b(?:photo|photograph|image|picture)s? (?:by|courtesy(?: of)?)\b/i,
  /\bimage copyright\b|©/i,
  // Agency credits: "AP Photo/Evan Vucci", "Jane Doe/Getty Images".
  /\b(?:AP|AFP|EPA|Reuters)(?: Photo| Images)?\s*\/\s*\p{Lu}/u,
  /\/\s*(?:AP|AFP|EPA|Getty Images|Reuters|Shutterstock|Alamy|Bloomberg|iStock)\b/,
  /\b(?:Getty Images|Shutterstock|iStockphoto)\b/,
];
const BYLINE_TEXT = /^(?:by|written by|words by|reporting by)\s+\p{Lu}/iu;
const DATELINE_TEXT =
  /^(?:published|updated|posted|last updated|first published)\b|^(?:\p{L}+,? )?\p{Lu}\p{L}+\.? \d{1,2},? \d{4}\b|^\d{1,2}(?:st|nd|rd|th)? \p{Lu}\p{L}+,? \d{4}\b|^\d{4}-\d{2}-\d{2}\b/iu;

const classWordsOf = (el: Element) => wordsOfNames(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * What the markup and wording make of a paragraph of the analysis: null for article
 * text. `element` is the page element it came from (Paragraph.elementIndex).
 */
export function roleOfParagraph(element: Element, text: string, kind: BlockKind): ParagraphRole | null {
  if (kind === 'caption') return { role: 'caption', reason: 'kind caption' };
  let el: Element | null = element;
  for (let level = 0; el && level <= LEVELS && el.localName !== 'body'; level++, el = el.parentElement) {
    const small = (el.textContent ?? '').trim().length <= text.length + MAX_WRAPPER_EXTRA_CHARS;
    if (el.localName !== 'figure' ? CAPTION_ELEMENT.has(el.localName) : small) {
      return { role: 'caption', reason: `<${el.localName}>` };
    }
    const words = classWordsOf(el);
    if (words === '' || !small) continue;
    for (const [role, pattern] of CLASS_ROLES) {
      // A byline's or dateline's wrapper also names the article's header: only short blocks count.
      if ((role === 'byline' || role === 'dateline') && wordCount(text) >= 20) continue;
      const match = pattern.exec(words);
      if (match) return { role, reason: `class: ${match[0]} (${words.slice(0, 60)})` };
    }
  }
  for (const pattern of CREDIT_TEXT) {
    const match = pattern.exec(text);
    if (match) return { role: 'credit', reason: `text: ${match[0].trim()}` };
  }
  if (wordCount(text) < 20 && BYLINE_TEXT.test(text)) return { role: 'byline', reason: 'text: By …' };
  if (wordCount(text) < 20 && DATELINE_TEXT.test(text)) return { role: 'dateline', reason: 'text: a date' };
  return null;
}

/** Whether a highlight's quotation marks or brackets do not pair up. */
export function isUnbalanced(text: string): boolean {
  const count = (char: string) => text.split(char).length - 1;
  // German opens with „ and closes with “ (or ”); elsewhere “ opens and ” closes.
  const low = count('„');
  if (low > 0 ? low !== count('“') + count('”') : count('“') !== count('”')) return true;
  if (count('«') !== count('»') || count('(') !== count(')') || count('[') !== count(']')) return true;
  return count('"') % 2 === 1;
}
