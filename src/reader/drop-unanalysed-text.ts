import type { ParagraphElements } from './locate-paragraph-elements';

/** Image stand-ins (see sanitize-article.ts) are ours, not text of the page. */
const STAND_IN = 'ne-image';

function hasText(node: Node): boolean {
  if (node.nodeType === 3) return /\S/.test(node.textContent ?? '');
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (el.classList.contains(STAND_IN)) return false;
  // Iterative: article markup can nest deeply.
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (/\S/.test(text.textContent ?? '') && !text.parentElement?.closest(`.${STAND_IN}`)) return true;
  }
  return false;
}

/**
 * Removes the text of Readability's content that the analysis left out of the article:
 * sign-up boxes, widget labels ("Article Highlights"), teaser lists. The reader view then
 * shows what the popup counted, no more. Whatever holds a paragraph stays whole; what
 * holds none goes if it has text, and stays if it has none (an image, a rule). Returns
 * how many nodes went.
 */
export function dropUnanalysedText(root: ParentNode, paragraphs: ParagraphElements): number {
  const holders = new Set<Node>();
  for (const el of paragraphs.all) {
    for (let node: Node | null = el; node && node !== root; node = node.parentNode) holders.add(node);
  }
  const doomed: Node[] = [];
  const stack: Node[] = [...root.childNodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (paragraphs.all.has(node as Element)) continue;
    if (holders.has(node)) stack.push(...node.childNodes);
    else if (hasText(node)) doomed.push(node);
  }
  for (const node of doomed) node.parentNode?.removeChild(node);
  return doomed.length;
}
