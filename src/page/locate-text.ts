/** A stretch of text across consecutive text nodes: where it starts and where it ends. */
export interface TextSpan {
  startPart: number;
  startOffset: number;
  endPart: number;
  /** Offset just after the last character. */
  endOffset: number;
}

// Invisible characters pages put inside words (soft hyphens, zero-width spaces): the
// analysis never sees them, so they must not stop a match.
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/;

/**
 * Where `needle` lies in the text of consecutive parts (a paragraph's text nodes), as the
 * analysis wrote it: runs of white space count as one space and invisible characters not
 * at all. Null when it is not there. Pure, so it is tested without a browser.
 */
export function locateText(parts: readonly string[], needle: string): TextSpan | null {
  const wanted = needle.replace(new RegExp(INVISIBLE, 'g'), '').replace(/\s+/g, ' ').trim();
  if (!wanted) return null;
  let flat = '';
  const part: number[] = [];
  const offset: number[] = [];
  parts.forEach((text, p) => {
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (INVISIBLE.test(c)) continue;
      const space = /\s/.test(c);
      if (space && (flat === '' || flat.endsWith(' '))) continue;
      flat += space ? ' ' : c;
      part.push(p);
      offset.push(i);
    }
  });
  const at = flat.indexOf(wanted);
  if (at === -1) return null;
  const last = at + wanted.length - 1;
  return { startPart: part[at]!, startOffset: offset[at]!, endPart: part[last]!, endOffset: offset[last]! + 1 };
}
