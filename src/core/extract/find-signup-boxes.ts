// Readability strips forms from its copy, so the boxes are found on the page itself and
// their blocks dropped by the element they came from (drop-boilerplate.ts).
const EMAIL_FIELD = 'input[type="email"], input[autocomplete="email"], input[name*="mail" i]';

const OUTER_LIMITS = new Set(['html', 'body', 'main', 'article']);
/** A sign-up box is short; a parent with more text than this holds more than the box. */
const MAX_BOX_CHARS = 800;
/** How far above its form (or, in a page-wide form, its field) a box may reach. */
const BOX_LEVELS = 3;

const textLength = (el: Element) => (el.textContent ?? '').length;

/** The widest ancestor of `start` (itself included) that is still short: the box around it. */
function boxAround(start: Element, stop: Element | null): Element {
  let box = start;
  for (let level = 0; level < BOX_LEVELS; level++) {
    const parent = box.parentElement;
    if (!parent || parent === stop || OUTER_LIMITS.has(parent.localName)) break;
    if (textLength(parent) > MAX_BOX_CHARS) break;
    box = parent;
  }
  return box;
}

/**
 * Boxes built around an e-mail sign-up form: heading, pitch, form, legal line. A form
 * with more text than a box holds is the page's own: ASP.NET wraps the whole page in one
 * <form id="aspnetForm">, with an "e-mail this story" field inside (issue 12), so there
 * the box is the field's own short surroundings, never the form.
 */
export function findSignupBoxes(doc: Document): Set<Element> {
  const boxes = new Set<Element>();
  for (const form of doc.querySelectorAll('form')) {
    const fields = [...form.querySelectorAll(EMAIL_FIELD)];
    if (fields.length === 0) continue;
    if (textLength(form) <= MAX_BOX_CHARS) boxes.add(boxAround(form, null));
    else for (const field of fields) boxes.add(boxAround(field, form));
  }
  return boxes;
}
