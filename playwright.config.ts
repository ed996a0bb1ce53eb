import { defineConfig } from '@playwright/test';

// Drives the *built* extension (.output/chrome-mv3; `npm test` builds it first) in
// Debian's Chromium. One worker: each test launches its own browser and the machines we
// run on have two cores.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  // A test.only left in a commit would silently skip the rest in CI.
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
});
