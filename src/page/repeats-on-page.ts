import { readHiddenRepeats, showRepeats, type HiddenRepeats } from './hide-repeats';
import type { PageSession } from './page-session';

export interface RepeatsOnPageState extends HiddenRepeats {
  /** The reader turned hiding on or off on this page (a site default must not override it). */
  chosen: boolean;
}

/**
 * The reader's "Hide repeats" choice for the page the content script lives in: it lasts
 * as long as the page, and belongs to the session's last analysis. The choice and the
 * undoing live here, in the content script; the hiding itself is the page-changes
 * script's (entrypoints/page-changes.content.ts), loaded when the reader first asks for it.
 */
export class RepeatsOnPage {
  private chosen = false;
  /** The article the page's hidden repeats belong to; undefined before the first analysis. */
  private article: string | null | undefined = undefined;

  constructor(
    private readonly doc: Document,
    private readonly session: PageSession,
  ) {}

  /** The reader's choice: `hide` hides the repeats (hide-repeats.ts); showing needs no help. */
  setHidden(hidden: boolean, hide: () => HiddenRepeats): RepeatsOnPageState {
    this.chosen = true;
    const state = hidden ? hide() : showRepeats(this.doc);
    return { ...state, chosen: this.chosen };
  }

  /**
   * Called after each analysis. When the page now holds another article (a single-page
   * app moved on, perhaps reusing the very elements that were hidden for new text), the
   * choice made on the previous one no longer holds: everything hidden comes back.
   */
  followArticle(): void {
    const now = this.session.lastArticle;
    const previous = this.article;
    this.article = now;
    if (previous === undefined || previous === now) return;
    this.chosen = false;
    if (readHiddenRepeats(this.doc).hidden) showRepeats(this.doc);
  }

  state(): RepeatsOnPageState {
    return { ...readHiddenRepeats(this.doc), chosen: this.chosen };
  }
}
