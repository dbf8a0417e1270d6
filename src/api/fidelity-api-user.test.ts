/**
 * The REST door's `system/api-user` rows, key by key (names and order), and its refusals of bad
 * values (issue 13; docs/fortios-6.0.md §4.8).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, useDevice, type NodeDevice } from './node';
import { expectOk, expectRefused } from '../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const API_USER = '/api/v2/cmdb/system/api-user';
let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('telemetry-on');
});

/*
 * A 6.0.4 row's keys: the 6.0.5 module's ten (ansible/ansible lib/ansible/modules/network/fortios/
 * fortios_system_api_user.py), in the 6.0.0 CLI reference's order (docs.fortinet.com/document/
 * fortigate/6.0.0/cli-reference/883891: name, comments, api-key, accprofile, config vdom, schedule,
 * cors-allow-origin, peer-auth, peer-group, config trusthost). No captured 6.0 GET of this table was
 * found; **Decision** (docs §4.8): a row answers its keys in that order, after `q_origin_key`, as the
 * other tables' rows do.
 */
const KEYS_6_0_4 = [
  'q_origin_key',
  'name',
  'comments',
  'api-key',
  'accprofile',
  'vdom',
  'schedule',
  'cors-allow-origin',
  'peer-auth',
  'peer-group',
  'trusthost',
];

describe('system/api-user over REST', () => {
  it("answers a row's keys in the device's order, its trusted hosts each with their own", async () => {
    // The row is the FortiOS 6.0.4 REST API Reference's "Create API admin" listing (comments,
    // accprofile, vdom "root", trusthost 1 = 192.168.10.0 255.255.255.0), with an IPv6 host added.
    await expectOk(() =>
      fgt.api.post(API_USER, {
        name: 'api-admin',
        comments: 'admin for API access only',
        accprofile: 'super_admin',
        vdom: [{ name: 'root' }],
        trusthost: [
          { id: 1, 'ipv4-trusthost': '192.168.10.0 255.255.255.0' },
          { id: 2, type: 'ipv6-trusthost', 'ipv6-trusthost': '2001:db8::/32' },
        ],
      }),
    );
    const env = await expectOk(() => fgt.api.get(`${API_USER}/api-admin`));
    const row = env.results[0];
    expect(Object.keys(row)).toEqual(KEYS_6_0_4);
    expect(row).toMatchObject({ 'peer-auth': 'disable', 'peer-group': '' });
    // The sub-table's keys: the 6.0.0 CLI reference's `id`, `type`, `ipv4-trusthost`, `ipv6-trusthost`.
    expect(row.trusthost.map((t: Record<string, unknown>) => Object.keys(t))).toEqual([
      ['q_origin_key', 'id', 'type', 'ipv4-trusthost', 'ipv6-trusthost'],
      ['q_origin_key', 'id', 'type', 'ipv4-trusthost', 'ipv6-trusthost'],
    ]);
    expect(row.trusthost[0]).toMatchObject({
      id: 1,
      type: 'ipv4-trusthost',
      'ipv4-trusthost': '192.168.10.0 255.255.255.0',
    });
    expect(row.trusthost[1]).toMatchObject({
      id: 2,
      type: 'ipv6-trusthost',
      'ipv6-trusthost': '2001:db8::/32',
    });
  });

  it('refuses a peer group that is no user group, a bad option and a bad address; the device unchanged', async () => {
    await expectOk(() => fgt.api.post(API_USER, { name: 'ci', accprofile: 'super_admin' }));
    // The datasource error (-3) and the bad value (-651), as the device answers them elsewhere
    // (docs/fortios-6.0.md §5).
    await expectRefused(fgt, () => fgt.api.put(`${API_USER}/ci`, { 'peer-group': 'no-such-group' }), 500, -3);
    await expectRefused(fgt, () => fgt.api.put(`${API_USER}/ci`, { 'peer-auth': 'maybe' }), 500, -651);
    await expectRefused(
      fgt,
      () => fgt.api.put(`${API_USER}/ci`, { trusthost: [{ id: 1, type: 'ipv5-trusthost' }] }),
      500,
      -651,
    );
    await expectRefused(
      fgt,
      () =>
        fgt.api.put(`${API_USER}/ci`, { trusthost: [{ id: 1, 'ipv4-trusthost': '300.1.1.1 255.0.0.0' }] }),
      500,
      -651,
    );
    await expectOk(() =>
      fgt.api.put(`${API_USER}/ci`, { 'peer-auth': 'enable', 'peer-group': 'SSLVPN-Users' }),
    );
    const env = await expectOk(() => fgt.api.get(`${API_USER}/ci`));
    expect(env.results[0]).toMatchObject({ 'peer-auth': 'enable', 'peer-group': 'SSLVPN-Users' });
  });
});
