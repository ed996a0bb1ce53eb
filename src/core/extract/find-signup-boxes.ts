// Readability strips forms from its copy, so the boxes are found on the page itself and
// their blocks dropped by the element they came from (drop-boilerplate.ts).
const EMAIL_FIELD = 'input[type="email"], input[autocomplete="email"], input[name*="mail" i]';

const OUTER_LIMITS = new Set(['html', 'body', 'main', 'article']);
/** A sign-up box is short; a parent with more text than this holds more than the box. */
const MAX_BOX_CHARS = 800;

/** Boxes built around an e-mail sign-up form: heading, pitch, form, legal line. */
export function findSignupBoxes(doc: Document): Set<Element> {
  const boxes = new Set<Element>();
  for (const form of doc.querySelectorAll('form')) {
    if (!form.querySelector(EMAIL_FIELD)) continue;
    let box: Element = form;
    for (let level = 0; level < 3; level++) {
      const parent = box.parentElement;
      if (!parent || OUTER_LIMITS.has(parent.localName)) break;
      if ((parent.textContent ?? '').length > MAX_BOX_CHARS) break;
      box = parent;
    }
    boxes.add(box);
  }
  return boxes;
}
