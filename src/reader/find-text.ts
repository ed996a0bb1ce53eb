/** A piece of one text node: characters [start, end). */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without the global (absent from some test DOMs).

interface Char {
  node: Text;
  offset: number;
  /** White space (or a skipped subtree) stands between this character and the one before. */
  spaced: boolean;
  /** Inside a subtree the search must not enter. */
  blocked: boolean;
}

// The core's texts collapse white space and turn <br> into line breaks, and pages split
// words across inline elements ("<b>RMB</b>&nbsp;380 billion"): matching is done on the
// characters that are not white space, whatever separates them.
const SPACE = /\s/;
const DIGIT = /\d/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;

const SEPARATOR = /[.,]/;

function charAt(chars: readonly Char[], i: number): string {
  const c = chars[i];
  return c ? c.node.data[c.offset]! : '';
}

/**
 * Whether character i carries on the number or word of the character before it, so that
 * a match may not start or end between them: "1%" in "11%" or "1.1%", "1" in "1.5" or
 * "1,000", "rise" in "sunrise". CJK text has no spaces, so other scripts never glue.
 */
function continuesToken(chars: readonly Char[], i: number): boolean {
  const current = chars[i];
  if (!current || current.spaced || i === 0) return false;
  const before = charAt(chars, i - 1);
  const here = charAt(chars, i);
  if (DIGIT.test(before) && DIGIT.test(here)) return true;
  if (LATIN.test(before) && LATIN.test(here)) return true;
  // A decimal or thousands separator between digits: "1.5", "1,000".
  if (DIGIT.test(here) && SEPARATOR.test(before) && !chars[i - 1]!.spaced && DIGIT.test(charAt(chars, i - 2))) {
    return true;
  }
  const next = chars[i + 1];
  return DIGIT.test(before) && SEPARATOR.test(here) && !!next && !next.spaced && DIGIT.test(charAt(chars, i + 1));
}

function collectChars(root: Element, blocked: (el: Element) => boolean): Char[] {
  const chars: Char[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  let pendingSpace = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    let isBlocked = false;
    for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
      if (blocked(el)) {
        isBlocked = true;
        break;
      }
    }
    const text = node.data;
    for (let offset = 0; offset < text.length; offset++) {
      if (SPACE.test(text[offset]!)) {
        pendingSpace = true;
        continue;
      }
      chars.push({ node, offset, spaced: pendingSpace, blocked: isBlocked });
      pendingSpace = false;
    }
  }
  return chars;
}

/**
 * The first place `needle` stands in the text under `root`, as the pieces of text nodes
 * it covers, or null. White space is ignored on both sides; a match may not start or end
 * inside a number or a word, nor touch text under an element `blocked` accepts (another
 * paragraph nested inside this one, a figure already marked).
 */
export function findText(
  root: Element,
  needle: string,
  blocked: (el: Element) => boolean = () => false,
): TextSegment[] | null {
  const wanted = needle.replace(/\s+/g, '');
  if (!wanted) return null;
  const chars = collectChars(root, blocked);
  const haystack = chars.map((c) => c.node.data[c.offset]).join('');
  for (let at = haystack.indexOf(wanted); at !== -1; at = haystack.indexOf(wanted, at + 1)) {
    const span = chars.slice(at, at + wanted.length);
    if (span.some((c) => c.blocked)) continue;
    if (continuesToken(chars, at) || continuesToken(chars, at + wanted.length)) continue;
    return segmentsOf(span);
  }
  return null;
}

function segmentsOf(span: readonly Char[]): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const c of span) {
    const current = segments[segments.length - 1];
    if (current && current.node === c.node) current.end = c.offset + 1;
    else segments.push({ node: c.node, start: c.offset, end: c.offset + 1 });
  }
  // The white space between the pieces belongs to the match, so a highlight that runs
  // through a link shows no gaps: "Say |the key| point" marks "Say " and " point".
  segments.forEach((segment, i) => {
    const text = segment.node.data;
    if (i < segments.length - 1 && !/\S/.test(text.slice(segment.end))) segment.end = text.length;
    if (i > 0 && !/\S/.test(text.slice(0, segment.start))) segment.start = 0;
  });
  return segments;
}

/**
 * Wraps each segment in an element made by `make` (a <mark>), cutting its text node at
 * the segment's ends. Returns the wrappers in document order.
 */
export function wrapSegments(segments: readonly TextSegment[], make: () => HTMLElement): HTMLElement[] {
  return segments.map(({ node, start, end }) => {
    const doc = node.ownerDocument;
    const text = node.data;
    const wrapper = make();
    wrapper.append(doc.createTextNode(text.slice(start, end)));
    // Built by hand rather than with Text.splitText, which not every DOM we run in has.
    const pieces: Node[] = [wrapper];
    if (start > 0) pieces.unshift(doc.createTextNode(text.slice(0, start)));
    if (end < text.length) pieces.push(doc.createTextNode(text.slice(end)));
    node.replaceWith(...pieces);
    return wrapper;
  });
}
