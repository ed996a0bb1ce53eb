import { numberedElements } from '../extract/walk-elements';

// Where an element stands, inherited from its ancestors.
export const IN_NAV = 1;
export const IN_PAGE_HEADER = 2;
export const IN_PAGE_FOOTER = 4;
export const IN_FORM = 8;
export const IN_SIDEBAR = 16;
// Inside an article, main or section: a header or footer there is not the page's.
const IN_CONTENT = 32;

/**
 * A page measured in two passes, so that questions about any element (how many links,
 * how much text, inside a nav?) cost nothing afterwards. Elements are numbered in
 * document order; a subtree is the range from an element to its `subtreeEnd`.
 */
export interface PageSurvey {
  elements: readonly Element[];
  order: Map<Element, number>;
  /** Index of the last element of each element's subtree. */
  subtreeEnd: Int32Array;
  linkCount: Int32Array;
  /** Characters of visible text in each subtree, white space trimmed per text node. */
  textLength: Int32Array;
  /** IN_* flags of each element. */
  places: Int32Array;
  /** Element indices of the links, in document order. */
  links: number[];
}

// Faster than Element.matches('a[href], area[href]') in linkedom, which parses the selector each time.
export const isLink = (el: Element) => (el.localName === 'a' || el.localName === 'area') && el.hasAttribute('href');

function placeOf(el: Element, inherited: number): number {
  const tag = el.localName;
  const role = el.getAttribute('role') ?? '';
  let place = inherited;
  if (tag === 'nav' || /\b(?:navigation|menubar|menu)\b/.test(role)) place |= IN_NAV;
  if (role === 'banner' || (tag === 'header' && !(inherited & IN_CONTENT))) place |= IN_PAGE_HEADER;
  if (role === 'contentinfo' || (tag === 'footer' && !(inherited & IN_CONTENT))) place |= IN_PAGE_FOOTER;
  if (tag === 'form') place |= IN_FORM;
  if (role === 'complementary' || (tag === 'aside' && !(inherited & IN_CONTENT))) place |= IN_SIDEBAR;
  if (tag === 'article' || tag === 'main' || tag === 'section' || role === 'main') place |= IN_CONTENT;
  return place;
}

/**
 * `elements` are the page's numberedElements, when the caller has them: the elements that
 * can carry text (no <head>, scripts, styles or SVG), numbered as the article's own
 * elements are, so that the two can be compared.
 */
export function surveyPage(
  doc: Document,
  elements: readonly Element[] = doc.documentElement ? numberedElements(doc.documentElement) : [],
): PageSurvey {
  const n = elements.length;
  const order = new Map<Element, number>();
  elements.forEach((el, i) => order.set(el, i));
  const parent = new Int32Array(n).fill(-1);
  const places = new Int32Array(n);
  const links: number[] = [];
  const textLength = new Int32Array(n);
  const linkCount = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const el = elements[i]!;
    const p = el.parentElement ? order.get(el.parentElement) : undefined;
    if (p !== undefined) parent[i] = p;
    places[i] = placeOf(el, p !== undefined ? places[p]! : 0);
    if (isLink(el)) {
      links.push(i);
      linkCount[i] = 1;
    }
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) textLength[i]! += (node.textContent ?? '').trim().length;
    }
  }
  // Children follow their parents in document order, so one backward pass sums subtrees.
  const subtreeEnd = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    subtreeEnd[i] = Math.max(subtreeEnd[i]!, i);
    const p = parent[i]!;
    if (p < 0) continue;
    subtreeEnd[p] = Math.max(subtreeEnd[p]!, subtreeEnd[i]!);
    linkCount[p]! += linkCount[i]!;
    textLength[p]! += textLength[i]!;
  }
  return { elements, order, subtreeEnd, linkCount, textLength, places, links };
}

/** Link element indices inside the subtree of element `i`, in document order. */
export function linksWithin(page: PageSurvey, i: number): number[] {
  const { links } = page;
  let lo = 0;
  let hi = links.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (links[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = lo; k < links.length && links[k]! <= page.subtreeEnd[i]!; k++) out.push(links[k]!);
  return out;
}
