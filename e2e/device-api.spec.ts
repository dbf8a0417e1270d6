/**
 * The in-browser device through its REST door, as any script on the page sees it (reference §11,
 * DESIGN.md rule 5): log in with the page's own fetch, read the interfaces, change FortiTelemetry on
 * `internal`, and check that a reload keeps it, `?scenario=` restores the scenario, and corrupt stored
 * data falls back to the default scenario with a visible notice.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  deviceRequest,
  logInFromPage as login,
  openDevicePage as open,
  reloadDevicePage as reload,
} from './support/device-api';

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- envelopes are read field by field
  body: any;
}

/** `fetch` inside the page, with the CSRF token from the `ccsrftoken` cookie on writes, as the GUI sends it. */
const api = (page: Page, method: string, path: string, body?: unknown): Promise<Answer> =>
  deviceRequest(page, method, path, body);

const fortiheartbeatOfInternal = async (page: Page): Promise<string> => {
  const { status, body } = await api(page, 'GET', '/api/v2/cmdb/system/interface/internal');
  expect(status).toBe(200);
  return body.results[0].fortiheartbeat;
};

test('the REST door in the page: login, read, a change that survives reload, ?scenario= restores', async ({
  page,
}) => {
  await open(page, '/?scenario=telemetry-on');
  // Neither before the # nor in the screen's address after it (src/app/address.ts).
  expect(page.url()).not.toContain('scenario=');

  expect((await api(page, 'GET', '/api/v2/cmdb/system/interface')).status).toBe(401);
  expect(await login(page)).toMatch(/^1/);
  expect(await page.evaluate(() => document.cookie)).toMatch(/APSCOOKIE_\d+=/);

  const { status, body } = await api(page, 'GET', '/api/v2/cmdb/system/interface');
  expect(status).toBe(200);
  expect(body).toMatchObject({
    http_method: 'GET',
    status: 'success',
    http_status: 200,
    vdom: 'root',
    path: 'system',
    name: 'interface',
    serial: 'FGT60E4Q17000000',
    version: 'v6.0.4',
    build: 231,
  });
  const names = body.results.map((r: { name: string }) => r.name);
  for (const name of [
    'wan1',
    'wan2',
    'dmz',
    'internal',
    'modem',
    'ssl.root',
    'HQ-to-Branch',
    'FCT-Dialup',
    'DC-Backup',
  ])
    expect(names).toContain(name);
  expect(body.results.find((r: { name: string }) => r.name === 'internal')).toMatchObject({
    type: 'hard-switch',
    ip: '192.168.1.99 255.255.255.0',
    fortiheartbeat: 'enable',
  });

  const refused = await page.evaluate(async () => {
    const response = await fetch('/api/v2/cmdb/system/interface/internal', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fortiheartbeat: 'disable' }),
    });
    return response.status;
  });
  expect(refused).toBe(403);

  const put = await api(page, 'PUT', '/api/v2/cmdb/system/interface/internal', { fortiheartbeat: 'disable' });
  expect(put.status).toBe(200);
  expect(put.body).toMatchObject({ status: 'success', mkey: 'internal' });
  expect(put.body.revision).not.toBe(body.revision);

  await reload(page);
  expect(await fortiheartbeatOfInternal(page)).toBe('disable');

  await open(page, '/?scenario=telemetry-on');
  expect(await fortiheartbeatOfInternal(page)).toBe('enable');
});

test('corrupt stored data: the notice, and the default scenario', async ({ page }) => {
  await open(page, '/?scenario=factory-default');
  expect(await login(page)).toMatch(/^1/);
  expect((await api(page, 'GET', '/api/v2/cmdb/vpn.ipsec/phase1-interface')).body.results).toHaveLength(0);

  // The snapshot in IndexedDB (src/api/device-store.ts) made unreadable.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('fgsim');
        request.onsuccess = () => {
          const tx = request.result.transaction('snapshot', 'readwrite');
          tx.objectStore('snapshot').put({ changes: 1, text: '{"format": 1, "scenario": ' }, 'device');
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await reload(page);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'telemetry-on' })).toBeVisible();

  const tunnels = await api(page, 'GET', '/api/v2/cmdb/vpn.ipsec/phase1-interface');
  expect(tunnels.body.results.map((r: { name: string }) => r.name)).toEqual([
    'HQ-to-Branch',
    'FCT-Dialup',
    'DC-Backup',
  ]);
  expect(await fortiheartbeatOfInternal(page)).toBe('enable');
});

test('a change made in one tab is announced to, and read by, another tab without a reload', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await open(first, '/?scenario=telemetry-on');
  await open(second, '/');
  expect(await login(first)).toMatch(/^1/);
  expect(await fortiheartbeatOfInternal(second)).toBe('enable');

  await second.evaluate(() => {
    const channel = new BroadcastChannel('fgsim-revision');
    const w = window as unknown as { nextRevision: Promise<unknown> };
    w.nextRevision = new Promise((resolve) => (channel.onmessage = (e) => resolve(e.data)));
  });
  const put = await api(first, 'PUT', '/api/v2/cmdb/system/interface/internal', {
    fortiheartbeat: 'disable',
  });
  expect(put.status).toBe(200);
  const announced = await second.evaluate(
    () => (window as unknown as { nextRevision: Promise<unknown> }).nextRevision,
  );
  expect(announced).toBe(put.body.revision);
  expect(await fortiheartbeatOfInternal(second)).toBe('disable');
});
