import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, test as base, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { PopupSession } from './popup-session';
import { servePages, type PageServer } from './serve-pages';
import type { X11Display } from './x11-display';

export const extensionDir = resolve('.output/chrome-mv3');
export const fixturePagesDir = resolve('tests/fixtures/pages');

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface ExtensionHarness {
  context: BrowserContext;
  extensionId: string;
  server: PageServer;
  /** Browser-level DevTools session (Extensions.*, Target.*). */
  cdp: CDPSession;
  /** Clicks the toolbar button for the tab showing `page`, as a reader would, and attaches to the popup. */
  clickToolbarButton(page: Page): Promise<PopupSession>;
}

// Without a filter, Target.getTargets leaves out "tab" targets, which triggerAction needs.
async function allTargets(cdp: CDPSession): Promise<TargetInfo[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] })) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

async function findTarget(
  cdp: CDPSession,
  filter: (t: TargetInfo) => boolean,
  timeoutMs = 10_000,
): Promise<TargetInfo> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const targetInfos = await allTargets(cdp);
    const found = targetInfos.find(filter);
    if (found) return found;
    if (Date.now() > deadline) throw new Error('target not found');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface LaunchOptions {
  /**
   * The browser's interface language, e.g. "zh-CN" (chrome.i18n.getUILanguage() and the
   * extension's messages follow it). Chromium on Linux takes it from the environment
   * (LANGUAGE), and only if it has that language's resources: Debian's chromium-l10n.
   */
  locale?: string;
  /**
   * The system's colour scheme. Emulating it per page does not reach the popup, which
   * Playwright does not know; Chromium's --force-dark-mode sets it for every page,
   * extension pages and popups included, as a dark desktop does.
   */
  colorScheme?: 'light' | 'dark';
  /**
   * A headed browser on this X display instead of a headless one: for what only the
   * desktop can do, such as pressing the extension's shortcut (x11-display.ts).
   */
  display?: X11Display;
  /**
   * Whether the toolbar icon is pinned (default true: the README asks readers to pin it,
   * and an unpinned icon's popup carries the pin hint). Chromium keeps the reader's
   * pinned icons in its profile's preferences, written here before launch.
   */
  pinned?: boolean;
}

/** Chromium's id for an unpacked extension: the SHA-256 of its folder's path, as letters a-p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** A fresh profile folder in which these extensions' icons are pinned to the toolbar (or none). */
export function profileWithPinned(extensionIds: readonly string[]): string {
  const profile = mkdtempSync(join(tmpdir(), 'news-essentials-profile-'));
  mkdirSync(join(profile, 'Default'));
  const preferences = { extensions: { pinned_extensions: extensionIds } };
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(preferences));
  return profile;
}

/** Where Chromium keeps its interface languages; a locale without a file here falls back to en-US. */
export function hasBrowserLocale(locale: string): boolean {
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const dirs = [resolve(executable, '../locales'), '/usr/lib/chromium/locales'];
  return dirs.some((dir) => existsSync(resolve(dir, `${locale}.pak`)));
}

/** The test runner's environment with the interface language set (LC_ALL would override it: dropped). */
function localeEnvironment(posixLocale: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined && name !== 'LC_ALL') env[name] = value;
  return { ...env, LANGUAGE: posixLocale, LANG: `${posixLocale}.UTF-8` };
}

export async function launchWithExtension(
  options: LaunchOptions = {},
): Promise<{ context: BrowserContext; extensionId: string }> {
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const { locale, colorScheme, display, pinned = true } = options;
  const posixLocale = locale?.replace('-', '_');
  const profile = profileWithPinned(pinned ? [unpackedExtensionId(extensionDir)] : []);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: !display,
    ...(display ? { env: display.env } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--enable-unsafe-extension-debugging',
      '--disable-quic',
      ...(locale ? [`--lang=${locale}`] : []),
      ...(colorScheme === 'dark' ? ['--force-dark-mode'] : []),
    ],
    ...(colorScheme ? { colorScheme } : {}),
    // Playwright's own option sets navigator.language and Accept-Language for pages.
    ...(locale ? { locale, env: localeEnvironment(posixLocale!) } : {}),
  });
  // The browser may still be writing to it as the context closes: removed when it can be.
  context.on('close', () => void rm(profile, { recursive: true, force: true, maxRetries: 10 }).catch(() => undefined));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}

/**
 * Runs `open` (something that opens the popup: a toolbar click, a shortcut) and attaches
 * to the popup it opened.
 */
export async function whenPopupOpens(
  cdp: CDPSession,
  extensionId: string,
  open: () => Promise<void>,
): Promise<PopupSession> {
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const known = new Set((await allTargets(cdp)).filter((t) => t.url.startsWith(popupUrl)).map((t) => t.targetId));
  await open();
  const popup = await findTarget(cdp, (t) => t.url.startsWith(popupUrl) && !known.has(t.targetId));
  return PopupSession.attach(cdp, popup.targetId);
}

/**
 * The real toolbar click: Extensions.triggerAction on the page's *tab* target makes
 * Chrome grant activeTab and open the popup exactly as for a reader's click.
 */
export async function clickToolbarButton(cdp: CDPSession, extensionId: string, page: Page): Promise<PopupSession> {
  const url = page.url();
  const tab = await findTarget(cdp, (t) => t.type === 'tab' && t.url === url);
  return whenPopupOpens(cdp, extensionId, async () => {
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  });
}

export const test = base.extend<{
  extension: ExtensionHarness;
  browserLocale: string | undefined;
  systemColorScheme: 'light' | 'dark' | undefined;
  iconPinned: boolean;
}>({
  /** The browser's interface language for the test's browser: `test.use({ browserLocale: 'zh-CN' })`. */
  browserLocale: [undefined, { option: true }],
  /** The system's colour scheme for the test's browser: `test.use({ systemColorScheme: 'dark' })`. */
  systemColorScheme: [undefined, { option: true }],
  /** Whether the toolbar icon is pinned: `test.use({ iconPinned: false })`. */
  iconPinned: [true, { option: true }],
  extension: async ({ browserLocale, systemColorScheme, iconPinned }, use) => {
    const server = await servePages(fixturePagesDir);
    const { context, extensionId } = await launchWithExtension({
      locale: browserLocale,
      colorScheme: systemColorScheme,
      pinned: iconPinned,
    });
    const cdp = await context.browser()!.newBrowserCDPSession();
    await use({
      context,
      extensionId,
      server,
      cdp,
      clickToolbarButton: (page) => clickToolbarButton(cdp, extensionId, page),
    });
    await context.close();
    await server.close();
  },
});

export { expect } from '@playwright/test';
