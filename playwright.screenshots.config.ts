/**
 * `npm run screenshots` (scripts/screenshots.ts): the documentation pictures of e2e/screenshots/manifest.ts
 * into docs/screenshots/. The same browser, server and page settings as the test suite
 * (playwright.config.ts); only the tests differ, and no report is kept.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'e2e/screenshots',
  testMatch: '*.shots.ts',
  outputDir: 'test-results/screenshots',
  retries: 0,
  reporter: [['list']],
});
