import { nextElement } from './walk-elements';

const TABLE_PARTS = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'caption', 'colgroup', 'col']);

/**
 * Readability's content as markup for the reader view. Readability can keep a table cell
 * as the article without its table (a 2008 layout's story cell, issue 12), and an HTML
 * parser drops a <td> found outside a table, with the paragraph marks it carries: such
 * parts become <div>s, their attributes and children kept. Only Readability's copy changes.
 */
export function contentMarkup(content: Element): string {
  const orphans: Element[] = [];
  for (let el: Element | null = content; el; el = nextElement(el, content)) {
    if (TABLE_PARTS.has(el.localName) && !el.parentElement?.closest('table')) orphans.push(el);
  }
  for (const orphan of orphans) {
    const div = orphan.ownerDocument.createElement('div');
    for (const { name, value } of [...orphan.attributes]) div.setAttribute(name, value);
    while (orphan.firstChild) div.appendChild(orphan.firstChild);
    orphan.replaceWith(div);
  }
  return content.outerHTML;
}
