// What a reader cannot see: format characters (zero-width spaces and joiners, the word
// joiner, soft hyphens, bidi marks, the byte-order mark), controls, spaces of every
// width, and the fillers and selectors that render as nothing. Blogs space their
// paragraphs with <p>&#8203;</p>; such a block is no paragraph, and two of them are no
// repeat to hide (issue 14: a "1 repeated paragraph hidden" note over nothing visible).
const INVISIBLE =
  /[\p{Cf}\p{Cc}\p{Z}\u2800\u3164\uffa0]|[\u115f\u1160]|[\u17b4\u17b5]|\u034f|[\u180b-\u180f]|[\ufe00-\ufe0f]/gu;

/**
 * Whether a text has a character a reader can see. Most texts hold a Latin letter or a
 * digit, and the test stops there; the rest are searched for anything but the above.
 */
export const hasVisibleText = (text: string) => /[A-Za-z0-9]/.test(text) || text.replace(INVISIBLE, '') !== '';
