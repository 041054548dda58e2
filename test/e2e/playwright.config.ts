import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './chromium',
  // Each test starts its own Chromium with the extension; two at once is what a 2-core machine takes.
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../../.tmp/e2e-chromium.json' }]],
  outputDir: '../../.tmp/playwright-output',
});
