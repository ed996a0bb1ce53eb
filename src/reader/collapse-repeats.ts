import type { Paragraph } from '../core/types';
import type { ParagraphElements } from './locate-paragraph-elements';

export interface RepeatText {
  /** "Repeated paragraph · show" */
  show: string;
  /** "Repeated paragraph · hide" */
  hide: string;
  /** The language of these words (the interface's), as the article around them is the page's. */
  lang?: string;
}

/**
 * Folds each repeated paragraph behind a button that shows it again. The paragraph's
 * element stays where it is (an <li> stays in its list) and keeps the button; only its
 * content is hidden, so the page's structure and the reader's place are kept. An element
 * that holds more than the repeat (see ParagraphElements.ownsAlone) is left open rather
 * than hiding other text with it. Returns the buttons.
 */
export function collapseRepeats(
  paragraphs: readonly Paragraph[],
  elements: ParagraphElements,
  text: RepeatText,
): HTMLButtonElement[] {
  const buttons: HTMLButtonElement[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.duplicateOf === null || !elements.ownsAlone(paragraph.index)) continue;
    const el = elements.byParagraph[paragraph.index]!;
    const doc = el.ownerDocument;
    const body = doc.createElement('span');
    body.className = 'ne-repeat-body';
    body.id = `ne-repeat-${paragraph.index}`;
    body.hidden = true;
    body.append(...el.childNodes);

    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'ne-repeat-toggle';
    if (text.lang) button.lang = text.lang;
    button.textContent = text.show;
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', body.id);
    button.addEventListener('click', () => {
      const open = body.hidden;
      body.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
      button.textContent = open ? text.hide : text.show;
    });

    el.classList.add('ne-repeat');
    el.append(button, body);
    buttons.push(button);
  }
  return buttons;
}
