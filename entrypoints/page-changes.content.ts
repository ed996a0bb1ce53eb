import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, removeAllListeners } from '../src/messaging';
import { hideRepeats, type RepeatsLabels } from '../src/page/hide-repeats';
import { TextRevealer } from '../src/page/reveal-text';
import { selectRepeatElements } from '../src/page/select-repeat-elements';
import { sharedSession } from '../src/page/shared-session';
import { takeOverPage } from '../src/page/take-over-page';

/** The words of the note that stands in for hidden repeats, in the reader's language. */
function repeatsLabels(): RepeatsLabels {
  return {
    note: (count) =>
      count === 1
        ? browser.i18n.getMessage('repeatsNoteOne')
        : browser.i18n.getMessage('repeatsNoteMany', String(count)),
    show: browser.i18n.getMessage('repeatsNoteShow'),
  };
}

// The page's only changes: repeats hidden, a passage revealed (issue 17: most clicks
// need neither, so the content script does not carry them). The popup injects this into
// the tab, once, before the reader first asks for one; it acts on the reading of the
// content script in charge of the page, found through their shared isolated world.
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    // Plain timers: WXT's ctx ones stop when the page forges its "newer copy" event (see
    // take-over-page.ts); the mark's own timer only ever clears the mark.
    const revealer = new TextRevealer(document);
    takeOverPage(
      () => {
        removeAllListeners();
        revealer.clear();
      },
      globalThis,
      'page-changes',
    );
    const labels = repeatsLabels();
    onMessage('pageChangesLoaded', () => true);
    // Looked up at each message: a newer copy of the content script (after an update)
    // brings its own session.
    onMessage('setRepeatsHidden', ({ data }) => {
      const shared = sharedSession();
      if (!shared) throw new Error('no reading of this page');
      const { session, repeats } = shared;
      return repeats.setHidden(data.hidden, () =>
        hideRepeats(
          document,
          selectRepeatElements(session.paragraphCount, data.repeats, (paragraph) => session.elementOf(paragraph)),
          labels,
        ),
      );
    });
    onMessage('reveal', ({ data }) => {
      const element = sharedSession()?.session.elementOf(data.paragraph);
      return element ? revealer.reveal(element, data.text) : false;
    });
  },
});
