import type { PageSession } from './page-session';
import type { RepeatsOnPage } from './repeats-on-page';

/** What the content script shares with the page-changes script, which acts on its reading. */
export interface SharedSession {
  session: PageSession;
  repeats: RepeatsOnPage;
}

/**
 * Where the content script now in charge of the page leaves its session for the
 * page-changes script, injected later into the same page: a property of the isolated
 * world's global object, which all of the extension's content scripts in the page share
 * and the page's own scripts can neither see nor forge (as in take-over-page.ts).
 */
const SHARED = Symbol.for('news-essentials.page-session');

type Scope = Record<symbol, SharedSession | undefined>;

/** Leaves this copy's session for the page-changes script, in place of an older copy's. */
export function shareSession(shared: SharedSession, scope: object = globalThis): void {
  (scope as Scope)[SHARED] = shared;
}

/** The session of the content script in charge of the page, if one is there. */
export function sharedSession(scope: object = globalThis): SharedSession | undefined {
  return (scope as Scope)[SHARED];
}
