import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { extensionDir, fixturePagesDir, launchWithExtension, whenPopupOpens } from './extension';
import { servePages } from './serve-pages';
import { startX11Display, xdotoolKeys } from './x11-display';

// Issue #16: the default shortcut opens the popup. DevTools key events never reach the
// browser's commands (../shared/E2E.md), so this test runs Chromium headed on a private X
// display and presses the keys through the X server, as a keyboard would. (The Firefox
// counterpart is in firefox/firefox.spec.ts.)

declare const chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } };

const manifest = JSON.parse(readFileSync(resolve(extensionDir, 'manifest.json'), 'utf8')) as {
  commands: { _execute_action: { suggested_key: { default: string } } };
};
const shortcut = manifest.commands._execute_action.suggested_key.default;

test(`the default shortcut (${shortcut}) opens the popup on the article in Chromium`, async () => {
  const display = await startX11Display();
  const server = await servePages(fixturePagesDir);
  const { context, extensionId } = await launchWithExtension({ display });
  try {
    // Chromium gives an extension its suggested key only when nothing else holds it.
    const worker = context.serviceWorkers()[0]!;
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === '_execute_action')?.shortcut).toBe(shortcut);

    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.pageUrl('seed-article'));
    await page.bringToFront();
    await display.focusWindow('--class', 'chromium');
    const cdp = await context.browser()!.newBrowserCDPSession();
    const popup = await whenPopupOpens(cdp, extensionId, () => display.press(xdotoolKeys(shortcut)));
    // The shortcut granted activeTab: the content script read the page.
    await popup.waitFor(`document.querySelector('.article-title')`);
    expect(await popup.text('.article-title')).toBe(
      'Alibaba’s $53B Investment to Lead AI and Cloud Computing Innovations',
    );
  } finally {
    await context.close();
    await server.close();
    await display.stop();
  }
});
