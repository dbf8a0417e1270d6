import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './e2e/support/chromium';

const isCI = Boolean(process.env['CI']);
// FGSIM_E2E_PORT lets two checkouts run their suites side by side without sharing a preview server.
const port = Number(process.env['FGSIM_E2E_PORT'] ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
// The served mode (npm run serve) on the next port: the `served` project runs its journeys there.
const servedPort = port + 1;
const servedURL = `http://127.0.0.1:${servedPort}`;
const executablePath = resolveChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  reporter: [['list'], ['html', { open: 'never' }]],
  expect: {
    toHaveScreenshot: { maxDiffPixelRatio: 0, threshold: 0.02, animations: 'disabled', caret: 'hide' },
  },
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    reducedMotion: 'reduce',
    locale: 'en-US',
    timezoneId: 'UTC',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { browserName: 'chromium' },
      testIgnore: ['served.spec.ts', 'classroom.spec.ts'],
    },
    {
      // The same console served by `npm run serve`: one device on the server, reset before each test
      // (e2e/support/fixtures.ts), reached with no service worker.
      name: 'served',
      use: { browserName: 'chromium', baseURL: servedURL },
      // classroom.spec.ts starts a class of its own (`--seats 3`) from the same build.
      testMatch: ['walkthrough.spec.ts', 'served.spec.ts', 'classroom.spec.ts'],
      metadata: { served: true },
    },
  ],
  webServer: [
    {
      command: `npm run build && npm run preview -- --port ${port}`,
      url: baseURL,
      reuseExistingServer: !isCI,
      timeout: 180_000,
    },
    {
      // Started after the first (which builds dist/); in memory, no state dir.
      command: `node bin/fgsim.mjs serve --port ${servedPort} --scenario telemetry-on`,
      url: `${servedURL}/`,
      reuseExistingServer: !isCI,
      timeout: 60_000,
    },
  ],
});
