/**
 * The console's files as the served mode sends them: index.html marked `data-fgsim-served` (so the
 * page starts no device of its own) and without the in-tab device's preload; files only from inside
 * the build directory; the console's routes answered with index.html.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServed, type ServedDevice } from './device';
import { servedIndex } from './static';

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <script type="module" crossorigin src="/assets/index-X.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/revision-Y.js">
    <link rel="modulepreload" crossorigin href="/assets/browser-Z.js">
  </head>
  <body><div id="root"></div></body>
</html>`;

let dir: string;
let served: ServedDevice;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fgsim-dist-'));
  fs.mkdirSync(path.join(dir, 'dist/assets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'dist/index.html'), BUILT);
  fs.writeFileSync(path.join(dir, 'dist/assets/index-X.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the build');
  served = await startServed({
    port: 0,
    scenario: null,
    fallback: 'telemetry-on',
    stateDir: null,
    distDir: path.join(dir, 'dist'),
  });
});
afterAll(async () => {
  await served.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('marks index.html as served and drops only the in-tab device preload', () => {
  const html = servedIndex(BUILT);
  expect(html).toContain('<html lang="en" data-fgsim-served="true">');
  expect(html).not.toContain('browser-Z.js');
  expect(html).toContain('revision-Y.js');
});

it("names a seat's own CSRF cookie on its page, and only a seat's", () => {
  expect(servedIndex(BUILT, 'ccsrftoken_3045627312')).toContain(
    '<html lang="en" data-fgsim-served="true" data-fgsim-csrf-cookie="ccsrftoken_3045627312">',
  );
  // Whatever the name, it cannot end the attribute.
  expect(servedIndex(BUILT, 'x"><script>')).toContain('data-fgsim-csrf-cookie="xscript"');
  expect(servedIndex(BUILT)).not.toContain('data-fgsim-csrf-cookie');
});

it('serves build files, index.html for console routes, and nothing outside the build', async () => {
  const js = await fetch(`${served.url}assets/index-X.js`);
  expect(js.status).toBe(200);
  expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
  expect(await js.text()).toBe('console.log(1)');
  for (const route of [
    '',
    'dashboard/status',
    'network/interfaces?x=1',
    '..%2Fsecret.txt',
    '%2e%2e/secret.txt',
    'assets/../../secret.txt',
  ]) {
    const r = await fetch(`${served.url}${route}`);
    const text = await r.text();
    expect(text, route).toContain('data-fgsim-served="true"');
    expect(text).not.toContain('outside the build');
  }
});
