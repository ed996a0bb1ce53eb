// Draws the extension's icons (public/icon/<size>.png, which WXT lists in the manifest)
// from the SVG below, rasterised by the same Chromium the E2E tests drive. Run it after
// changing the drawing: `npx tsx scripts/draw-icons.ts`; the PNGs are committed.
//
// The mark: a page whose middle line is highlighted. Sizes up to 32 px get their own
// pixel-aligned drawing with fewer, thicker lines, so the mark stays sharp in the toolbar.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

const INK = '#0b57d0';
const PAPER = '#ffffff';
const LINE = '#8a94a3';
const HIGHLIGHT = '#ffc928';
const TEXT = '#1b1d21';

// 128-unit drawing for 48 px and up.
const LARGE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="18" y="8" width="92" height="112" rx="12" fill="${PAPER}" stroke="${INK}" stroke-width="8"/>
  <rect x="34" y="28" width="60" height="9" rx="4.5" fill="${LINE}"/>
  <rect x="28" y="47" width="72" height="22" rx="5" fill="${HIGHLIGHT}"/>
  <rect x="34" y="53.5" width="60" height="9" rx="4.5" fill="${TEXT}"/>
  <rect x="34" y="79" width="60" height="9" rx="4.5" fill="${LINE}"/>
  <rect x="34" y="96" width="40" height="9" rx="4.5" fill="${LINE}"/>
</svg>`;

// 16-unit drawing on the pixel grid for 16 and 32 px.
const SMALL = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" shape-rendering="crispEdges">
  <rect x="2" y="0.5" width="12" height="15" fill="${INK}"/>
  <rect x="3" y="1.5" width="10" height="13" fill="${PAPER}"/>
  <rect x="5" y="3.5" width="6" height="1" fill="${LINE}"/>
  <rect x="3" y="6" width="10" height="4" fill="${HIGHLIGHT}"/>
  <rect x="5" y="7.5" width="6" height="1" fill="${TEXT}"/>
  <rect x="5" y="11.5" width="4" height="1" fill="${LINE}"/>
</svg>`;

const SIZES = [16, 32, 48, 96, 128];

async function main(): Promise<void> {
  const outDir = resolve('public/icon');
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const svg = (size <= 32 ? SMALL : LARGE).replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(`<!doctype html><body style="margin:0;background:transparent">${svg}</body>`);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await writeFile(resolve(outDir, `${size}.png`), png);
      await page.close();
      console.log(`public/icon/${size}.png  ${png.length} bytes`);
    }
  } finally {
    await browser.close();
  }
}

void main();
