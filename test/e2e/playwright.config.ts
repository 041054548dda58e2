import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './chromium',
  // Each test starts its own Chromium with the extension; two at once is what a 2-core machine takes.
  workers: 1,
  // Once more on failure: a browser launch on a shared 2-core CI machine can stall. A test that
  // passes only when run again is still named in npm test's summary (scripts/test.mjs).
  retries: 1,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../../.tmp/e2e-chromium.json' }]],
  outputDir: '../../.tmp/playwright-output',
});
