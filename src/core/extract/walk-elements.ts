// Document-order traversal without recursion: pages nest 10,000 levels deep in the wild
// (and in our hostile fixtures), which overflows the stack of any recursive walk.

/** The element that follows `el` in document order within `root`, or null. */
export function nextElement(el: Element, root: Element, skipChildren = false): Element | null {
  const child = skipChildren ? null : el.firstElementChild;
  if (child) return child;
  let node: Element | null = el;
  while (node && node !== root) {
    const sibling: Element | null = node.nextElementSibling;
    if (sibling) return sibling;
    node = node.parentElement;
  }
  return null;
}

// Subtrees that never hold article text. Leaving them out of the numbering saves time on
// icon-heavy pages (an inline SVG can hold thousands of elements), and <noscript> is
// parsed as markup by some DOM implementations and as raw text by browsers, so its
// children must not count on either side.
const UNNUMBERED = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);

/**
 * The elements that can carry article text, in document order. The core numbers a clone
 * with this walk and the page side walks the live page the same way, so equal positions
 * mean the same element.
 */
export function numberedElements(root: Element): Element[] {
  const out: Element[] = [];
  for (let el: Element | null = root; el;) {
    const skip = UNNUMBERED.has(el.localName);
    if (!skip) out.push(el);
    el = nextElement(el, root, skip);
  }
  return out;
}

/** Whether `el` or one of its ancestors passes the test (a loop: selector matching is slow in DOM libraries). */
export function withinAny(el: Element, test: (node: Element) => boolean): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (test(node)) return true;
  return false;
}
