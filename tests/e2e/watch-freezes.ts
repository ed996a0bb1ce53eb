import type { Page } from '@playwright/test';

// The page measures its own responsiveness: the longest wait between ticks of a timer
// that asks to run every 20 ms is the longest the tab was frozen. Used by the E2E tests
// and the `huge` benchmark alike.
const GAP_WATCH = `<script>
  let last = performance.now();
  window.__longestGap = 0;
  window.__resetGap = () => { window.__longestGap = 0; last = performance.now(); };
  setInterval(() => {
    const now = performance.now();
    window.__longestGap = Math.max(window.__longestGap, now - last);
    last = now;
  }, 20);
</script>`;

/** `html` with the freeze watch in its <head>. */
export function withFreezeWatch(html: string): string {
  return html.replace('</head>', `${GAP_WATCH}</head>`);
}

/** Starts measuring afresh (after the page has loaded). */
export async function resetFreezeWatch(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __resetGap(): void }).__resetGap());
}

/** The longest the page's timer waited since the last reset, in ms. */
export async function longestFreeze(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __longestGap: number }).__longestGap);
}
