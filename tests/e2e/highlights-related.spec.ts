import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, fixturePagesDir, test } from './extension';

const seedGold = JSON.parse(readFileSync(resolve(fixturePagesDir, 'seed-article', 'expected.json'), 'utf8')) as {
  relatedLinks: string[];
};

interface ShownLink {
  title: string;
  href: string;
  target: string | null;
  rel: string | null;
}

test('the toolbar click on the seed page shows its highlights and related links', async ({ extension }, testInfo) => {
  const page = await extension.context.newPage();
  await page.goto(extension.server.pageUrl('seed-article'));
  const popup = await extension.clickToolbarButton(page);

  await popup.waitFor(`document.querySelector('[data-testid="related-links"]')`);
  const highlights = await popup.evaluate<string[]>(
    `[...document.querySelectorAll('[data-testid="highlight"]')].map((b) => b.textContent)`,
  );
  expect(highlights.length).toBeGreaterThanOrEqual(3);
  expect(highlights.length).toBeLessThanOrEqual(5);
  const pageText = await page.evaluate(() => document.body.textContent!.replace(/\s+/g, ' '));
  for (const sentence of highlights) expect(pageText).toContain(sentence);

  const links = await popup.evaluate<ShownLink[]>(
    `[...document.querySelectorAll('[data-testid="related-link"]')].map((a) => ({
      title: a.querySelector('.related-title').textContent,
      href: a.href,
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
    }))`,
  );
  expect(links.map((link) => link.href)).toEqual(seedGold.relatedLinks);
  expect(links[0]!.title).toBe('How Will the 2026 Social Security Tax Cap Affect Your Paycheck?');
  for (const link of links) {
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
  }
  await popup.screenshot(testInfo.outputPath('popup-highlights-related.png'));
});

test('Copy summary puts the Markdown summary on the clipboard', async ({ extension }, testInfo) => {
  const page = await extension.context.newPage();
  // Chromium refuses to grant permissions to an extension's origin; the clipboard is the
  // browser's, so the article page, allowed to read it, reads what the popup wrote.
  await extension.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: extension.server.origin });
  await page.goto(extension.server.pageUrl('seed-article'));
  const popup = await extension.clickToolbarButton(page);

  await popup.waitFor(`document.querySelector('[data-testid="copy-summary"]')`);
  // From the keyboard: focus the button and press Enter, as a reader tabbing to it would.
  const focused = await popup.evaluate<boolean>(
    `(() => { const b = document.querySelector('[data-testid="copy-summary"]'); b.focus(); return document.activeElement === b; })()`,
  );
  expect(focused).toBe(true);
  for (const type of ['keyDown', 'keyUp']) {
    await popup.send('Input.dispatchKeyEvent', {
      type,
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 13,
      text: '\r',
    });
  }
  await popup.waitFor(`document.querySelector('[data-testid="copy-status"]').textContent`);
  expect(await popup.text('[data-testid="copy-status"]')).toBe('Copied');
  await popup.screenshot(testInfo.outputPath('popup-copied.png'));

  await page.bringToFront(); // The popup closes, as it does when the reader clicks the page.
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown.startsWith('# Alibaba’s $53B Investment to Lead AI and Cloud Computing Innovations\n')).toBe(true);
  expect(markdown).toContain(
    'Source: [The Example News](<https://www.example-news.com/technology/cloud/alibaba-53b-investment-ai-cloud-computing>)',
  );
  expect(markdown).toContain('\n## Highlights\n');
  expect(markdown).toContain(
    '- [How Will the 2026 Social Security Tax Cap Affect Your Paycheck?](<https://www.example-news.com/personal-finance/2026-social-security-tax-cap-paycheck>)',
  );
});
