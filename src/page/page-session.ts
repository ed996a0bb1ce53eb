import { readPage } from '../core/read-page';
import type { PageReadingResult, Paragraph } from '../core/types';
import { locateParagraphs } from './locate-paragraphs';

/**
 * What the content script remembers about the page between the popup's messages: the
 * last analysis and the live elements its paragraphs came from. Each analysis replaces
 * the previous one, so a page that changed since (a single-page app) is never answered
 * with an earlier article's results.
 */
export class PageSession {
  private paragraphs: readonly Paragraph[] = [];
  private elements: (Element | null)[] = [];

  constructor(private readonly doc: Document) {}

  read(pageUrl: string): PageReadingResult {
    const result = readPage(this.doc, pageUrl);
    this.paragraphs = result.ok ? result.paragraphs : [];
    this.elements = result.ok ? locateParagraphs(this.doc, result.paragraphs) : [];
    return result;
  }

  /** The live element of a paragraph of the last analysis, if it is still on the page. */
  elementOf(paragraph: number): Element | null {
    const el = this.elements[paragraph];
    return el?.isConnected ? el : null;
  }

  get lastParagraphs(): readonly Paragraph[] {
    return this.paragraphs;
  }
}
