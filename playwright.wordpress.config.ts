/**
 * `npm run test:wordpress` (scripts/test-wordpress.mjs starts WordPress and our test build, then
 * runs this): our widgets embedded in a real WordPress, as journalists paste them.
 */
import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './tests/e2e/browser';

export default defineConfig({
  testDir: 'tests/wordpress',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 120_000,
  expect: { timeout: 20_000 },
  outputDir: 'test-results/wordpress',
  use: {
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false, sources: true },
  },
});
