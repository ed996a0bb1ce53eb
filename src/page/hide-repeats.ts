// Hiding repeated paragraphs on the live page (issue #3), reversibly.
//
// - Hidden elements get a marker attribute, and one stylesheet hides what carries it.
//   Not `hidden` or an inline `display: none`: Readability drops such elements, and the
//   popup analyses the page again each time it opens, so the repeats would vanish from
//   its own count. The sheet is adopted (document.adoptedStyleSheets), which no
//   serialisation of the page shows; a <style> element stands in where adopting fails.
// - A quiet note takes the place of each run of hidden elements ("2 repeated paragraphs
//   hidden · show"), because text that silently disappears makes a reader wonder what
//   else was cut, and the note lets them look without opening the popup. Its words live
//   in a shadow root, so the note has no text of its own for the next analysis to read,
//   and it is styled through CSSOM, which no page Content-Security-Policy blocks.
// - All state is in the page: another copy of the content script (injected after an
//   extension update) finds what is hidden by the marker and adopts the notes.
// - Showing removes exactly what hiding added, so the page's serialisation is as before.

/** Marks an element hidden as a repeat. */
export const HIDDEN_ATTR = 'data-news-essentials-repeat';
/** The note standing in for a run of hidden elements. */
export const NOTE_TAG = 'news-essentials-note';
const COUNT_ATTR = 'data-count';
const FALLBACK_STYLE_ATTR = 'data-news-essentials-style';
const HIDING_RULE = `[${HIDDEN_ATTR}] { display: none !important; }`;

export interface RepeatsLabels {
  /** "1 repeated paragraph hidden", "3 repeated paragraphs hidden". */
  note(count: number): string;
  /** The note's button that shows its paragraphs again. */
  show: string;
}

export interface HiddenRepeats {
  hidden: boolean;
  /** How many page elements are hidden. */
  elementCount: number;
}

/** Notes made by this copy of the script: only they carry its click handlers. */
const ownNotes = new WeakSet<Element>();

const isNote = (node: Node | null): node is Element =>
  !!node && node.nodeType === 1 && (node as Element).localName === NOTE_TAG;
const isHidden = (el: Element | null): el is Element => !!el && el.hasAttribute(HIDDEN_ATTR);

/** What is hidden now, read from the page itself. */
export function readHiddenRepeats(doc: Document): HiddenRepeats {
  const elementCount = doc.querySelectorAll(`[${HIDDEN_ATTR}]`).length;
  return { hidden: elementCount > 0, elementCount };
}

/**
 * Hides exactly `elements` (see select-repeat-elements.ts) and shows any other element
 * hidden before. Calling it again with the same elements changes nothing.
 */
export function hideRepeats(doc: Document, elements: readonly Element[], labels: RepeatsLabels): HiddenRepeats {
  const wanted = new Set(elements);
  for (const el of doc.querySelectorAll(`[${HIDDEN_ATTR}]`)) if (!wanted.has(el)) el.removeAttribute(HIDDEN_ATTR);
  for (const el of wanted) if (!el.hasAttribute(HIDDEN_ATTR)) el.setAttribute(HIDDEN_ATTR, '');
  syncNotes(doc, labels);
  if (wanted.size > 0) addHidingSheet(doc);
  else removeHidingSheet(doc);
  return readHiddenRepeats(doc);
}

/** Shows everything hidden and removes every note: the page is as it was. */
export function showRepeats(doc: Document): HiddenRepeats {
  for (const note of doc.querySelectorAll(NOTE_TAG)) note.remove();
  for (const el of doc.querySelectorAll(`[${HIDDEN_ATTR}]`)) el.removeAttribute(HIDDEN_ATTR);
  removeHidingSheet(doc);
  return readHiddenRepeats(doc);
}

/** The hidden elements that start a run: the element before them is not hidden. */
function runStarts(doc: Document): Map<Element, number> {
  const starts = new Map<Element, number>();
  for (const el of doc.querySelectorAll(`[${HIDDEN_ATTR}]`)) {
    let before = el.previousElementSibling;
    while (isNote(before)) before = before.previousElementSibling;
    if (isHidden(before)) continue;
    let count = 0;
    for (let node: Element | null = el; node && (isHidden(node) || isNote(node)); node = node.nextElementSibling) {
      if (isHidden(node)) count++;
    }
    starts.set(el, count);
  }
  return starts;
}

/** One note right before each run of hidden elements, telling how many it hides. */
function syncNotes(doc: Document, labels: RepeatsLabels): void {
  const starts = runStarts(doc);
  const keep = new Set<Element>();
  for (const [start, count] of starts) {
    const before = start.previousSibling;
    if (isNote(before) && ownNotes.has(before) && before.getAttribute(COUNT_ATTR) === String(count)) {
      keep.add(before);
      continue;
    }
    if (isNote(before)) before.remove();
    const note = makeNote(doc, count, labels);
    start.before(note);
    keep.add(note);
  }
  for (const note of doc.querySelectorAll(NOTE_TAG)) if (!keep.has(note)) note.remove();
}

function makeNote(doc: Document, count: number, labels: RepeatsLabels): Element {
  const note = doc.createElement(NOTE_TAG);
  note.setAttribute(COUNT_ATTR, String(count));
  const root = note.attachShadow({ mode: 'open' });
  const box = doc.createElement('div');
  box.style.cssText = 'margin:.75em 0;font:.875em/1.4 system-ui,sans-serif;opacity:.75';
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = labels.show;
  button.style.cssText =
    'font:inherit;color:inherit;background:none;border:0;padding:0;text-decoration:underline;cursor:pointer';
  box.append(doc.createTextNode(`${labels.note(count)} · `), button);
  root.append(box);
  button.addEventListener('click', () => showRun(note));
  ownNotes.add(note);
  return note;
}

/** The note's own "show": its run comes back, the rest stays hidden. */
function showRun(note: Element): void {
  const doc = note.ownerDocument;
  let node = note.nextElementSibling;
  while (node?.hasAttribute(HIDDEN_ATTR)) {
    node.removeAttribute(HIDDEN_ATTR);
    node = node.nextElementSibling;
  }
  note.remove();
  if (!readHiddenRepeats(doc).hidden) removeHidingSheet(doc);
}

function isOurSheet(sheet: CSSStyleSheet): boolean {
  try {
    return sheet.cssRules.length === 1 && sheet.cssRules[0]!.cssText.includes(HIDDEN_ATTR);
  } catch {
    return false;
  }
}

function addHidingSheet(doc: Document): void {
  const view = doc.defaultView;
  try {
    if (doc.adoptedStyleSheets.some(isOurSheet)) return;
    const sheet = new (view as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(HIDING_RULE);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return;
  } catch {
    // No constructable stylesheets here (older engines, DOM emulations): a <style> element.
  }
  if (doc.querySelector(`style[${FALLBACK_STYLE_ATTR}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(FALLBACK_STYLE_ATTR, '');
  style.textContent = HIDING_RULE;
  (doc.head ?? doc.documentElement).append(style);
}

function removeHidingSheet(doc: Document): void {
  try {
    if (doc.adoptedStyleSheets.some(isOurSheet)) {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => !isOurSheet(sheet));
    }
  } catch {
    // Nothing adopted where adopting is not supported.
  }
  for (const style of doc.querySelectorAll(`style[${FALLBACK_STYLE_ATTR}]`)) style.remove();
}
