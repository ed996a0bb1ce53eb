// How much page the analysis takes on (issue #6: huge pages must never freeze the tab
// for more than about a second). Past a limit the answer is TOO_LARGE, decided by a walk
// that stops at the limit (extract/check-page-size.ts), so refusing costs next to nothing.
//
// Measured in Debian's Chromium on the project's shared 2-core machine (bench section
// `huge`) and over the 311 pages of the two corpora (article-extraction benchmark and
// Readability's test pages), whose largest values are given for comparison:
// - Readability costs about 0.1 ms per element of text paragraphs, 0.05 ms per element of
//   link lists and spans, 0.02 ms per SVG element; it is the longest single step.
// - Its cost also grows with the sum of every element's depth (each element's text is
//   read once per ancestor): about 0.002 ms per unit, so a 512-deep chain costs 0.4 s and
//   twenty of them 8 s, in a page of only 10,000 elements.
// - It recurses over the tree (_cleanStyles, _hasChildBlockElement): 10,000 levels
//   overflow the stack in Node.

export interface PageLimits {
  /**
   * Every node (elements, text, comments, SVG included): bounds cloning and every walk.
   * 100,000 ≈ 50,000 SVG elements ≈ 0.9 s of Readability. Largest page: 9,882 elements.
   */
  maxNodes: number;
  /**
   * Elements outside SVG and MathML, which cost five times more each. 20,000 link-list
   * elements ≈ 1 s of Readability; twice the largest page (wikipedia-2: 9,882).
   */
  maxElements: number;
  /**
   * Levels of nesting below <html>. 512 is the depth at which Chromium's own HTML parser
   * stops nesting, so no page the browser parsed is refused for depth alone; only pages
   * built deeper by script (or parsed by a DOM without that cap, as in the command) are.
   * Largest page: 50.
   */
  maxDepth: number;
  /** Sum of the depths of all elements: 300,000 ≈ 0.6 s. Largest page: 110,279. */
  maxNesting: number;
  /**
   * Characters of text outside scripts and styles: 1,000,000 ≈ 1 s over all steps on
   * text-heavy pages (≈ 0.4 s in Readability). Largest page: 590,078 (wikipedia-2);
   * a long read is about 60,000.
   */
  maxTextChars: number;
}

export const PAGE_LIMITS: Readonly<PageLimits> = {
  maxNodes: 100_000,
  maxElements: 20_000,
  maxDepth: 512,
  maxNesting: 300_000,
  maxTextChars: 1_000_000,
};

/**
 * Paragraphs handed to the steps that compare or scan text (repeats, figures,
 * highlights): the first ones only. Finding repeats among 15,000 similar paragraphs took
 * 2 s in Chromium. The longest article in the corpora has 302 paragraphs.
 */
export const MAX_TEXT_STEP_PARAGRAPHS = 2_000;
