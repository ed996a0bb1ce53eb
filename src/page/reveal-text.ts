import { locateText } from './locate-text';

const HIGHLIGHT = 'news-essentials-reveal';
// System colours of <mark>: readable on any page, and right in forced-colours modes.
const RULE = `::highlight(${HIGHLIGHT}) { background-color: Mark; color: MarkText; }`;
const SHOWN_FOR_MS = 3000;

/** Runs `task` after `ms`; returns what cancels it. The content script passes WXT's ctx timers. */
export type Schedule = (task: () => void, ms: number) => () => void;

/**
 * Scrolls the page to a passage and marks it briefly, leaving no trace in the page's DOM:
 * the mark is a CSS Custom Highlight over a Range (CSS.highlights), styled by a constructed
 * stylesheet adopted for as long as the mark shows. Where the Highlight API is missing the
 * page only scrolls. Revealing again replaces the mark, never adds a second.
 */
export class TextRevealer {
  private sheet: CSSStyleSheet | HTMLStyleElement | null = null;
  private cancel: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly schedule: Schedule = (task, ms) => {
      const id = setTimeout(task, ms);
      return () => clearTimeout(id);
    },
  ) {}

  /** Scrolls to `element` and marks `text` in it (all of it when `text` is not found). */
  reveal(element: Element, text: string): boolean {
    this.clear();
    const view = this.doc.defaultView;
    const range = this.rangeOf(element, text);
    const reduced = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    // A paragraph taller than the window is brought to the top so its start is seen.
    const tall = element.getBoundingClientRect().height > (view?.innerHeight ?? Infinity) * 0.8;
    element.scrollIntoView({ block: tall ? 'start' : 'center', behavior: reduced ? 'auto' : 'smooth' });

    const highlights = view?.CSS?.highlights;
    const Highlight = (view as (Window & { Highlight?: typeof globalThis.Highlight }) | null)?.Highlight;
    if (!highlights || typeof Highlight !== 'function') return true;
    this.addStyle();
    highlights.set(HIGHLIGHT, new Highlight(range));
    this.cancel = this.schedule(() => this.clear(), SHOWN_FOR_MS);
    return true;
  }

  /** Removes the mark and its style, if any: the page is as it was. */
  clear(): void {
    this.cancel?.();
    this.cancel = null;
    this.doc.defaultView?.CSS?.highlights?.delete(HIGHLIGHT);
    const sheet = this.sheet;
    this.sheet = null;
    if (!sheet) return;
    if ('remove' in sheet) sheet.remove();
    else this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
  }

  private rangeOf(element: Element, text: string): Range {
    const range = this.doc.createRange();
    const nodes: Text[] = [];
    const walker = this.doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const span = locateText(
      nodes.map((node) => node.data),
      text,
    );
    if (!span) {
      range.selectNodeContents(element);
      return range;
    }
    range.setStart(nodes[span.startPart]!, span.startOffset);
    range.setEnd(nodes[span.endPart]!, span.endOffset);
    return range;
  }

  private addStyle(): void {
    try {
      const sheet = new this.doc.defaultView!.CSSStyleSheet();
      sheet.replaceSync(RULE);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      // Firefox's content scripts may not adopt a sheet into the page's document: a <style>
      // for the time of the mark, removed with it, is the fallback.
      const style = this.doc.createElement('style');
      style.textContent = RULE;
      (this.doc.head ?? this.doc.documentElement).append(style);
      this.sheet = style;
    }
  }
}
