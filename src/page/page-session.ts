import { readPageInStages, type ReadingStage } from '../core/read-page';
import type { PageReadingResult } from '../core/types';

/**
 * What the content script remembers about the page between the popup's messages: the
 * last analysis and the live elements its paragraphs came from. Each analysis replaces
 * the previous one, so a page that changed since (a single-page app) is never answered
 * with an earlier article's results.
 */
export class PageSession {
  private elements: (Element | null)[] = [];
  private article: string | null = null;
  /** Readings started, so that a slower earlier one never overwrites a later one. */
  private started = 0;

  constructor(private readonly doc: Document) {}

  /**
   * Reads the page as it is now, in stages; `pause` runs between them (the content
   * script lets the page run there and reports progress).
   */
  async read(
    pageUrl: string,
    pause: (next: ReadingStage) => Promise<void> = async () => {},
  ): Promise<PageReadingResult> {
    const reading = ++this.started;
    // The elements come from the walk made with the copy Readability reads, in the same
    // task: a page that changes while the later stages wait cannot shift them.
    const { result, elements } = await readPageInStages(this.doc, pageUrl, pause);
    if (reading === this.started) {
      this.elements = result.ok ? elements : [];
      this.article = result.ok ? `${result.title}\n${result.text}` : null;
    }
    return result;
  }

  /** The live element of a paragraph of the last analysis, if it is still on the page. */
  elementOf(paragraph: number): Element | null {
    const el = this.elements[paragraph];
    return el?.isConnected ? el : null;
  }

  /** How many paragraphs the last analysis found (none when it found no article). */
  get paragraphCount(): number {
    return this.elements.length;
  }

  /** The article of the last analysis (its title and text), or null when it found none. */
  get lastArticle(): string | null {
    return this.article;
  }
}
