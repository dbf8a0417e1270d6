import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './e2e/support/chromium';

const isCI = Boolean(process.env['CI']);
// FGSIM_E2E_PORT lets two checkouts run their suites side by side without sharing a preview server.
const port = Number(process.env['FGSIM_E2E_PORT'] ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
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
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npm run build && npm run preview -- --port ${port}`,
    url: baseURL,
    reuseExistingServer: !isCI,
    timeout: 180_000,
  },
});
