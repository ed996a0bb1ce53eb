import { numberDocument } from './trace-elements';
import { numberedElements } from './walk-elements';

/**
 * What Readability will read: a numbered copy of the page, and the page's own elements
 * under the same numbers. Both are taken at once, so the numbers hold even if the page
 * changes while the rest of the analysis waits its turn (the extension reads the page in
 * several tasks).
 */
export interface ArticleCopy {
  clone: Document;
  originals: Element[];
}

/**
 * Clones the document and numbers the clone's nodes in document order. Readability
 * rewrites what it parses, so it only ever sees the clone; the numbers survive its
 * rewriting (trace-elements.ts) and lead back to the original element with the same
 * position. In linkedom (the command) cloneNode is also the cheapest copy: the 181
 * benchmark pages took 10.9 s with it against 15.0 s when the copy was a second reading
 * of the page's markup (medians of four runs each, the built command; issue 17).
 */
export function copyForReadability(doc: Document): ArticleCopy {
  const clone = doc.cloneNode(true) as Document;
  numberDocument(clone);
  gatherIntoBody(clone);
  return { clone, originals: originalElements(doc) };
}

/** The original document's elements, indexed like the clone's. */
export function originalElements(doc: Document): Element[] {
  return doc.documentElement ? numberedElements(doc.documentElement) : [];
}

/**
 * Moves into <body>, in order, what a browser's parser would have put there but the
 * page's scripts (or linkedom) left elsewhere: text and elements in <head> that are not
 * metadata, children of <html> beside <body> (overlays and widgets that scripts append
 * to <html>) and, in linkedom only, nodes beside <html> itself. Readability scores every
 * element of the document but climbs from each to <body>, and failed on these ("Cannot
 * read properties of null"; found by the property tests). Only the copy changes; its
 * elements' numbers still lead back to the page.
 */
function gatherIntoBody(doc: Document): void {
  const root = doc.documentElement;
  const body = doc.body;
  if (!root || !body || body.parentNode !== root) return;
  const first: Node | null = body.firstChild;
  const gather = (parent: Node | null, stays: (node: Node) => boolean) => {
    let before = true;
    // Over a copy of the list: in linkedom, the sibling links of nodes after </html> can
    // end early and leave them outside <body>, where Readability fails (found by the
    // property tests on a fixture cut after </html>).
    for (const node of parent ? Array.from(parent.childNodes) : []) {
      if (node === body || node === root) before = false;
      else if (!stays(node)) {
        if (before) body.insertBefore(node, first);
        else body.appendChild(node);
      }
    }
  };
  gather(doc.head, (node) =>
    node.nodeType === ELEMENT_NODE
      ? HEAD_CONTENT.has((node as Element).localName)
      : node.nodeType !== TEXT_NODE || !node.nodeValue?.trim(),
  );
  gather(root, (node) => node === doc.head);
  gather(doc, (node) => node.nodeType !== ELEMENT_NODE && node.nodeType !== TEXT_NODE);
}

const HEAD_CONTENT = new Set(['base', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
