#!/usr/bin/env node
// Makes sure a Chromium exists for the Playwright tests, choosing the same binary as
// e2e/support/chromium.ts: FGSIM_CHROMIUM, else Debian's /usr/bin/chromium, else Playwright's own.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function run(command, args) {
  console.log(`ensure-browser: running ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function versionOf(executable) {
  try {
    return execFileSync(executable, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'version unknown';
  }
}

function using(executable, origin) {
  console.log(`ensure-browser: using ${executable} (${versionOf(executable)}) from ${origin}`);
  process.exit(0);
}

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function fail(message) {
  console.error(`ensure-browser: ${message}`);
  process.exit(1);
}

const fromEnv = process.env.FGSIM_CHROMIUM;
if (fromEnv) {
  if (existsSync(fromEnv)) using(fromEnv, 'FGSIM_CHROMIUM');
  fail(`FGSIM_CHROMIUM is set to ${fromEnv}, which does not exist. Fix it or unset it.`);
}

if (existsSync(SYSTEM_CHROMIUM)) using(SYSTEM_CHROMIUM, 'the system');

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (process.platform === 'linux' && isRoot && hasCommand('apt-get')) {
  console.log(`ensure-browser: ${SYSTEM_CHROMIUM} is missing; installing Debian's chromium with apt-get`);
  process.env.DEBIAN_FRONTEND = 'noninteractive';
  if (
    run('apt-get', ['update']) &&
    run('apt-get', ['install', '-y', 'chromium']) &&
    existsSync(SYSTEM_CHROMIUM)
  ) {
    using(SYSTEM_CHROMIUM, 'apt-get');
  }
  console.error('ensure-browser: apt-get could not install chromium; trying Playwright’s download instead');
}

const alreadyDownloaded = await playwrightChromium();
if (alreadyDownloaded) using(alreadyDownloaded, 'Playwright’s browser cache');

if (run('npx', ['playwright', 'install', 'chromium'])) {
  const downloaded = await playwrightChromium();
  if (downloaded) using(downloaded, 'npx playwright install');
}

fail(
  'no Chromium available. Install one (Debian: apt-get install chromium) or point FGSIM_CHROMIUM at a ' +
    'Chromium/Chrome binary, then run the tests again.',
);
