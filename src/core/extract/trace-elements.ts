import { numberedElements } from './walk-elements';

// Readability rewrites the copy it is given, so the copy's nodes carry their position on
// the page as (cheap) properties: an attribute on every element costs 15 µs each in
// linkedom, more than Readability's own work on a large page.
const ELEMENT_INDEX = Symbol('position of the element among the numbered elements');
const PARENT_INDEX = Symbol('position of the node’s parent element');

type Traced = Node & { [ELEMENT_INDEX]?: number; [PARENT_INDEX]?: number };

/**
 * Numbers the elements of a document in document order (numberedElements), and tells
 * every element and text node the number of its parent.
 */
export function numberDocument(doc: Document): void {
  numberedElements(doc.documentElement).forEach((el, index) => {
    (el as Traced)[ELEMENT_INDEX] = index;
    for (let child = el.firstChild; child; child = child.nextSibling) (child as Traced)[PARENT_INDEX] = index;
  });
}

export interface TracedIndex {
  index: number;
  /** True when `el` itself was numbered, false when it was renamed or made by Readability. */
  own: boolean;
}

/**
 * The page position an element of the rewritten copy stands for. Readability replaces
 * elements it renames (a <div> of text becomes a <p>, a <blockquote> beside the article
 * becomes a <div>) and wraps loose text in new <p>s; both keep the page's children,
 * whose parent number names the element they came from. Else the nearest numbered
 * ancestor; -1 when there is none.
 */
export function traceElement(el: Element): TracedIndex {
  const own = (el as Traced)[ELEMENT_INDEX];
  if (own !== undefined) return { index: own, own: true };
  for (let child = el.firstChild; child; child = child.nextSibling) {
    const parent = (child as Traced)[PARENT_INDEX];
    if (parent !== undefined) return { index: parent, own: false };
  }
  for (let node = el.parentElement; node; node = node.parentElement) {
    const index = (node as Traced)[ELEMENT_INDEX];
    if (index !== undefined) return { index, own: false };
  }
  return { index: -1, own: false };
}
