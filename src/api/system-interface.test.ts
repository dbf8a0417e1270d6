/**
 * The 6.0 keys of `config system interface` through the REST door (issue 13, docs/fortios-6.0.md §4.1):
 * a row carries every key, in the device's order, stored as the device stores it; a bad value of a new
 * key is refused with -651 and changes nothing; `?action=schema` describes the new keys and sub-tables.
 * Keys and options: the 6.0.2 ansible module (ansible/ansible lib/ansible/modules/network/fortios/
 * fortios_system_interface.py).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, useDevice, type NodeDevice } from './node';
import { expectOk, expectRefused } from '../test/rest';
import { SYSTEM_INTERFACE_KEYS, SYSTEM_INTERFACE_LEFT_OUT } from '../test/system-interface-6.0';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const IF = '/api/v2/cmdb/system/interface';
let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('telemetry-on');
});

const rowOf = async (name: string): Promise<Record<string, unknown>> => {
  const env = await expectOk(() => fgt.api.get(`${IF}/${name}`));
  return (env.results as Array<Record<string, unknown>>)[0] as Record<string, unknown>;
};

describe('system interface rows carry every 6.0 key', () => {
  it("a row has each of the 6.0.2 module's keys fgsim keeps, in the device's order", async () => {
    const row = await rowOf('wan1');
    const keys = Object.keys(row).filter((k) => k !== 'q_origin_key');
    for (const k of SYSTEM_INTERFACE_KEYS)
      if (!SYSTEM_INTERFACE_LEFT_OUT.includes(k)) expect(keys, k).toContain(k);
    // The device's order (docs §4.1): a real full configuration's run `mode, distance, priority,
    // dhcp-relay-service, …, ip, allowaccess, fail-detect, pptp-client, arpforward, broadcast-forward,
    // bfd, l2forward, icmp-send-redirect`; `type` after `status`; `role`, `snmp-index`, then `ipv6`.
    const run = ['name', 'vdom', 'fortilink', 'mode', 'distance', 'priority', 'dhcp-relay-service'];
    expect(keys.slice(0, run.length)).toEqual(run);
    const order = [
      'ip',
      'allowaccess',
      'fail-detect',
      'pptp-client',
      'arpforward',
      'broadcast-forward',
      'bfd',
    ];
    expect(order.map((k) => keys.indexOf(k))).toEqual(
      [...order.map((k) => keys.indexOf(k))].sort((a, b) => a - b),
    );
    expect(keys.indexOf('status')).toBeLessThan(keys.indexOf('type'));
    expect(keys.indexOf('snmp-index')).toBeLessThan(keys.indexOf('ipv6'));
    expect(row.ipv6).toMatchObject({ 'ip6-mode': 'static', 'nd-mode': 'basic', 'ip6-address': '::/0' });
    expect(row.secondaryip).toEqual([]);
    expect(row['substitute-dst-mac']).toBe('00:00:00:00:00:00');
  });

  it('a PUT of new keys is stored as the device stores them, and read back', async () => {
    await expectOk(() =>
      fgt.api.put(`${IF}/dmz`, {
        macaddr: '00:09:0F:AA:BB:01',
        distance: 10,
        'secondary-IP': 'enable',
        secondaryip: [{ id: 1, ip: '10.10.20.1/24', allowaccess: 'ping ssh' }],
        ipv6: { 'ip6-address': '2001:DB8::1/64', 'ip6-allowaccess': 'ping https' },
        vrrp: [{ vrid: 5, vrip: '10.10.10.254' }],
      }),
    );
    const row = await rowOf('dmz');
    expect(row.macaddr).toBe('00:09:0f:aa:bb:01');
    expect(row.distance).toBe(10);
    expect(row.secondaryip).toEqual([
      expect.objectContaining({ id: 1, ip: '10.10.20.1 255.255.255.0', allowaccess: 'ping ssh' }),
    ]);
    expect(row.ipv6).toMatchObject({ 'ip6-address': '2001:db8::1/64', 'ip6-allowaccess': 'ping https' });
    expect(row.vrrp).toEqual([expect.objectContaining({ vrid: 5, vrip: '10.10.10.254', priority: 100 })]);
  });

  it.each([
    ['a MAC address that is not one', { macaddr: '00:09:0f:00:01' }],
    ['a distance out of its range (1 - 255)', { distance: 0 }],
    ['an option 6.0 does not have', { speed: '10000full' }],
    ['an IPv6 access keyword IPv4 has but IPv6 does not', { ipv6: { 'ip6-allowaccess': 'radius-acct' } }],
    ['a secondary IP that is not an address', { secondaryip: [{ id: 1, ip: '300.1.1.1/24' }] }],
    ['a VRRP router id past 255', { vrrp: [{ vrid: 256 }] }],
  ])('refuses %s with -651 and changes nothing', async (_what, body) => {
    await expectRefused(fgt, () => fgt.api.put(`${IF}/dmz`, body), 500, -651);
  });

  it('refuses a captive-portal group that does not exist with -3 (no such entry), as any reference', async () => {
    await expectRefused(
      fgt,
      () => fgt.api.put(`${IF}/dmz`, { 'security-groups': [{ name: 'no-such-group' }] }),
      500,
      -3,
    );
  });

  it('?action=schema describes the new keys, the MAC kind and the sub-tables', async () => {
    const env = await expectOk(() => fgt.api.get(`${IF}?action=schema`));
    const children = (env.results as { children: Record<string, Record<string, unknown>> }).children;
    expect(children['substitute-dst-mac']).toMatchObject({ category: 'unitary', type: 'mac-address' });
    expect(children.distance).toMatchObject({
      type: 'integer',
      'min-value': 1,
      'max-value': 255,
      default: 5,
    });
    expect(children.secondaryip).toMatchObject({ category: 'table', mkey: 'id' });
    expect(children.ipv6).toMatchObject({ category: 'complex' });
    expect(Object.keys(children)).not.toContain('vrf');
  });

  it('?action=schema words each option of the new keys, in sub-tables too (docs §5.2.1)', async () => {
    // poroping/terraform-provider-fortios v2/codegen/apischema/auto-merge/system_interface.json, the
    // schema answers of real 6.2.7+ units; the secondary IP's `capwap` the 6.0.0 Handbook's
    // (docs.fortinet.com/document/fortigate/6.0.0/handbook/909236).
    type Node = { options?: Array<{ name: string; help: string }>; children?: Record<string, Node> };
    const env = await expectOk(() => fgt.api.get(`${IF}?action=schema`));
    const children = (env.results as { children: Record<string, Node> }).children;
    expect(children['min-links-down']?.options).toEqual([
      { name: 'operational', help: 'Set the aggregate operationally down.' },
      { name: 'administrative', help: 'Set the aggregate administratively down.' },
    ]);
    expect(children.ipv6?.children?.['nd-mode']?.options).toEqual([
      { name: 'basic', help: 'Do not support SEND.' },
      { name: 'SEND-compatible', help: 'Support SEND.' },
    ]);
    expect(children.ipv6?.children?.vrrp6?.children?.status?.options).toEqual([
      { name: 'enable', help: 'Enable VRRP.' },
      { name: 'disable', help: 'Disable VRRP.' },
    ]);
    expect(children.vrrp?.children?.status?.options).toEqual([
      { name: 'enable', help: 'Enable this VRRP configuration.' },
      { name: 'disable', help: 'Disable this VRRP configuration.' },
    ]);
    expect(children.secondaryip?.children?.allowaccess?.options).toContainEqual({
      name: 'capwap',
      help: 'CAPWAP access.',
    });
  });
});
