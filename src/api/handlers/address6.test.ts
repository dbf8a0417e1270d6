/**
 * `firewall address6` and the IPv6 keys of `vpn.ssl/settings` over REST (docs/fortios-6.0.md §4.7).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, useDevice, type NodeDevice } from '../node';
import { expectOk, expectRefused } from '../../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const ADDR6 = '/api/v2/cmdb/firewall/address6';
const SSL = '/api/v2/cmdb/vpn.ssl/settings';

let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('factory-default');
});

describe('firewall/address6', () => {
  it('answers the factory rows in the device order, keys as 6.0 orders them', async () => {
    const env = await expectOk(() => fgt.api.get(ADDR6));
    const rows = env.results as Array<Record<string, unknown>>;
    // A real 6.0.6 backup (`#config-version=FGT40F-6.0.6-FW-build0272-191025`) lists these three.
    expect(rows.map((r) => r.name)).toEqual(['SSLVPN_TUNNEL_IPv6_ADDR1', 'all', 'none']);
    // Key order: q_origin_key first (docs §5), then terraform fortios_firewall_address6's argument
    // order for the keys fgsim has (name, uuid, type, ip6, start-ip, end-ip, fqdn, cache-ttl,
    // visibility, color, comment), with the dynamic type's sdn after type and obj-id, list after
    // color, tagging before comment, and the template type's template, subnet-segment, host-type,
    // host after it (the 6.2 CLI reference's listing: `… set color, set obj-id, config list, config
    // tagging, set comment, set template, config subnet-segment, set host-type, set host`). A REST
    // row answers every key, whatever its type.
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'q_origin_key',
      'name',
      'uuid',
      'type',
      'sdn',
      'ip6',
      'start-ip',
      'end-ip',
      'fqdn',
      'cache-ttl',
      'visibility',
      'color',
      'obj-id',
      'list',
      'tagging',
      'comment',
      'template',
      'subnet-segment',
      'host-type',
      'host',
    ]);
    expect(rows[0]).toMatchObject({ type: 'ipprefix', ip6: 'fdff:ffff::/120', 'start-ip': '::' });
    expect(rows[1]).toMatchObject({ ip6: '::/0' });
    expect(rows[2]).toMatchObject({ ip6: '::/128' });
  });

  it('a dynamic (NSX) address answers its sdn, obj-id and list after color; other types do not', async () => {
    // 6.0's dynamic keys and their order: the per-version schema (fortinet-ansible-dev
    // ansible-galaxy-fortios-collection `fortios_firewall_address6.py`: sdn `nsx`, obj-id, list in
    // v6.0.0/v6.0.5/v6.0.11) and the 6.2 CLI reference's listing (… color, obj-id, config list …).
    await expectOk(() =>
      fgt.api.post(ADDR6, {
        name: 'nsx-web',
        type: 'dynamic',
        'obj-id': 'securitygroup-10',
        list: [{ ip: 'fd00::10' }],
      }),
    );
    const row = (await expectOk(() => fgt.api.get(`${ADDR6}/nsx-web`))).results[0] as Record<string, unknown>;
    expect(Object.keys(row).slice(3, 6)).toEqual(['type', 'sdn', 'ip6']);
    expect(Object.keys(row).slice(-10, -4)).toEqual([
      'visibility',
      'color',
      'obj-id',
      'list',
      'tagging',
      'comment',
    ]);
    expect(row).toMatchObject({ sdn: 'nsx', 'obj-id': 'securitygroup-10', list: [{ ip: 'fd00::10' }] });
    await expectRefused(fgt, () => fgt.api.put(`${ADDR6}/nsx-web`, { sdn: 'aws' }), 500, -651);
    await expectRefused(fgt, () => fgt.api.post(ADDR6, { name: 't', type: 'mac' }), 500, -651);
  });

  it('makes a row with a UUID and the prefix as the device keeps it; refuses a bad one with -651', async () => {
    await expectOk(() => fgt.api.post(ADDR6, { name: 'lab', ip6: '2001:DB8:0:0::/48' }));
    const row = (await expectOk(() => fgt.api.get(`${ADDR6}/lab`))).results[0];
    expect(row).toMatchObject({ ip6: '2001:db8::/48' });
    expect(row.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    await expectRefused(fgt, () => fgt.api.put(`${ADDR6}/lab`, { ip6: '2001:db8::/200' }), 500, -651);
    await expectRefused(fgt, () => fgt.api.put(`${ADDR6}/lab`, { 'start-ip': '10.0.0.1' }), 500, -651);
  });

  it('a pool must name an address6 row (-3); a row in use is not deleted (-23); q_ref counts', async () => {
    await expectRefused(fgt, () => fgt.api.put(SSL, { 'tunnel-ipv6-pools': [{ name: 'nowhere' }] }), 500, -3);
    await expectOk(() => fgt.api.put(SSL, { 'tunnel-ipv6-pools': [{ name: 'SSLVPN_TUNNEL_IPv6_ADDR1' }] }));
    const meta = await expectOk(() => fgt.api.get(ADDR6, { with_meta: '1' }));
    expect((meta.results as Array<{ name: string; q_ref: number }>).map((r) => [r.name, r.q_ref])).toEqual([
      ['SSLVPN_TUNNEL_IPv6_ADDR1', 3],
      ['all', 0],
      ['none', 0],
    ]);
    await expectRefused(fgt, () => fgt.api.delete(`${ADDR6}/SSLVPN_TUNNEL_IPv6_ADDR1`), 500, -23);
    await expectOk(() => fgt.api.delete(`${ADDR6}/all`));
  });
});

describe('vpn.ssl/settings IPv6 keys', () => {
  it('sit where a 6.0.1 unit answers them', async () => {
    // A 6.0.1 unit's GET vpn.ssl/settings (fortiosapi example script, 2018), in its key order:
    // … tunnel-ip-pools, tunnel-ipv6-pools, dns-suffix, dns-server1, dns-server2, wins-server1,
    // wins-server2, ipv6-dns-server1, ipv6-dns-server2, ipv6-wins-server1, ipv6-wins-server2, …, port, …,
    // source-interface, source-address, source-address-negate, source-address6, source-address6-negate,
    // default-portal, … with `"tunnel-ipv6-pools": []` and `"ipv6-dns-server1": "::"`.
    const captured = [
      'tunnel-ip-pools',
      'tunnel-ipv6-pools',
      'dns-server1',
      'dns-server2',
      'ipv6-dns-server1',
      'ipv6-dns-server2',
      'ipv6-wins-server1',
      'ipv6-wins-server2',
      'port',
      'source-interface',
      'source-address',
      'source-address-negate',
      'source-address6',
      'source-address6-negate',
      'default-portal',
    ];
    const results = (await expectOk(() => fgt.api.get(SSL))).results as Record<string, unknown>;
    expect(Object.keys(results).filter((k) => captured.includes(k))).toEqual(captured);
    expect(results).toMatchObject({
      'tunnel-ipv6-pools': [],
      'ipv6-dns-server1': '::',
      'ipv6-dns-server2': '::',
      'ipv6-wins-server1': '::',
      'ipv6-wins-server2': '::',
      'source-address6': [],
      'source-address6-negate': 'disable',
    });
  });
});
