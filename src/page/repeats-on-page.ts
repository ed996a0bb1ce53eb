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

  state(): RepeatsOnPageState {
    return { ...readHiddenRepeats(this.doc), chosen: this.chosen };
  }
}
