import type { X11Display } from '../x11-display';

/** Runs an expression in Firefox's own browser window (chrome privileges) and returns its JSON value. */
export type ChromeEvaluate = <T>(expression: string) => Promise<T>;

// Loaded into one <browser> element's content process as a frame script: it answers
// "evaluate this" in a sandbox over the page's window, as content scripts see it. WebDriver
// BiDi lists only tabs, so an extension popup (a <browser> inside a panel) is out of its
// reach; the browser window, which BiDi does reach, can still talk to the popup this way.
const FRAME_SCRIPT = `
addMessageListener('news-essentials-test:evaluate', ({ data }) => {
  const sandbox = Cu.Sandbox(content.document.nodePrincipal, { sandboxPrototype: content, wantXrays: true });
  Promise.resolve()
    .then(() => Cu.evalInSandbox(data.expression, sandbox))
    .then(
      (value) => sendAsyncMessage('news-essentials-test:answer', { id: data.id, json: JSON.stringify(value ?? null) }),
      (error) => sendAsyncMessage('news-essentials-test:answer', { id: data.id, error: String(error && error.stack || error) }),
    );
});`;

let nextId = 1;

/**
 * A page shown in a <browser> of Firefox's window that BiDi cannot reach: the extension's
 * popup, or its reader view. Reads it through a frame script; clicks it for real, with
 * the X pointer at the element's place on the screen.
 */
export class BrowserFrame {
  /**
   * @param findBrowser chrome-side expression for the <browser> element (or null while there is none).
   */
  constructor(
    private readonly chrome: ChromeEvaluate,
    private readonly display: X11Display,
    private readonly findBrowser: string,
    readonly description: string,
  ) {}

  /** Whether the <browser> is there (a popup is gone once its panel closes). */
  isOpen(): Promise<boolean> {
    return this.chrome<boolean>(`!!(${this.findBrowser})`);
  }

  /** Evaluates an expression in the page (`document` is the page's) and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const id = nextId++;
    const answer = await this.chrome<{ json?: string; error?: string } | null>(`new Promise((resolve) => {
      const browser = ${this.findBrowser};
      if (!browser) return resolve(null);
      if (!browser.isRemoteBrowser) {
        // A page of Firefox's own process (about:addons) is in reach without a frame script.
        const page = browser.contentWindow;
        const sandbox = Cu.Sandbox(page.document.nodePrincipal, { sandboxPrototype: page, wantXrays: true });
        return Promise.resolve()
          .then(() => Cu.evalInSandbox(${JSON.stringify(expression)}, sandbox))
          .then((value) => resolve({ json: JSON.stringify(value ?? null) }), (error) => resolve({ error: String(error) }));
      }
      const mm = browser.messageManager;
      if (!browser.newsEssentialsTestFrame) {
        mm.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(FRAME_SCRIPT)}), true);
        browser.newsEssentialsTestFrame = true;
      }
      const listener = ({ data }) => {
        if (data.id !== ${id}) return;
        mm.removeMessageListener('news-essentials-test:answer', listener);
        resolve(data);
      };
      mm.addMessageListener('news-essentials-test:answer', listener);
      mm.sendAsyncMessage('news-essentials-test:evaluate', { id: ${id}, expression: ${JSON.stringify(expression)} });
    })`);
    if (!answer) throw new Error(`${this.description}: not open`);
    if (answer.error !== undefined) throw new Error(`${this.description}: ${answer.error}`);
    return JSON.parse(answer.json!) as T;
  }

  /** Polls until the expression is truthy; returns its value. */
  async waitFor<T>(expression: string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    for (;;) {
      try {
        const value = await this.evaluate<T>(expression);
        if (value) return value;
      } catch (error) {
        lastError = error;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `${this.description}: timed out waiting for ${expression}${lastError ? ` (${String(lastError)})` : ''}`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  text(selector: string): Promise<string | null> {
    return this.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`);
  }

  /**
   * Clicks the element the expression finds, with the real pointer: scrolled into view,
   * its centre on the screen is the page's screen origin plus its box. A popup opens
   * animated and grows as its sections render, so the point is taken only once it holds
   * still (the same on two reads) and the element itself is what lies under it.
   */
  async clickElement(elementExpression: string, timeoutMs = 10_000): Promise<void> {
    const point = await settledPoint(
      () =>
        this.evaluate<ScreenPoint | null>(`(() => {
          const element = ${elementExpression};
          if (!element) return null;
          element.scrollIntoView({ block: 'center' });
          const box = element.getBoundingClientRect();
          const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
          const top = document.elementFromPoint(x, y);
          return { x: (mozInnerScreenX + x) * devicePixelRatio, y: (mozInnerScreenY + y) * devicePixelRatio,
                   hit: !!top && (top === element || element.contains(top)) };
        })()`),
      `${this.description}: ${elementExpression}`,
      timeoutMs,
    );
    await this.display.click(point.x, point.y);
  }

  click(selector: string): Promise<void> {
    return this.clickElement(`document.querySelector(${JSON.stringify(selector)})`);
  }
}

/** An element's centre on the screen, and whether the element is what lies there. */
export interface ScreenPoint {
  x: number;
  y: number;
  hit: boolean;
}

/** Reads the point until it is the element's and the same twice in a row (layout settled). */
export async function settledPoint(
  read: () => Promise<ScreenPoint | null>,
  description: string,
  timeoutMs: number,
): Promise<ScreenPoint> {
  const deadline = Date.now() + timeoutMs;
  let previous: ScreenPoint | null = null;
  for (;;) {
    const last = await read().catch(() => null);
    if (last?.hit && previous?.hit && last.x === previous.x && last.y === previous.y) return last;
    if (Date.now() > deadline) {
      throw new Error(
        last
          ? `${description} never held still under the pointer (last ${JSON.stringify(last)})`
          : `nothing matches ${description}`,
      );
    }
    previous = last;
    await new Promise((resolve) => setTimeout(resolve, 120));
  }
}
