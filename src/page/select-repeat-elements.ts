/**
 * The live elements to hide so that the repeated paragraphs (`repeats`: indices among the
 * analysis's `paragraphCount` paragraphs) disappear and nothing else does. An element qualifies when every paragraph mapped to it is a repeat and no kept
 * paragraph's element lies inside it: Readability wraps loose text in elements of its
 * own, so the nearest element of the page that owns a repeat may also hold paragraphs
 * that are kept (`<div>repeat<p>kept</p></div>`), or even be the article's container.
 * Elements inside another chosen element are left out (hiding the outer one is enough).
 * In document order; reads the page, never changes it.
 */
export function selectRepeatElements(
  paragraphCount: number,
  repeats: readonly number[],
  elementOf: (paragraph: number) => Element | null,
): Element[] {
  const repeated = new Set(repeats);
  const kept = new Set<Element>();
  const repeatElements = new Set<Element>();
  for (let paragraph = 0; paragraph < paragraphCount; paragraph++) {
    const el = elementOf(paragraph);
    if (el) (repeated.has(paragraph) ? repeatElements : kept).add(el);
  }
  // Each kept element and its ancestors; the walk stops at the first one already seen,
  // so every element of the page is visited at most once however deep the page nests.
  const holdsKept = new Set<Element>();
  for (const el of kept) {
    for (let node: Element | null = el; node && !holdsKept.has(node); node = node.parentElement) holdsKept.add(node);
  }
  const chosen = [...repeatElements].filter((el) => {
    if (holdsKept.has(el)) return false;
    const doc = el.ownerDocument;
    return el !== doc.documentElement && el !== doc.body && el !== doc.head;
  });
  const chosenSet = new Set(chosen);
  return chosen.filter((el) => {
    for (let node = el.parentElement; node; node = node.parentElement) if (chosenSet.has(node)) return false;
    return true;
  });
}
