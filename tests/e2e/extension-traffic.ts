import type { BrowserContext, CDPSession, Page, Request } from '@playwright/test';
import type { PopupSession } from './popup-session';

/** One request (or attempt: a request the CSP refused still counts) and who made it. */
export interface RecordedRequest {
  /** `popup`, `worker`, `page-script` (the content script in a page) or an extension page's address. */
  from: string;
  url: string;
  /** Which channel saw it, so a failing test says how it was caught. */
  seenBy: string;
}

interface CallFrame {
  scriptId: string;
  url: string;
}

interface StackTrace {
  callFrames: CallFrame[];
  parent?: StackTrace;
}

interface NetworkRequestEvent {
  request: { url: string };
  initiator?: { stack?: StackTrace };
}

interface ParsedScript {
  scriptId: string;
  url: string;
  executionContextAuxData?: { type?: string };
}

/** Every frame of a DevTools initiator stack, async parents included. */
function initiatorFrames(event: NetworkRequestEvent): CallFrame[] {
  const frames: CallFrame[] = [];
  for (let stack = event.initiator?.stack; stack; stack = stack.parent) frames.push(...stack.callFrames);
  return frames;
}

/**
 * Records every request the extension makes (issue #6: it makes none of its own), through
 * every channel there is, because each misses something:
 * - Playwright's context-wide request events: extension pages opened as tabs (the reader
 *   view) and the service worker;
 * - DevTools Network on each popup, which Playwright does not see (from the click on: the
 *   popup's first moments are covered by the CSP alone, see network-silence.spec.ts);
 * - DevTools Network and Debugger on article pages, for requests a content script starts.
 */
export class ExtensionTraffic {
  private readonly recorded: RecordedRequest[] = [];
  private readonly popups: PopupSession[] = [];
  private readonly pageSessions: CDPSession[] = [];
  private readonly origin: string;

  constructor(
    private readonly context: BrowserContext,
    extensionId: string,
  ) {
    this.origin = `chrome-extension://${extensionId}/`;
    context.on('request', (request: Request) => {
      const from = this.requester(request);
      if (from) this.recorded.push({ from, url: request.url(), seenBy: 'context request event' });
    });
  }

  private requester(request: Request): string | null {
    const worker = request.serviceWorker();
    if (worker) return worker.url().startsWith(this.origin) ? 'worker' : null;
    try {
      const url = request.frame().url();
      return url.startsWith(this.origin) ? url : null;
    } catch {
      return null;
    }
  }

  /** Starts watching a popup's network from now. */
  async watchPopup(popup: PopupSession): Promise<void> {
    await popup.send('Network.enable');
    this.popups.push(popup);
  }

  /**
   * Starts watching an article page for requests made by scripts of isolated worlds (the
   * content script, or code the extension injects), known by the script that started them.
   */
  async watchPage(page: Page): Promise<void> {
    const session = await this.context.newCDPSession(page);
    const isolatedScripts = new Set<string>();
    session.on('Debugger.scriptParsed', (event: ParsedScript) => {
      if (event.executionContextAuxData?.type === 'isolated' || event.url.startsWith(this.origin)) {
        isolatedScripts.add(event.scriptId);
      }
    });
    session.on('Network.requestWillBeSent', (event: NetworkRequestEvent) => {
      if (initiatorFrames(event).some((frame) => isolatedScripts.has(frame.scriptId))) {
        this.recorded.push({ from: 'page-script', url: event.request.url, seenBy: 'page Network domain' });
      }
    });
    await session.send('Debugger.enable');
    await session.send('Network.enable');
    this.pageSessions.push(session);
  }

  /** What a popup has asked for while watched (a closed popup keeps what its events said). */
  private popupRequests(popup: PopupSession): RecordedRequest[] {
    return [
      ...(popup.eventsNamed('Network.requestWillBeSent') as NetworkRequestEvent[]).map((e) => e.request.url),
      ...(popup.eventsNamed('Network.webSocketCreated') as { url: string }[]).map((e) => e.url),
    ].map((url) => ({ from: 'popup', url, seenBy: 'popup Network domain' }));
  }

  /** Everything recorded so far, the extension's own files included. */
  all(): RecordedRequest[] {
    return [...this.recorded, ...this.popups.flatMap((popup) => this.popupRequests(popup))];
  }

  /** Requests for anything but the extension's own files: the test expects none. */
  foreign(): RecordedRequest[] {
    return this.all().filter((request) => !request.url.startsWith(this.origin));
  }

  async stop(): Promise<void> {
    await Promise.all(this.pageSessions.map((session) => session.detach().catch(() => undefined)));
  }
}
