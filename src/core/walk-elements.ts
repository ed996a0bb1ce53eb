// Document-order traversal without recursion: pages nest 10,000 levels deep in the wild
// (and in our hostile fixtures), which overflows the stack of any recursive walk.

/** The element that follows `el` in document order within `root`, or null. */
export function nextElement(el: Element, root: Element): Element | null {
  const child = el.firstElementChild;
  if (child) return child;
  let node: Element | null = el;
  while (node && node !== root) {
    const sibling: Element | null = node.nextElementSibling;
    if (sibling) return sibling;
    node = node.parentElement;
  }
  return null;
}

/** Every element of `root`'s subtree (root included) in document order. */
export function elementsInOrder(root: Element): Element[] {
  const out: Element[] = [];
  for (let el: Element | null = root; el; el = nextElement(el, root)) out.push(el);
  return out;
}
