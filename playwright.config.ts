import { defineConfig } from '@playwright/test';

// Drives the *built* extension in Debian's browsers: `chromium` (.output/chrome-mv3) and
// `firefox` (.output/firefox-mv3, Firefox ESR over WebDriver BiDi: tests/e2e/firefox);
// `npm test` builds both first. One worker: each test launches its own browser (the
// Firefox file shares one) and the machines we run on have two cores.
export default defineConfig({
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  // A test.only left in a commit would silently skip the rest in CI.
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  projects: [
    { name: 'chromium', testDir: 'tests/e2e', testIgnore: /tests\/e2e\/firefox\// },
    { name: 'firefox', testDir: 'tests/e2e/firefox' },
  ],
});
