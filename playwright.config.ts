import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './tests/e2e/browser';

const port = Number(process.env['E2E_PORT'] ?? 4329);
// A second origin that plays a journalist's site for the embed tests (tests/e2e/embeds.spec.ts).
const hostPort = Number(process.env['E2E_HOST_PORT'] ?? port + 10);
process.env['E2E_HOST_PORT'] = String(hostPort); // test workers inherit it
const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  // One retry in CI, reported as "flaky" in the log: in two CI runs (2 and 3 December) a page
  // stopped answering inside settle() for three minutes (/ja/classroom/lessons/light-in-glass/
  // the second time), and 40 runs of that test alone all passed. A test that fails twice
  // still fails the run; locally there is no retry, so a flake shows at once.
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  // Islands hydrate and lazy chunks load on a 2-core machine running two browsers at once.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    // A failed test keeps a trace of its actions, console and network, without DOM snapshots or
    // screenshots: snapshotting the DOM around every action made the suite about three times
    // slower (a Tab walk on /sources/ took 33 s instead of 2.5 s). For a full trace while
    // debugging a failure, run `npx playwright test <file> --trace on`.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false, sources: true },
  },
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node tests/e2e/host-server.mjs --port ${hostPort}`,
      url: `http://127.0.0.1:${hostPort}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
