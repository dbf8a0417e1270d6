/**
 * `--https`: a self-signed certificate made once and kept in the state dir (the same one on the next
 * start), valid for 127.0.0.1, and the cookies gain `secure` as 6.0 sets them over HTTPS.
 */
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startServed } from './device';
import { selfSignedIn } from './tls';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fgsim-https-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function post(
  url: string,
  ca: string,
  body: string,
): Promise<{ status: number; cookies: string[]; text: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      { method: 'POST', ca, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, cookies: res.headers['set-cookie'] ?? [], text }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

it('serves HTTPS with a certificate kept in the state dir; cookies are secure', async () => {
  const lines: string[] = [];
  const tls = await selfSignedIn(dir, '127.0.0.1', (l) => lines.push(l));
  expect(lines[0]).toMatch(/made a self-signed certificate/);
  const again = await selfSignedIn(dir, '127.0.0.1', (l) => lines.push(l));
  expect(again.cert).toBe(tls.cert);
  expect(lines[1]).toMatch(/using the certificate kept in/);

  const served = await startServed({
    port: 0,
    scenario: null,
    fallback: 'telemetry-on',
    stateDir: dir,
    distDir: null,
    tls,
  });
  try {
    expect(served.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
    // Verified against the certificate itself: it is valid for the address served.
    const r = await post(`${served.url}logincheck`, tls.cert, 'username=admin&secretkey=&ajax=1');
    expect(r.status).toBe(200);
    expect(r.text.startsWith('1')).toBe(true);
    expect(r.cookies[0]).toMatch(/; path=\/; HttpOnly; secure/);
    expect(r.cookies[1]).toMatch(/^ccsrftoken="[0-9A-F]{32}"; path=\/; secure/);
  } finally {
    await served.close();
  }
}, 60_000);
