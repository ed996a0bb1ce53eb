const XHTML = 'http://www.w3.org/1999/xhtml';
// An attribute name with a capital in an HTML tag: "<A HREF=…", "<TD CLASS=…" (pages
// written in upper-case markup), or after a quoted value. A plain test of the markup, so
// that the walk below runs only on the pages that need it: none of the 181 pages of the
// article-extraction benchmark does.
const CAPITALISED_ATTRIBUTE = /<[A-Za-z][A-Za-z0-9]*\s+[A-Z][A-Za-z-]*\s*=|["']\s+[A-Z][A-Za-z-]*\s*=\s*["']/;
const CAPITAL = /[A-Z]/;

/**
 * Gives the HTML elements of a page parsed by linkedom the lower-case attribute names a
 * browser's parser gives them (HTML attribute names are case-insensitive): linkedom keeps
 * "HREF" as written, and getAttribute('href') then finds nothing, so every link, class
 * and role of a page in upper-case markup went unseen (issue 14). SVG keeps its
 * camel-case names ("viewBox"), as in a browser. When a name is given twice, the first
 * wins, as in a browser.
 */
export function lowerCaseAttributeNames(doc: Document, html: string): void {
  if (!CAPITALISED_ATTRIBUTE.test(html)) return;
  for (const el of doc.querySelectorAll('*')) {
    if (el.namespaceURI !== XHTML) continue;
    const attributes = Array.from(el.attributes, (attr) => [attr.name, attr.value] as const);
    if (!attributes.some(([name]) => CAPITAL.test(name))) continue;
    // In source order: the first value given for a name is the one a browser keeps.
    const values = new Map<string, string>();
    for (const [name, value] of attributes) {
      if (!values.has(name.toLowerCase())) values.set(name.toLowerCase(), value);
      if (CAPITAL.test(name)) el.removeAttribute(name);
    }
    for (const [name, value] of values) el.setAttribute(name, value);
  }
}
