import { hideRepeats, readHiddenRepeats, showRepeats, type HiddenRepeats, type RepeatsLabels } from './hide-repeats';
import type { PageSession } from './page-session';
import { selectRepeatElements } from './select-repeat-elements';

export interface RepeatsOnPageState extends HiddenRepeats {
  /** The reader turned hiding on or off on this page (a site default must not override it). */
  chosen: boolean;
}

/**
 * The reader's "Hide repeats" choice for the page the content script lives in: it acts
 * on the repeats of the session's last analysis and lasts as long as the page.
 */
export class RepeatsOnPage {
  private chosen = false;
  /** The article the page's hidden repeats belong to; undefined before the first analysis. */
  private article: string | null | undefined = undefined;

  constructor(
    private readonly doc: Document,
    private readonly session: PageSession,
    private readonly labels: RepeatsLabels,
  ) {}

  setHidden(hidden: boolean): RepeatsOnPageState {
    this.chosen = true;
    const elements = hidden
      ? selectRepeatElements(this.session.lastParagraphs, (paragraph) => this.session.elementOf(paragraph))
      : [];
    const state = hidden ? hideRepeats(this.doc, elements, this.labels) : showRepeats(this.doc);
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
