import { PAGE_LIMITS, type PageLimits } from '../page-limits';
import type { AnalysisError } from '../types';

/** What a walk of the page counted, up to the first limit it passed. */
export interface PageSize {
  nodes: number;
  elements: number;
  depth: number;
  nesting: number;
  textChars: number;
}

// Elements whose descendants are cheap for Readability (drawings, formulas).
const GRAPHICS = new Set(['svg', 'math']);
// Text that is not page text: Readability drops these elements first.
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Measures the page in one walk over its nodes, in document order and without
 * recursion, stopping as soon as a limit is passed: the cost of refusing a huge page is
 * the cost of reading up to the limit. `over` names the first limit passed, if any.
 */
export function measurePageSize(
  doc: Document,
  limits: PageLimits = PAGE_LIMITS,
): { size: PageSize; over: keyof PageLimits | null } {
  const size: PageSize = { nodes: 0, elements: 0, depth: 0, nesting: 0, textChars: 0 };
  const root = doc.documentElement;
  let node: Node | null = root;
  let depth = 0;
  /** Depth of the SVG or MathML element we are inside, or -1. */
  let graphicsDepth = -1;
  while (node) {
    size.nodes++;
    if (node.nodeType === ELEMENT_NODE) {
      if (graphicsDepth < 0) {
        size.elements++;
        if (GRAPHICS.has((node as Element).localName)) graphicsDepth = depth;
      }
      size.nesting += depth;
      if (depth > size.depth) size.depth = depth;
    } else if (node.nodeType === TEXT_NODE) {
      const parent = node.parentNode as Element | null;
      // CharacterData.length: reading nodeValue would copy every text of the page into a string.
      if (!parent || !RAW_TEXT.has(parent.localName)) size.textChars += (node as Text).length;
    }
    const over = firstOver(size, limits);
    if (over) return { size, over };

    let next: Node | null = node.firstChild;
    if (next) depth++;
    else {
      while (node && node !== root && !node.nextSibling) {
        node = node.parentNode;
        depth--;
      }
      next = node && node !== root ? node.nextSibling : null;
    }
    if (graphicsDepth >= 0 && depth <= graphicsDepth) graphicsDepth = -1;
    node = next;
  }
  return { size, over: null };
}

function firstOver(size: PageSize, limits: PageLimits): keyof PageLimits | null {
  if (size.nodes > limits.maxNodes) return 'maxNodes';
  if (size.elements > limits.maxElements) return 'maxElements';
  if (size.depth > limits.maxDepth) return 'maxDepth';
  if (size.nesting > limits.maxNesting) return 'maxNesting';
  if (size.textChars > limits.maxTextChars) return 'maxTextChars';
  return null;
}

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const RESPONSIVE = 'the limit keeps the browser responsive';

/** Why the page is refused, for people: what is too large and what the limit protects. */
function tooLargeMessage(over: keyof PageLimits, limits: PageLimits): string {
  switch (over) {
    case 'maxNodes':
    case 'maxElements':
      return `This page is too large to analyse: more than ${thousands(limits[over])} elements (${RESPONSIVE}).`;
    case 'maxDepth':
      return `This page’s markup is nested more than ${thousands(limits.maxDepth)} levels deep, too deep to analyse safely.`;
    case 'maxNesting':
      return `This page’s markup is too deeply nested to analyse (${RESPONSIVE}).`;
    case 'maxTextChars':
      return `This page is too large to analyse: more than ${thousands(limits.maxTextChars)} characters of text (${RESPONSIVE}).`;
  }
}

/** TOO_LARGE when the page passes a limit of PAGE_LIMITS (see there why each), else null. */
export function checkPageSize(doc: Document, limits: PageLimits = PAGE_LIMITS): AnalysisError | null {
  const { over } = measurePageSize(doc, limits);
  return over ? { code: 'TOO_LARGE', message: tooLargeMessage(over, limits) } : null;
}
