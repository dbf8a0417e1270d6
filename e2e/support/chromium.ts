import { existsSync } from 'node:fs';

/** Debian's Chromium; `npx playwright install` cannot download browsers on the CI machines. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags Chromium needs to run headless as root in a container without a GPU or network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium binary the tests launch: `FGSIM_CHROMIUM` if set, else the system Chromium if present,
 * else undefined so Playwright uses its own downloaded browser. scripts/ensure-browser.mjs mirrors this.
 */
export function resolveChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env['FGSIM_CHROMIUM'];
  if (fromEnv) return fromEnv;
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  return undefined;
}
