/**
 * The monitor door (reference §9, §11) on `telemetry-on`: system status, interface state, the
 * registered FortiClient summary and list, and the actions on endpoints. Expected values are those of
 * the reference (§1) and the six endpoints the scenario defines (§12).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, useDevice, type NodeDevice } from '../node';
import { expectMonitorOk, expectOk, expectRefused } from '../../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const M = '/api/v2/monitor';
const ACTION = `${M}/endpoint-control/registration`;
let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('telemetry-on');
});

interface Rec {
  uid: string;
  mac: string;
  host_name: string;
  compliance: string;
  blocked: boolean;
  intf_name: string;
}
const records = async (query?: Record<string, string>): Promise<Rec[]> =>
  (await expectMonitorOk(() => fgt.api.get(`${M}/endpoint-control/record-list`, query))).results;
const byHost = async (host: string): Promise<Rec> => {
  const found = (await records()).find((r) => r.host_name === host);
  if (!found) throw new Error(`no endpoint ${host}`);
  return found;
};

describe('system', () => {
  it('status: the 60E of §1 in results, serial/version/build in the envelope, action only when named', async () => {
    const env = await expectMonitorOk(() => fgt.api.get(`${M}/system/status`));
    expect(env.results).toEqual({
      model_name: 'FortiGate',
      model_number: '60E',
      model: 'FGT60E',
      hostname: 'FGT60E',
      log_disk_status: expect.any(String),
    });
    expect(env).toMatchObject({
      http_method: 'GET',
      path: 'system',
      name: 'status',
      serial: 'FGT60E4Q17000000',
      version: 'v6.0.4',
      build: 231,
    });
    expect(env).not.toHaveProperty('action');
    const withSelect = await expectMonitorOk(() => fgt.api.get(`${M}/system/status/select`));
    expect(withSelect.results).toEqual(env.results);
    expect(withSelect.action).toBe('select');
  });

  it('web-ui/state: the device clock (2019-01-15 09:30 UTC) and a boot 3 days 4 h 12 min earlier', async () => {
    const env = await expectMonitorOk(() => fgt.api.get(`${M}/web-ui/state`));
    expect(env.results.snapshot_utc_time).toBe(Date.UTC(2019, 0, 15, 9, 30, 0));
    expect(env.results.snapshot_utc_time - env.results.utc_last_reboot).toBe(
      ((3 * 24 + 4) * 3600 + 12 * 60) * 1000,
    );
  });

  it('status follows the hostname set through the CMDB', async () => {
    await expectOk(() => fgt.api.put('/api/v2/cmdb/system/global', { hostname: 'Branch-FW' }));
    expect((await expectMonitorOk(() => fgt.api.get(`${M}/system/status`))).results.hostname).toBe(
      'Branch-FW',
    );
  });

  it('interface: every interface keyed by name, with its address and link', async () => {
    const env = await expectMonitorOk(() => fgt.api.get(`${M}/system/interface`));
    expect(Object.keys(env.results)).toHaveLength(9);
    expect(env.results.internal).toMatchObject({
      name: 'internal',
      ip: '192.168.1.99',
      mask: 24,
      link: true,
    });
    expect(env.results.modem).toMatchObject({ link: false });
    const one = await expectMonitorOk(() => fgt.api.get(`${M}/system/interface`, { interface_name: 'dmz' }));
    expect(Object.keys(one.results)).toEqual(['dmz']);
    expect(one.results.dmz).toMatchObject({ ip: '10.10.10.1', mask: 24 });
  });
});

describe('the Security Fabric calls (docs/fortios-6.0.md §5.1)', () => {
  interface Available {
    name: string;
    fortitelemetry: boolean;
    supports_fortitelemetry: boolean;
    compliance_enforced: boolean;
    [key: string]: unknown;
  }
  const available = async (): Promise<Available[]> =>
    (await expectMonitorOk(() => fgt.api.get(`${M}/system/available-interfaces`))).results;

  it('available-interfaces: a physical row has the keys, in the order, of a row a 6.0-era GUI sent back', async () => {
    // code610's FortiGate VM proof of concept (2019, forteanet.py) posts the GUI's copy of port10:
    // name, real_interface_name, vdom, is_system_interface, status, in/out_bandwidth_limit,
    // dynamic_addressing, dhcp4/6_client_count, role, mac_address, link, duplex, supports_device_id,
    // valid_in_policy, supports_fortitelemetry, fortitelemetry, is_used, is_physical, media,
    // is_aggregatable, is_explicit_proxyable, is_ipsecable, is_routable, tagging, type, icon.
    const dmz = (await available()).find((r) => r.name === 'dmz') as Available;
    const order = Object.keys(dmz);
    const seen = [
      'name',
      'real_interface_name',
      'vdom',
      'is_system_interface',
      'status',
      'in_bandwidth_limit',
      'out_bandwidth_limit',
      'dynamic_addressing',
      'dhcp4_client_count',
      'dhcp6_client_count',
      'role',
      'mac_address',
      'link',
      'duplex',
      'supports_device_id',
      'valid_in_policy',
      'supports_fortitelemetry',
      'fortitelemetry',
      'is_used',
      'is_physical',
      'media',
      'is_aggregatable',
      'is_explicit_proxyable',
      'is_ipsecable',
      'is_routable',
      'tagging',
      'type',
      'icon',
    ];
    expect(order.filter((k) => seen.includes(k))).toEqual(seen);
    expect(dmz).toMatchObject({ vdom: 'root', role: 'dmz', type: 'physical', tagging: [] });
    expect(dmz.ipv4_addresses).toEqual([{ ip: '10.10.10.1', netmask: '255.255.255.0', cidr_netmask: 24 }]);
  });

  it('available-interfaces: FortiTelemetry and compliance follow the interfaces, so a CLI change shows at once', async () => {
    const before = await available();
    const telemetry = before.filter((r) => r.fortitelemetry).map((r) => r.name);
    const withFortiheartbeat = fgt.device
      .rows('system interface')
      .filter((r) => r.fortiheartbeat === 'enable')
      .map((r) => String(r.name));
    expect(telemetry).toEqual(withFortiheartbeat);
    expect(telemetry).toContain('internal');
    expect(before.find((r) => r.name === 'internal')?.compliance_enforced).toBe(true);
    expect(before.every((r) => r.supports_fortitelemetry)).toBe(true);
    await expectOk(() =>
      fgt.api.put(`/api/v2/cmdb/system/interface/internal`, { fortiheartbeat: 'disable' }),
    );
    expect((await available()).find((r) => r.name === 'internal')?.fortitelemetry).toBe(false);
  });

  it('csf: this unit at the root of its fabric, from system csf and system global', async () => {
    const env = await expectMonitorOk(() => fgt.api.get(`${M}/system/csf`));
    expect(env).toMatchObject({ path: 'system', name: 'csf', serial: 'FGT60E4Q17000000' });
    expect(env).not.toHaveProperty('action');
    expect(Object.keys(env.results)).toEqual(['devices', 'protocol_enabled']);
    const [root] = env.results.devices.fortigate;
    expect(root).toMatchObject({
      path: 'FGT60E4Q17000000',
      serial: 'FGT60E4Q17000000',
      host_name: 'FGT60E',
      firmware_version_major: 6,
      firmware_version_minor: 0,
      firmware_version_patch: 4,
      firmware_version_build: 231,
      model: 'FGT60E',
      sync_mode: 1,
      subtree_members: [],
    });
    expect(env.results.protocol_enabled).toBe(fgt.device.single('system csf').status === 'enable');
    await expectOk(() =>
      fgt.api.put('/api/v2/cmdb/system/csf', { status: 'disable', 'configuration-sync': 'local' }),
    );
    await expectOk(() => fgt.api.put('/api/v2/cmdb/system/global', { hostname: 'Branch-1' }));
    const after = (await expectMonitorOk(() => fgt.api.get(`${M}/system/csf/select`))).results;
    expect(after.protocol_enabled).toBe(false);
    expect(after.devices.fortigate[0]).toMatchObject({ host_name: 'Branch-1', sync_mode: 0 });
  });
});

describe('registered FortiClient endpoints', () => {
  it('summary counts the six endpoints of the scenario', async () => {
    const env = await expectMonitorOk(() => fgt.api.get(`${ACTION}/summary`));
    expect(env.results).toEqual({
      total: 6,
      online: 5,
      offline: 1,
      compliant: 3,
      non_compliant: 1,
      exempt: 1,
      quarantined: 1,
    });
    expect(env).toMatchObject({ path: 'endpoint-control', name: 'registration', action: 'summary' });
  });

  it('record-list lists them, and intf_name narrows to one interface', async () => {
    expect((await records()).map((r) => r.host_name).sort()).toEqual(
      [
        'LAPTOP-SALES01',
        'LAPTOP-SALES02',
        'MBP-DESIGN02',
        'WIN10-ACCT01',
        'WIN10-LAB03',
        'WIN7-RECEPTION',
      ].sort(),
    );
    const dialup = await records({ intf_name: 'FCT-Dialup' });
    expect(dialup.map((r) => r.host_name).sort()).toEqual(['LAPTOP-SALES01', 'LAPTOP-SALES02']);
    expect(dialup[0]).toMatchObject({
      ip: expect.stringMatching(/^10\.212\.134\.20[01]$/),
      user: expect.any(String),
    });
  });

  it('quarantine and release restore the compliance the endpoint had', async () => {
    const { uid } = await byHost('WIN10-ACCT01');
    const env = await expectMonitorOk(() => fgt.api.post(`${ACTION}/quarantine`, { uid }));
    expect(env).toMatchObject({ http_method: 'POST', action: 'quarantine' });
    expect((await byHost('WIN10-ACCT01')).compliance).toBe('quarantined');
    await expectMonitorOk(() => fgt.api.post(`${ACTION}/unquarantine`, { uid: [uid] }));
    expect((await byHost('WIN10-ACCT01')).compliance).toBe('compliant');
  });

  it('block and unblock', async () => {
    const { mac } = await byHost('WIN7-RECEPTION');
    await expectMonitorOk(() => fgt.api.post(`${ACTION}/block`, { mac }));
    expect((await byHost('WIN7-RECEPTION')).blocked).toBe(true);
    await expectMonitorOk(() => fgt.api.post(`${ACTION}/unblock`, { mac: [mac.toUpperCase()] }));
    expect((await byHost('WIN7-RECEPTION')).blocked).toBe(false);
  });

  it('deregister removes endpoints from the monitor and the CMDB table', async () => {
    const a = await byHost('LAPTOP-SALES01');
    const b = await byHost('LAPTOP-SALES02');
    await expectMonitorOk(() => fgt.api.post(`${ACTION}/deregister`, { uid: a.uid, mac: b.mac }));
    expect((await records()).map((r) => r.host_name)).not.toContain('LAPTOP-SALES01');
    expect(await records({ intf_name: 'FCT-Dialup' })).toEqual([]);
    const cmdb = await expectOk(() => fgt.api.get('/api/v2/cmdb/endpoint-control/registered-forticlient'));
    expect(cmdb.results).toHaveLength(4);
    expect((await expectMonitorOk(() => fgt.api.get(`${ACTION}/summary`))).results.total).toBe(4);
  });

  // Decision: an unknown uid or MAC is a missing entry, answered like a missing mkey (404, no error
  // number); the whole action is refused, so known endpoints named beside it are not touched either.
  it('an unknown uid or MAC is 404 and changes nothing, even beside a known one', async () => {
    const { uid } = await byHost('WIN10-ACCT01');
    await expectRefused(fgt, () => fgt.api.post(`${ACTION}/deregister`, { uid: [uid, 'NO-SUCH-UID'] }), 404);
    await expectRefused(fgt, () => fgt.api.post(`${ACTION}/quarantine`, { mac: 'de:ad:be:ef:00:00' }), 404);
  });

  it('without uid or mac, or with a body that is not an object, is -651', async () => {
    await expectRefused(fgt, () => fgt.api.post(`${ACTION}/block`, {}), 500, -651);
    await expectRefused(fgt, () => fgt.api.post(`${ACTION}/block`, ['x']), 500, -651);
    await expectRefused(
      fgt,
      () =>
        fgt.api.send('POST', `${ACTION}/block`, {
          raw: '{uid:',
          headers: { 'Content-Type': 'application/json' },
        }),
      500,
      -651,
    );
  });
});
