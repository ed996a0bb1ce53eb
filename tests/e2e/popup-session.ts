import { writeFile } from 'node:fs/promises';
import type { CDPSession } from '@playwright/test';

interface CdpResponse {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

interface EvaluateResult {
  result: { value?: unknown; description?: string };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

const KEYS = {
  Tab: { code: 'Tab', keyCode: 9, text: '' },
  Enter: { code: 'Enter', keyCode: 13, text: '\r' },
  ' ': { code: 'Space', keyCode: 32, text: ' ' },
  Escape: { code: 'Escape', keyCode: 27, text: '' },
} as const;

/**
 * Talks to the extension popup, which Playwright does not list among its pages, through
 * the browser's DevTools protocol: messages in and out of its target (../shared/E2E.md).
 */
export class PopupSession {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly events: { method: string; params: unknown }[] = [];

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
    readonly targetId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as CdpResponse;
      if (message.id !== undefined) {
        const waiter = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) waiter?.reject(new Error(message.error.message));
        else waiter?.resolve(message.result);
      } else if (message.method) {
        this.events.push({ method: message.method, params: message.params });
      }
    });
    // The popup closes when another tab takes the focus (a link it opened, the reader
    // view): what it was asked then gets no answer, and is refused rather than left waiting.
    cdp.on('Target.detachedFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      this.closed = true;
      for (const waiter of this.pending.values()) waiter.reject(new Error('popup: closed'));
      this.pending.clear();
    });
  }

  /** Whether the popup has closed. */
  closed = false;

  static async attach(cdp: CDPSession, targetId: string): Promise<PopupSession> {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    return new PopupSession(cdp, sessionId, targetId);
  }

  send<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.closed) return Promise.reject(new Error('popup: closed'));
    const id = this.nextId++;
    const answer = new Promise<T>((resolve, reject) =>
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }),
    );
    this.cdp
      .send('Target.sendMessageToTarget', {
        sessionId: this.sessionId,
        message: JSON.stringify({ id, method, params }),
      })
      .catch((error: Error) => {
        this.pending.get(id)?.reject(error);
        this.pending.delete(id);
      });
    return answer;
  }

  /** Evaluates an expression in the popup (as if the reader acted: userGesture) and returns its value. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<EvaluateResult>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
      userGesture: true,
    });
    if (exceptionDetails) {
      throw new Error(`popup: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
    return result.value as T;
  }

  /** Polls until the expression is truthy; returns its value. */
  async waitFor<T>(expression: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`popup: timed out waiting for ${expression}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Text of the first element matching a selector, or null. */
  text(selector: string): Promise<string | null> {
    return this.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`);
  }

  /** Clicks the first element matching a selector, as the reader would. */
  async click(selector: string): Promise<void> {
    const found = await this.evaluate<boolean>(
      `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return false; el.click(); return true; })()`,
    );
    if (!found) throw new Error(`popup: nothing matches ${selector}`);
  }

  /**
   * Presses a key in the popup as the reader would ("Tab", "Enter", " "), with Shift if asked.
   * Keys reach the page, not the browser (no shortcuts): see ../shared/E2E.md.
   */
  async press(key: keyof typeof KEYS, options: { shift?: boolean } = {}): Promise<void> {
    const { code, keyCode, text } = KEYS[key];
    const modifiers = options.shift ? 8 : 0;
    await this.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key,
      code,
      windowsVirtualKeyCode: keyCode,
      modifiers,
      ...(text ? { text } : {}),
    });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode, modifiers });
  }

  async screenshot(path: string): Promise<void> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    await writeFile(path, Buffer.from(data, 'base64'));
  }

  /** DevTools events the popup sent since attaching (e.g. Network.requestWillBeSent after Network.enable). */
  eventsNamed(method: string): unknown[] {
    return this.events.filter((e) => e.method === method).map((e) => e.params);
  }

  async detach(): Promise<void> {
    await this.cdp.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => undefined);
  }
}
