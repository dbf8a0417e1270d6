/**
 * CMDB read options through the handlers (reference §11): filter operators, comma = OR, repeated
 * filter = AND, format, start/count. Expected rows come from the `telemetry-on` definition (§12):
 * interfaces dmz, wan1, wan2, modem, ssl.root, internal (a real 60E's order and snmp-index 1-6,
 * docs/fortios-6.0.md §4.1), then the tunnels HQ-to-Branch, FCT-Dialup (both on wan1) and DC-Backup (on wan2).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, useDevice, type NodeDevice } from './node';
import { expectOk, expectRefused } from '../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const IF = '/api/v2/cmdb/system/interface';
let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('telemetry-on');
});

async function namesFor(query: Record<string, string | string[]>): Promise<string[]> {
  const env = await expectOk(() => fgt.api.get(IF, query));
  return env.results.map((r: { name: string }) => r.name);
}

describe('filter', () => {
  it('== and != match whole values', async () => {
    expect((await namesFor({ filter: 'fortiheartbeat==enable' })).sort()).toEqual(
      ['DC-Backup', 'FCT-Dialup', 'HQ-to-Branch', 'dmz', 'internal', 'ssl.root'].sort(),
    );
    expect(await namesFor({ filter: 'type!=tunnel' })).toEqual(['dmz', 'wan1', 'wan2', 'modem', 'internal']);
  });

  it('=@ contains and !@ does not contain', async () => {
    expect(await namesFor({ filter: 'alias=@SSL' })).toEqual(['ssl.root']);
    expect(await namesFor({ filter: ['type==physical', 'allowaccess!@fgfm'] })).toEqual(['modem']);
  });

  it('<, <=, >, >= compare numbers as numbers', async () => {
    expect(await namesFor({ filter: 'snmp-index<3' })).toEqual(['dmz', 'wan1']);
    expect(await namesFor({ filter: 'snmp-index<=3' })).toEqual(['dmz', 'wan1', 'wan2']);
    expect(await namesFor({ filter: ['snmp-index>4', 'type==tunnel'] })).toEqual([
      'ssl.root',
      'HQ-to-Branch',
      'FCT-Dialup',
      'DC-Backup',
    ]);
    expect(await namesFor({ filter: 'snmp-index>=9' })).toEqual(['DC-Backup']);
  });

  it('comma is OR, a repeated filter is AND', async () => {
    expect(await namesFor({ filter: 'role==wan,role==dmz' })).toEqual(['dmz', 'wan1', 'wan2']);
    expect(await namesFor({ filter: ['type==tunnel', 'interface==wan1'] })).toEqual([
      'HQ-to-Branch',
      'FCT-Dialup',
    ]);
    expect(await namesFor({ filter: ['type==tunnel', 'interface==wan1,interface==wan2'] })).toEqual([
      'HQ-to-Branch',
      'FCT-Dialup',
      'DC-Backup',
    ]);
  });

  it('matches lists of names by their names', async () => {
    // The 60E's switch ports are rows of system virtual-switch (docs/fortios-6.0.md §4.2).
    const env = await expectOk(() =>
      fgt.api.get('/api/v2/cmdb/system/virtual-switch', { filter: 'port=@internal3' }),
    );
    expect(env.results.map((r: { name: string }) => r.name)).toEqual(['internal']);
  });

  it('counts what matched in the envelope', async () => {
    const env = await expectOk(() => fgt.api.get(IF, { filter: 'role==wan', count: '1' }));
    expect(env).toMatchObject({ size: 9, matched_count: 2, next_idx: 1 });
  });

  it('refuses a filter on an unknown field or without an operator (-651)', async () => {
    await expectRefused(fgt, () => fgt.api.get(IF, { filter: 'colour==red' }), 500, -651);
    await expectRefused(fgt, () => fgt.api.get(IF, { filter: 'name' }), 500, -651);
  });
});

describe('format', () => {
  it('returns only the fields asked for', async () => {
    const env = await expectOk(() => fgt.api.get(IF, { format: 'name|ip' }));
    // Every CMDB row starts with q_origin_key, format= or not (docs/fortios-6.0.md §5).
    expect(env.results[5]).toEqual({
      q_origin_key: 'internal',
      name: 'internal',
      ip: '192.168.1.99 255.255.255.0',
    });
    const row = await expectOk(() => fgt.api.get(`${IF}/dmz`, { format: 'role' }));
    expect(row.results).toEqual([{ q_origin_key: 'dmz', role: 'dmz' }]);
    const single = await expectOk(() => fgt.api.get('/api/v2/cmdb/vpn.ssl/settings', { format: 'port' }));
    expect(single.results).toEqual({ port: 10443 });
  });
});

describe('start and count', () => {
  it('page through the rows in table order', async () => {
    expect(await namesFor({ start: '1', count: '2' })).toEqual(['wan1', 'wan2']);
    expect(await namesFor({ start: '7' })).toEqual(['FCT-Dialup', 'DC-Backup']);
    expect(await namesFor({ start: '20' })).toEqual([]);
    expect(await namesFor({ count: '0' })).toEqual([]);
  });

  it('page after filtering', async () => {
    expect(await namesFor({ filter: 'type==tunnel', start: '1', count: '2' })).toEqual([
      'HQ-to-Branch',
      'FCT-Dialup',
    ]);
  });

  it('refuse a negative or non-numeric start or count (-651)', async () => {
    await expectRefused(fgt, () => fgt.api.get(IF, { start: '-1' }), 500, -651);
    await expectRefused(fgt, () => fgt.api.get(IF, { count: 'ten' }), 500, -651);
  });
});
