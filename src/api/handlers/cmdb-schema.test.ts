/**
 * `GET /api/v2/cmdb?action=schema`: every table's schema in one answer. Its form is the one the tools
 * that read a unit's whole schema rely on: fortinet-ansible-dev/fortios-ansible-generator
 * `scripts/download_fgt_schema.sh` fetches `https://<fgt>/api/v2/cmdb?action=schema`, and its
 * `scripts/merge_schema.py` takes `version` and `build` from the answer and reads each item of
 * `results` as exactly three keys, `path`, `name` and `schema` (`assert (len(api_item) == 3)`), the
 * schema a table's own `?action=schema` answers (`children`, `options` …). docs/fortios-6.0.md §5.4.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScenario, FixedClock, restPathOf, tables } from '../../device';
import { server, useDevice } from '../node';
import { expectOk, expectRefused } from '../../test/rest';

type Children = Record<string, { options?: Array<{ name: string; help: string }> }>;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('the whole CMDB schema (action=schema on /api/v2/cmdb)', () => {
  const fgt = useDevice('telemetry-on');

  it('lists every modelled table as {path, name, schema}, each the table’s own schema answer', async () => {
    const env = await expectOk(() => fgt.api.get('/api/v2/cmdb', { action: 'schema' }));
    expect(env).toMatchObject({
      http_method: 'GET',
      action: 'schema',
      status: 'success',
      version: 'v6.0.4',
      build: 231,
    });
    // It is about no one table: no path or name beside the results.
    expect(env).not.toHaveProperty('path');
    expect(env).not.toHaveProperty('name');
    const items = env.results as Array<{ path: string; name: string; schema: Record<string, unknown> }>;
    expect(items.map((i) => `${i.path}/${i.name}`)).toEqual(tables.map((t) => restPathOf(t)));
    for (const item of items) expect(Object.keys(item)).toEqual(['path', 'name', 'schema']);
    const vpn = items.find((i) => i.path === 'vpn.ipsec' && i.name === 'phase1-interface');
    const own = await expectOk(() =>
      fgt.api.get('/api/v2/cmdb/vpn.ipsec/phase1-interface', { action: 'schema' }),
    );
    expect(vpn?.schema).toEqual(own.results);
    const iface = items.find((i) => i.path === 'system' && i.name === 'interface');
    expect(iface?.schema).toMatchObject({ category: 'table', mkey: 'name' });
    expect((iface?.schema.children as Record<string, unknown>)['fortiheartbeat']).toMatchObject({
      type: 'option',
      default: 'disable',
    });
    // No fgsim GUI keys unless its console asks.
    expect(JSON.stringify(items)).not.toContain('"label"');
  });

  it('words each option as 6.0 does, the same words as the CLI’s set <key> ?', async () => {
    const env = await expectOk(() => fgt.api.get('/api/v2/cmdb', { action: 'schema' }));
    const items = env.results as Array<{ path: string; name: string; schema: { children: Children } }>;
    const children = (path: string, name: string): Children =>
      items.find((i) => i.path === path && i.name === name)?.schema.children ?? {};
    // A 6.2.7 unit's schema answer (poroping/terraform-provider-fortios
    // v2/codegen/apischema/auto-merge/system_interface.json): `mode`'s three options.
    expect(children('system', 'interface')['mode']?.options).toEqual([
      { name: 'static', help: 'Static setting.' },
      { name: 'dhcp', help: 'External DHCP client mode.' },
      { name: 'pppoe', help: 'External PPPoE mode.' },
    ]);
    // …/system_csf.json: `status`.
    expect(children('system', 'csf')['status']?.options).toEqual([
      { name: 'enable', help: 'Enable Security Fabric.' },
      { name: 'disable', help: 'Disable Security Fabric.' },
    ]);
    // …/vpn.ipsec_phase1_interface.json: a proposal's help is its own name.
    expect(children('vpn.ipsec', 'phase1-interface')['proposal']?.options?.[0]).toEqual({
      name: 'des-md5',
      help: 'des-md5',
    });
    // A table's own answer says the same.
    const own = await expectOk(() => fgt.api.get('/api/v2/cmdb/system/global', { action: 'schema' }));
    // …/system_global.json: `av-failopen`.
    expect((own.results as { children: Children }).children['av-failopen']?.options).toEqual([
      {
        name: 'pass',
        help: 'Bypass the antivirus system when memory is low. Antivirus scanning resumes when the low memory condition is resolved.',
      },
      {
        name: 'off',
        help: 'Stop accepting new AV sessions when entering conserve mode, but continue to process current active sessions.',
      },
      { name: 'one-shot', help: 'Bypass the antivirus system when memory is low.' },
    ]);
  });

  it('answers with and without the trailing slash, with an ETag', async () => {
    const a = await fgt.api.get('/api/v2/cmdb/', { action: 'schema' });
    expect(a.status).toBe(200);
    expect(a.headers.get('ETag')).toMatch(/^"[0-9a-f]+"$/);
    const b = await fgt.api.send('GET', '/api/v2/cmdb/?action=schema', {
      headers: { 'If-None-Match': a.headers.get('ETag') ?? '' },
    });
    expect(b.status).toBe(304);
    expect((await fgt.api.get('/api/v2/cmdb', { action: 'schema' })).status).toBe(200);
  });

  it('carries the GUI labels only when fgsim’s console asks', async () => {
    const env = await expectOk(() => fgt.api.get('/api/v2/cmdb', { action: 'schema', fgsim_gui: '1' }));
    const settings = (
      env.results as Array<{ name: string; schema: { children: Record<string, { label?: string }> } }>
    ).find((i) => i.name === 'settings' && JSON.stringify(i.schema).includes('gui-endpoint-control'));
    expect(settings?.schema.children['gui-endpoint-control']?.label).toBeTruthy();
  });

  it('is a 404 without action=schema, and leaves the device as it was', async () => {
    const before = JSON.stringify(fgt.device.state.config);
    const bare = await expectRefused(fgt, () => fgt.api.get('/api/v2/cmdb'), 404);
    expect(bare.body).not.toHaveProperty('action');
    await expectRefused(fgt, () => fgt.api.get('/api/v2/cmdb', { action: 'default' }), 404);
    expect(JSON.stringify(fgt.device.state.config)).toBe(before);
  });
});

describe('the whole CMDB schema on large', () => {
  it('answers in well under a second', async () => {
    const fgt = useDevice('large', buildScenario('large', new FixedClock()));
    const started = performance.now();
    const env = await expectOk(() => fgt.api.get('/api/v2/cmdb', { action: 'schema' }));
    const took = performance.now() - started;
    expect((env.results as unknown[]).length).toBe(tables.length);
    expect(took).toBeLessThan(1000);
  }, 60_000);
});
