import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPageInStages } from '../src/core/read-page';
import type { PageReadingResult } from '../src/core/types';
import { onMessage, removeAllListeners, sendMessage } from '../src/messaging';
import { PageSession } from '../src/page/page-session';
import { RepeatsOnPage } from '../src/page/repeats-on-page';
import { shareSession } from '../src/page/shared-session';
import { takeOverPage } from '../src/page/take-over-page';
import { yieldToPage } from '../src/page/yield-to-page';

// Injected only when the reader clicks the toolbar button (activeTab), never declared
// for every page. Reads the page and answers the protocol in src/messaging.ts; hiding
// repeats and revealing a passage are page-changes.content.ts's, injected on first use.
// All work lives in src/page.
export default defineContentScript({
  registration: 'runtime',
  // WXT would also announce a newer copy of this script to older ones through
  // window.postMessage, where the page can read it; a DOM event on our own name is enough.
  noScriptStartedPostMessage: true,
  main() {
    const session = new PageSession(document);
    const repeats = new RepeatsOnPage(document, session);
    // A newer copy stops this one through the isolated world, not through WXT's ctx,
    // which the page can invalidate (issue #6); its session replaces this one's.
    takeOverPage(removeAllListeners);
    shareSession({ session, repeats });
    // The reading yields to the page between stages (plain timers, not ctx's: a reading
    // under way still answers the popup that asked for it).
    const analyze = async () => {
      const result = await session.read(location.href, async (stage) => {
        // The popup may be closed by now: nobody to tell.
        sendMessage('analysisProgress', { stage }).catch(() => {});
        await yieldToPage();
      });
      // A single-page app may have put another article in place of the one whose repeats are hidden.
      repeats.followArticle();
      return result;
    };
    // Injected because a popup found no copy here and is about to ask for the reading: it
    // starts now, not once the popup has heard that the script is in and asked (issue 17:
    // that round trip took 5-40 ms of a cold click). Only the next message may take it:
    // any other (a later popup's ping, the reader view's request) means it is not wanted,
    // or no longer the page as it is now.
    let begun: Promise<PageReadingResult> | null = analyze();
    const takeBegun = () => {
      const reading = begun;
      begun = null;
      return reading;
    };
    onMessage('ping', () => {
      takeBegun();
      return true;
    });
    onMessage('analyze', () => takeBegun() ?? analyze());
    // A separate analysis, so the session's paragraphs (hide/show, reveal) stay those the popup shows.
    onMessage('readerContent', async () => {
      takeBegun();
      const { result } = await readPageInStages(document, location.href, () => yieldToPage(), {
        withContentHtml: true,
      });
      return result;
    });
    onMessage('getRepeatsState', () => repeats.state());
  },
});
