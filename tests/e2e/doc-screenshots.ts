import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import type { PopupSession } from './popup-session';

/**
 * The README's pictures (docs/*.png) are taken by the E2E tests. Every run keeps them in
 * test-results/ to look at; only UPDATE_SCREENSHOTS=1 writes them over the committed
 * files, so that `npm test` leaves the tree clean.
 */
export const updateScreenshots = process.env.UPDATE_SCREENSHOTS === '1';

/** The popup as the reader sees it: its 400 px body at twice the pixels, as on a high-density screen. */
export async function popupPicture(popup: PopupSession): Promise<Buffer> {
  const height = await popup.evaluate<number>('window.innerHeight');
  const { data } = await popup.send<{ data: string }>('Page.captureScreenshot', {
    format: 'png',
    clip: { x: 0, y: 0, width: 400, height, scale: 2 },
  });
  return Buffer.from(data, 'base64');
}

/** The reader view at a desktop window's width, scrolled to the top. */
export async function readerPicture(reader: Page): Promise<Buffer> {
  await reader.setViewportSize({ width: 1100, height: 760 });
  await reader.evaluate(() => window.scrollTo(0, 0));
  return reader.screenshot({ caret: 'initial' });
}

/**
 * Takes a README picture: into the test's output directory always, and to `docsPath`
 * (relative to the project) with UPDATE_SCREENSHOTS=1. Returns where it was written.
 */
export async function saveDocPicture(testInfo: TestInfo, docsPath: string, picture: Buffer): Promise<string[]> {
  const paths = [testInfo.outputPath(basename(docsPath)), ...(updateScreenshots ? [resolve(docsPath)] : [])];
  for (const path of paths) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, picture);
  }
  return paths;
}
