import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { fixturePagesDir } from '../extension';
import { servePages, type PageServer } from '../serve-pages';
import { startX11Display, type X11Display } from '../x11-display';
import { BrowserFrame, settledPoint, type ChromeEvaluate, type ScreenPoint } from './browser-frame';

export const firefoxExtensionDir = resolve('.output/firefox-mv3');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

interface Manifest {
  commands: { _execute_action: { suggested_key: { default: string } } };
  browser_specific_settings: { gecko: { id: string } };
}

/** The built Firefox package's manifest. */
export function firefoxManifest(): Manifest {
  const path = resolve(firefoxExtensionDir, 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(`No Firefox build in ${firefoxExtensionDir}: run \`npm run build:firefox\` first.`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string; stackTrace?: unknown };
}

/**
 * Debian's Firefox ESR, headed on a private X display, with the built package installed
 * as a temporary add-on over WebDriver BiDi (puppeteer-core; nothing is downloaded). The
 * reader's actions are real: keys and clicks go through the X server into Firefox's own
 * window, so the toolbar button and the shortcut grant activeTab exactly as they do for
 * a person. Pages are driven over BiDi; the popup and the reader view, which BiDi does not
 * list, through the browser window (--remote-allow-system-access opens its "chrome" scope).
 */
export class FirefoxHarness {
  private constructor(
    readonly browser: Browser,
    readonly display: X11Display,
    readonly server: PageServer,
    readonly extensionId: string,
    private readonly chromeContext: string,
  ) {}

  static async launch(): Promise<FirefoxHarness> {
    const manifest = firefoxManifest();
    const server = await servePages(fixturePagesDir);
    const display = await startX11Display();
    try {
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: false,
        defaultViewport: null,
        env: display.env,
        args: ['--remote-allow-system-access', '--width=1200', '--height=860'],
      });
      const extensionId = await browser.installExtension(firefoxExtensionDir);
      if (extensionId !== manifest.browser_specific_settings.gecko.id) {
        throw new Error(`installed ${extensionId}, expected the manifest's id`);
      }
      const tree = (await connection(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
        result: { contexts: { context: string; url: string }[] };
      };
      const window = tree.result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
      if (!window) throw new Error('no Firefox browser window among the chrome contexts');
      const harness = new FirefoxHarness(browser, display, server, extensionId, window.context);
      await display.focusWindow('--pid', String(browser.process()!.pid));
      return harness;
    } catch (error) {
      await display.stop();
      await server.close();
      throw error;
    }
  }

  /** Evaluates in Firefox's browser window (browser.xhtml, chrome privileges); returns the JSON value. */
  readonly chrome: ChromeEvaluate = async <T>(expression: string): Promise<T> => {
    const { result } = (await connection(this.browser).send('script.evaluate', {
      expression: `Promise.resolve(${expression}).then((value) => JSON.stringify(value ?? null))`,
      target: { context: this.chromeContext },
      awaitPromise: true,
      resultOwnership: 'none',
    })) as { result: EvaluateResult };
    if (result.type === 'exception') {
      throw new Error(`browser window: ${result.exceptionDetails?.text ?? 'exception'}`);
    }
    return JSON.parse(result.result!.value as string) as T;
  };

  /** The served fixture page in the selected tab, the window focused as the reader's would be. */
  async openArticle(name: string): Promise<Page> {
    const [page] = await this.browser.pages();
    await page!.bringToFront();
    await page!.goto(this.server.pageUrl(name));
    await this.display.focusWindow('--pid', String(this.browser.process()!.pid));
    return page!;
  }

  /** Whether Firefox granted the extension activeTab for the selected tab. */
  hasActiveTab(): Promise<boolean> {
    return this.chrome(`(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(this.extensionId)});
      return extension.tabManager.hasActiveTabPermission(gBrowser.selectedTab);
    })()`);
  }

  private popupBrowser(): string {
    return `[...document.querySelectorAll('panel browser')].find((b) =>
      b.currentURI?.spec.startsWith('moz-extension://' + WebExtensionPolicy.getByID(${JSON.stringify(this.extensionId)}).mozExtensionHostname + '/popup.html'))`;
  }

  /** The extension's popup, whether open or not yet. */
  popup(): BrowserFrame {
    return new BrowserFrame(this.chrome, this.display, this.popupBrowser(), 'popup');
  }

  /** Waits for the popup to open (after a click or a shortcut) and returns it. */
  async waitForPopup(timeoutMs = 10_000): Promise<BrowserFrame> {
    const popup = this.popup();
    const deadline = Date.now() + timeoutMs;
    // Open means its panel has finished opening: clicks during the animation can miss.
    const opened = `(() => { const panel = (${this.popupBrowser()})?.closest('panel');
      return !!panel && panel.state === 'open' && !panel.hasAttribute('animating'); })()`;
    while (!(await this.chrome<boolean>(opened))) {
      if (Date.now() > deadline) throw new Error('the popup did not open');
      await new Promise((r) => setTimeout(r, 100));
    }
    return popup;
  }

  /** A tab found by the start of its address (about:addons). */
  tab(addressStart: string): BrowserFrame {
    return new BrowserFrame(
      this.chrome,
      this.display,
      `gBrowser.browsers.find((b) => b.currentURI?.spec.startsWith(${JSON.stringify(addressStart)}))`,
      addressStart,
    );
  }

  /** Puts the extension's shortcut back to the manifest's, as about:addons' reset would. */
  async resetShortcut(): Promise<void> {
    await this.chrome(`(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(this.extensionId)});
      return extension.shortcuts.resetCommand('_execute_action').then(() => true);
    })()`);
  }

  /** The reader view's tab, found by its address. */
  readerTab(): BrowserFrame {
    return new BrowserFrame(
      this.chrome,
      this.display,
      `gBrowser.browsers.find((b) => b.currentURI?.spec.startsWith('moz-extension://' +
        WebExtensionPolicy.getByID(${JSON.stringify(this.extensionId)}).mozExtensionHostname + '/reader.html?id='))`,
      'reader view',
    );
  }

  /**
   * Clicks an element of Firefox's own window (a toolbar or panel button) with the real
   * pointer, once it holds still under it (panels open animated).
   */
  async clickBrowserUi(selector: string, timeoutMs = 10_000): Promise<void> {
    const point = await settledPoint(
      () =>
        this.chrome<ScreenPoint | null>(`(() => {
          const element = document.querySelector(${JSON.stringify(selector)});
          if (!element) return null;
          const box = element.getBoundingClientRect();
          const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
          // A panel is a window of its own, out of this document's hit testing: there
          // the test is that it has finished opening.
          const panel = element.closest('panel');
          const top = panel ? null : document.elementFromPoint(x, y);
          return { x: (mozInnerScreenX + x) * devicePixelRatio, y: (mozInnerScreenY + y) * devicePixelRatio,
                   hit: panel ? panel.state === 'open' && !panel.hasAttribute('animating')
                              : !!top && (top === element || element.contains(top)) };
        })()`),
      `browser window: ${selector}`,
      timeoutMs,
    );
    await this.display.click(point.x, point.y);
  }

  /** Closes whatever popup is open, as the Escape key does. */
  async closePopup(): Promise<void> {
    const popup = this.popup();
    if (await popup.isOpen()) await this.display.press('Escape');
    const deadline = Date.now() + 5_000;
    while (await popup.isOpen()) {
      if (Date.now() > deadline) throw new Error('the popup did not close on Escape');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.display.stop();
    await this.server.close();
  }
}

// puppeteer-core keeps its BiDi connection on the browser object; commands in Firefox's
// own "moz:" scope have no wrapper there.
function connection(browser: Browser): BidiConnection {
  const { connection } = browser as unknown as { connection?: BidiConnection };
  if (!connection) throw new Error('puppeteer-core: no WebDriver BiDi connection on this browser');
  return connection;
}

/** One Firefox for the whole file (each launch costs seconds on our two cores); each test opens its page afresh. */
export const test = base.extend<object, { firefox: FirefoxHarness }>({
  firefox: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const firefox = await FirefoxHarness.launch();
      await use(firefox);
      await firefox.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

export { expect } from '@playwright/test';
