/**
 * The CMDB door, table by table (reference §11): read, create, update, delete, defaults, and every
 * error case, each refusal leaving the device byte-for-byte unchanged. Expected values come from the
 * reference and the scenario definitions (§12, src/device/scenarios), never from the handlers.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backupConfig, restPathOf, tables } from '../../device';
import { endpointUid } from '../../device/scenarios/fgt60e';
import { server, useDevice, type NodeDevice } from '../node';
import { expectOk, expectRefused } from '../../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

type Body = Record<string, unknown>;

/** What one table must do, with values from the reference and the `telemetry-on` scenario. */
interface TableCase {
  path: string;
  /** Tables only: the mkey field and a row `telemetry-on` has. */
  mkey?: string;
  existing?: string;
  /** Fields of `existing` (or of the single object) as the scenario defines them. */
  read: Body;
  /** Tables only: a new row, and what reading it back shows. */
  create?: { body: Body; shows: Body };
  update: { body: Body; shows: Body };
  badValue: Body;
  /** The field the -651 names, when it is not the first key of `badValue` (a sub-object's key). */
  badField?: string;
  /** Fields of a new row (`action=default`), from the reference or the field's documented default. */
  defaults: Body;
  /** A write naming an object that does not exist (-3). */
  missingReference?: { method: 'POST' | 'PUT'; body: Body };
  /** A row other objects refer to (-23 on delete). */
  inUse?: string;
  /** A row of the scenario nothing refers to. */
  deletable?: string;
  /** Rows the test adds to the scenario first (a table the scenarios leave empty). */
  setup?: (fgt: NodeDevice) => void;
}

const names = (...n: string[]) => n.map((name) => ({ name }));

const cases: TableCase[] = [
  {
    path: 'system/global',
    read: { hostname: 'FGT60E', 'gui-theme': 'green', 'gui-ipv6': 'disable', 'gui-certificates': 'disable' },
    update: { body: { 'gui-theme': 'mariner' }, shows: { 'gui-theme': 'mariner', hostname: 'FGT60E' } },
    badValue: { 'gui-theme': 'purple' },
    defaults: { 'gui-theme': 'green', 'gui-ipv6': 'disable', 'gui-certificates': 'disable' },
  },
  {
    path: 'system/interface',
    mkey: 'name',
    existing: 'internal',
    read: {
      type: 'hard-switch',
      ip: '192.168.1.99 255.255.255.0',
      role: 'lan',
      fortiheartbeat: 'enable',
      'endpoint-compliance': 'enable',
      // A real 60E's internal is a hard-switch with STP on and no members: its ports are in
      // system virtual-switch (docs/fortios-6.0.md §4.2).
      stp: 'enable',
      member: [],
    },
    create: {
      body: { name: 'vlan10', type: 'vlan', interface: 'internal', vlanid: 10, ip: '10.0.10.1/24' },
      shows: { type: 'vlan', interface: 'internal', vlanid: 10, ip: '10.0.10.1 255.255.255.0' },
    },
    update: {
      body: { alias: 'LAN', fortiheartbeat: 'disable' },
      shows: { alias: 'LAN', fortiheartbeat: 'disable', role: 'lan' },
    },
    badValue: { ip: '300.1.1.1/24' },
    defaults: {
      vdom: 'root',
      ip: '0.0.0.0 0.0.0.0',
      mode: 'static',
      allowaccess: '',
      fortiheartbeat: 'disable',
      'endpoint-compliance': 'disable',
      'device-identification': 'disable',
      alias: '',
      description: '',
      role: 'undefined',
      status: 'up',
    },
    missingReference: {
      method: 'POST',
      body: { name: 'vlan11', type: 'vlan', interface: 'no-such-port', vlanid: 11 },
    },
    inUse: 'wan1',
  },
  {
    path: 'system/virtual-switch',
    mkey: 'name',
    existing: 'internal',
    read: {
      'physical-switch': 'sw0',
      port: names('internal1', 'internal2', 'internal3', 'internal4', 'internal5', 'internal6', 'internal7'),
    },
    create: {
      body: { name: 'lab', 'physical-switch': 'sw0', port: [{ name: 'lab1' }] },
      shows: { 'physical-switch': 'sw0', port: [{ name: 'lab1', alias: '' }] },
    },
    update: { body: { span: 'enable' }, shows: { span: 'enable', 'physical-switch': 'sw0' } },
    badValue: { 'span-direction': 'sideways' },
    // terraform-provider-fortios, website/docs/r/fortios_system_virtualswitch.html.markdown.
    defaults: { 'physical-switch': '', port: [], span: 'disable', 'span-direction': 'both' },
  },
  {
    path: 'system/csf',
    read: { status: 'enable', 'group-name': 'fgsim-fabric', 'upstream-ip': '0.0.0.0', 'upstream-port': 8013 },
    update: {
      body: { 'upstream-ip': '192.168.1.1' },
      shows: { 'upstream-ip': '192.168.1.1', status: 'enable' },
    },
    badValue: { 'upstream-port': 70000 },
    defaults: { 'upstream-ip': '0.0.0.0', 'upstream-port': 8013 },
  },
  {
    path: 'system/settings',
    read: { 'gui-endpoint-control': 'disable', 'gui-vpn': 'enable', 'gui-dlp': 'disable' },
    update: { body: { 'gui-endpoint-control': 'enable' }, shows: { 'gui-endpoint-control': 'enable' } },
    badValue: { 'gui-endpoint-control': 'on' },
    defaults: {
      'gui-endpoint-control': 'disable',
      'gui-switch-controller': 'enable',
      'gui-dos-policy': 'enable',
      'gui-waf-profile': 'disable',
      'gui-traffic-shaping': 'enable',
    },
  },
  {
    path: 'vpn.certificate/local',
    mkey: 'name',
    existing: 'Fortinet_Factory',
    read: { name: 'Fortinet_Factory' },
    create: {
      body: { name: 'Branch_CA', comments: 'for the branch' },
      shows: { comments: 'for the branch' },
    },
    update: { body: { comments: 'renewed' }, shows: { comments: 'renewed' } },
    badValue: { comments: 'x'.repeat(600) },
    defaults: { comments: '' },
    inUse: 'Fortinet_Factory',
    deletable: 'Fortinet_CA_Untrusted',
  },
  {
    path: 'user/local',
    mkey: 'name',
    existing: 'rkhan',
    read: { status: 'enable', type: 'password' },
    create: { body: { name: 'alice', passwd: 'wonderland' }, shows: { status: 'enable' } },
    update: { body: { status: 'disable' }, shows: { status: 'disable' } },
    badValue: { type: 'kerberos' },
    defaults: { status: 'enable', type: 'password' },
    inUse: 'rkhan',
    deletable: 'guest',
  },
  {
    path: 'system/admin',
    mkey: 'name',
    existing: 'admin',
    read: { accprofile: 'super_admin', trusthost1: '0.0.0.0 0.0.0.0', password: '' },
    create: {
      body: { name: 'trainer', accprofile: 'super_admin', password: 'Tr41ner!' },
      shows: { accprofile: 'super_admin', trusthost10: '0.0.0.0 0.0.0.0' },
    },
    update: {
      body: { comments: 'factory admin' },
      shows: { comments: 'factory admin', accprofile: 'super_admin' },
    },
    badValue: { trusthost1: '10.0.0.300 255.255.255.0' },
    defaults: { accprofile: '', 'remote-auth': 'disable', trusthost2: '0.0.0.0 0.0.0.0' },
  },
  {
    path: 'system/api-user',
    mkey: 'name',
    existing: 'ci',
    setup: (fgt) =>
      fgt.device.transact((tx) => {
        tx.create('system api-user', { name: 'ci', accprofile: 'super_admin' });
      }),
    read: { accprofile: 'super_admin', 'api-key': '' },
    create: { body: { name: 'automation', accprofile: 'super_admin' }, shows: { accprofile: 'super_admin' } },
    update: { body: { comments: 'CI' }, shows: { comments: 'CI' } },
    badValue: { comments: 'x'.repeat(256) },
    defaults: { comments: '', accprofile: '' },
  },
  {
    path: 'user/group',
    mkey: 'name',
    existing: 'SSLVPN-Users',
    read: { member: names('rkhan') },
    create: { body: { name: 'Staff', member: ['guest'] }, shows: { member: names('guest') } },
    update: { body: { member: names('rkhan', 'guest') }, shows: { member: names('rkhan', 'guest') } },
    badValue: { 'group-type': 'everyone' },
    defaults: { 'group-type': 'firewall', member: [] },
    missingReference: { method: 'POST', body: { name: 'Ghosts', member: ['nobody'] } },
    inUse: 'SSLVPN-Users',
    deletable: 'Guest-group',
  },
  {
    path: 'firewall/address',
    mkey: 'name',
    existing: 'SSLVPN_TUNNEL_ADDR1',
    read: { type: 'iprange', 'start-ip': '10.212.134.200', 'end-ip': '10.212.134.210' },
    create: {
      body: { name: 'LAN', subnet: '192.168.1.0/24' },
      shows: { subnet: '192.168.1.0 255.255.255.0' },
    },
    update: { body: { comment: 'tunnel pool' }, shows: { comment: 'tunnel pool' } },
    badValue: { subnet: '192.168.1.0/33' },
    defaults: { type: 'ipmask', subnet: '0.0.0.0 0.0.0.0' },
    inUse: 'SSLVPN_TUNNEL_ADDR1',
    deletable: 'none',
  },
  {
    // docs/fortios-6.0.md §4.7: the factory IPv6 pool, used by the two tunnel portals.
    path: 'firewall/address6',
    mkey: 'name',
    existing: 'SSLVPN_TUNNEL_IPv6_ADDR1',
    read: { type: 'ipprefix', ip6: 'fdff:ffff::/120' },
    create: {
      body: { name: 'LAN6', ip6: '2001:DB8:1::/64' },
      shows: { ip6: '2001:db8:1::/64' },
    },
    update: { body: { comment: 'tunnel pool' }, shows: { comment: 'tunnel pool' } },
    badValue: { ip6: 'fdff:ffff::/129' },
    defaults: { type: 'ipprefix', ip6: '::/0', 'start-ip': '::', 'end-ip': '::' },
    inUse: 'SSLVPN_TUNNEL_IPv6_ADDR1',
    deletable: 'all',
  },
  {
    // The factory category (a 6.0.6 backup: `config system object-tagging` / `edit "default"`), and
    // one an address names (its `config tagging`), which cannot go while the address holds it.
    path: 'system/object-tagging',
    mkey: 'category',
    existing: 'default',
    setup: (fgt) =>
      fgt.device.transact((tx) => {
        tx.create('system object-tagging', { category: 'site', tags: [{ name: 'hq' }] });
        tx.create('firewall address', {
          name: 'tagged',
          tagging: [{ name: 'where', category: 'site', tags: [{ name: 'hq' }] }],
        });
      }),
    read: { address: 'optional', multiple: 'enable', tags: [] },
    create: {
      body: { category: 'env', tags: [{ name: 'prod' }], address: 'mandatory' },
      shows: { tags: [{ q_origin_key: 'prod', name: 'prod' }], address: 'mandatory' },
    },
    update: { body: { color: 3 }, shows: { color: 3, multiple: 'enable' } },
    badValue: { color: 33 },
    defaults: {
      address: 'optional',
      device: 'optional',
      interface: 'optional',
      multiple: 'enable',
      color: 0,
    },
    inUse: 'site',
    deletable: 'default',
  },
  {
    // The scenarios have no template (nor has a 6.0.6 backup); the test adds one an address names.
    path: 'firewall/address6-template',
    mkey: 'name',
    existing: 'site',
    setup: (fgt) =>
      fgt.device.transact((tx) => {
        tx.create('firewall address6-template', { name: 'site', ip6: '2001:db8::/48' });
        tx.create('firewall address6-template', { name: 'spare' });
        tx.create('firewall address6', { name: 'site-hosts', type: 'template', template: 'site' });
      }),
    read: { ip6: '2001:db8::/48', 'subnet-segment-count': 0, 'subnet-segment': [] },
    create: {
      body: { name: 'branch', ip6: '2001:DB8:100::/56', 'subnet-segment-count': 2 },
      shows: { ip6: '2001:db8:100::/56', 'subnet-segment-count': 2 },
    },
    update: { body: { 'subnet-segment-count': 3 }, shows: { 'subnet-segment-count': 3 } },
    badValue: { 'subnet-segment-count': 7 },
    defaults: { ip6: '::/0', 'subnet-segment-count': 0 },
    inUse: 'site',
    deletable: 'spare',
  },
  {
    path: 'endpoint-control/settings',
    read: { 'forticlient-keepalive-interval': 60, 'forticlient-offline-grace-interval': 120 },
    update: {
      body: { 'forticlient-keepalive-interval': 30 },
      shows: { 'forticlient-keepalive-interval': 30, 'forticlient-offline-grace-interval': 120 },
    },
    badValue: { 'forticlient-keepalive-interval': 10 },
    defaults: {
      'forticlient-keepalive-interval': 60,
      'forticlient-offline-grace-interval': 120,
      'forticlient-sys-update-interval': 720,
    },
  },
  {
    path: 'endpoint-control/profile',
    mkey: 'profile-name',
    existing: 'default',
    read: {
      'forticlient-winmac-settings': {
        'forticlient-vuln-scan': 'enable',
        'forticlient-system-compliance': 'enable',
        'forticlient-system-compliance-action': 'warning',
        'forticlient-security-posture': 'disable',
      },
    },
    create: {
      body: {
        'profile-name': 'strict',
        'forticlient-winmac-settings': { 'forticlient-security-posture': 'enable' },
      },
      shows: {
        'forticlient-winmac-settings': expect.objectContaining({
          'forticlient-security-posture': 'enable',
          'forticlient-system-compliance': 'enable',
        }),
      },
    },
    update: {
      body: { 'forticlient-winmac-settings': { 'forticlient-system-compliance': 'disable' } },
      shows: {
        'forticlient-winmac-settings': expect.objectContaining({
          'forticlient-system-compliance': 'disable',
          'forticlient-vuln-scan': 'enable',
        }),
      },
    },
    badValue: { 'forticlient-winmac-settings': { 'forticlient-system-compliance-action': 'ignore' } },
    badField: 'forticlient-system-compliance-action',
    defaults: {
      'forticlient-winmac-settings': expect.objectContaining({
        'forticlient-vuln-scan': 'enable',
        'forticlient-system-compliance': 'enable',
        'forticlient-system-compliance-action': 'warning',
        'forticlient-security-posture': 'disable',
      }),
    },
    missingReference: { method: 'POST', body: { 'profile-name': 'sales', 'user-groups': ['Nobody'] } },
    inUse: 'default',
  },
  {
    path: 'endpoint-control/registered-forticlient',
    mkey: 'uid',
    existing: endpointUid(0),
    read: { ip: '192.168.1.110', 'reg-fortigate': 'FGT60E4Q17000000', vdom: 'root' },
    create: {
      body: { uid: '0123456789ABCDEF0123456789ABCDEF', ip: '192.168.1.200', mac: '00:0c:29:00:00:01' },
      shows: { ip: '192.168.1.200', mac: '00:0c:29:00:00:01' },
    },
    update: { body: { ip: '192.168.1.150' }, shows: { ip: '192.168.1.150' } },
    badValue: { ip: '192.168.1' },
    defaults: { vdom: 'root', ip: '0.0.0.0' },
    deletable: endpointUid(1),
  },
  {
    path: 'vpn.ssl.web/portal',
    mkey: 'name',
    existing: 'full-access',
    read: { 'tunnel-mode': 'enable', 'web-mode': 'enable', 'ip-pools': names('SSLVPN_TUNNEL_ADDR1') },
    create: { body: { name: 'contractors', 'web-mode': 'enable' }, shows: { 'web-mode': 'enable' } },
    update: { body: { 'web-mode': 'disable' }, shows: { 'web-mode': 'disable', 'tunnel-mode': 'enable' } },
    badValue: { 'tunnel-mode': 'yes' },
    defaults: { 'tunnel-mode': 'disable', 'web-mode': 'disable', 'ip-pools': [] },
    missingReference: { method: 'POST', body: { name: 'lost', 'ip-pools': ['NO_SUCH_POOL'] } },
    inUse: 'full-access',
    deletable: 'tunnel-access',
  },
  {
    path: 'system/console',
    read: { mode: 'line', baudrate: '9600', output: 'more', login: 'enable' },
    update: { body: { output: 'standard' }, shows: { output: 'standard', mode: 'line' } },
    badValue: { output: 'paged' },
    defaults: { output: 'more', mode: 'line', baudrate: '9600' },
  },
  {
    path: 'vpn.ssl/settings',
    read: {
      port: 10443,
      'idle-timeout': 300,
      servercert: 'Fortinet_Factory',
      'tunnel-ip-pools': names('SSLVPN_TUNNEL_ADDR1'),
      'source-interface': names('wan1'),
    },
    update: { body: { 'idle-timeout': 600 }, shows: { 'idle-timeout': 600, port: 10443 } },
    badValue: { port: 0 },
    defaults: { port: 10443, 'idle-timeout': 300, servercert: 'Fortinet_Factory' },
    missingReference: { method: 'PUT', body: { servercert: 'No_Such_Cert' } },
  },
  {
    path: 'vpn.ipsec/phase1-interface',
    mkey: 'name',
    existing: 'HQ-to-Branch',
    read: { interface: 'wan1', 'remote-gw': '198.51.100.200', type: 'static' },
    create: {
      body: { name: 'Branch2', interface: 'wan2', 'remote-gw': '192.0.2.10', psksecret: 's3cret' },
      shows: { interface: 'wan2', 'remote-gw': '192.0.2.10' },
    },
    update: { body: { comments: 'moved' }, shows: { comments: 'moved', interface: 'wan1' } },
    badValue: { 'remote-gw': '999.1.1.1' },
    defaults: { type: 'static', 'remote-gw': '0.0.0.0', 'mode-cfg': 'disable', peertype: 'any' },
    missingReference: {
      method: 'POST',
      body: { name: 'Nowhere', interface: 'no-such-port', 'remote-gw': '192.0.2.1' },
    },
    deletable: 'DC-Backup',
  },
];

const url = (c: TableCase, mkey?: string) =>
  `/api/v2/cmdb/${c.path}${mkey === undefined ? '' : `/${encodeURIComponent(mkey)}`}`;

it('covers every table of the device', () => {
  expect(cases.map((c) => c.path).sort()).toEqual(tables.map(restPathOf).sort());
  expect(cases).toHaveLength(21);
});

let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('telemetry-on');
});

describe.each(cases)('$path', (c) => {
  const [path = '', name = ''] = c.path.split('/');
  const here = c.existing === undefined ? url(c) : url(c, c.existing);
  beforeEach(() => c.setup?.(fgt));

  it('reads as the scenario defines it, in the 6.0 envelope', async () => {
    const env = await expectOk(() => fgt.api.get(here));
    expect(env).toMatchObject({
      http_method: 'GET',
      vdom: 'root',
      path,
      name,
      serial: 'FGT60E4Q17000000',
      version: 'v6.0.4',
      build: 231,
    });
    expect(env.revision).toMatch(/^\d+\.0\.0\.\d{1,20}\.\d{10}$/);
    if (c.existing === undefined) expect(env.results).toMatchObject(c.read);
    else {
      expect(env.results).toHaveLength(1);
      expect(env.results[0]).toMatchObject({ [c.mkey ?? 'name']: c.existing, ...c.read });
    }
  });

  it('answers action=default with the documented defaults', async () => {
    const env = await expectOk(() => fgt.api.get(url(c), { action: 'default' }));
    expect(env.results).toMatchObject(c.defaults);
  });

  it('updates with the fields given and leaves the others', async () => {
    const before = fgt.device.revision;
    await expectOk(() => fgt.api.put(here, c.update.body));
    const env = await expectOk(() => fgt.api.get(here));
    expect(c.existing === undefined ? env.results : env.results[0]).toMatchObject(c.update.shows);
    expect(env.revision).not.toBe(before);
  });

  it('refuses a bad value with -651', async () => {
    const answer = await expectRefused(fgt, () => fgt.api.put(here, c.badValue), 500, -651);
    expect(answer.field).toBe(c.badField ?? Object.keys(c.badValue)[0]);
  });

  it('refuses an unknown field with -651', async () => {
    await expectRefused(fgt, () => fgt.api.put(here, { 'no-such-field': 'x' }), 500, -651);
  });

  if (c.missingReference) {
    const { method, body } = c.missingReference;
    it('refuses a reference to a missing object with -3', async () => {
      const target = method === 'POST' ? url(c) : here;
      await expectRefused(fgt, () => fgt.api.send(method, target, { body }), 500, -3);
    });
  }

  if (c.mkey === undefined) {
    it('is one object: no POST, no DELETE, no rows', async () => {
      await expectRefused(fgt, () => fgt.api.post(url(c), c.update.body), 405);
      await expectRefused(fgt, () => fgt.api.delete(url(c)), 405);
      await expectRefused(fgt, () => fgt.api.get(url(c, 'anything')), 404);
    });
    return;
  }

  const mkey = c.mkey;
  const create = c.create as NonNullable<TableCase['create']>;
  const created = String(create.body[mkey]);

  it('creates a row that reads back, then deletes it', async () => {
    const count = (await expectOk(() => fgt.api.get(url(c)))).results.length;
    const env = await expectOk(() => fgt.api.post(url(c), create.body));
    expect(env.mkey).toBe(created);
    const row = await expectOk(() => fgt.api.get(url(c, created)));
    expect(row.results[0]).toMatchObject(create.shows);
    expect((await expectOk(() => fgt.api.get(url(c)))).results).toHaveLength(count + 1);
    await expectOk(() => fgt.api.delete(url(c, created)));
    await expectRefused(fgt, () => fgt.api.get(url(c, created)), 404);
  });

  it('refuses a duplicate with -5', async () => {
    await expectRefused(fgt, () => fgt.api.post(url(c), { ...create.body, [mkey]: c.existing }), 500, -5);
  });

  it('answers 404 without an error number for a missing row, whatever the method', async () => {
    await expectRefused(fgt, () => fgt.api.get(url(c, 'no-such-row')), 404);
    await expectRefused(fgt, () => fgt.api.put(url(c, 'no-such-row'), c.update.body), 404);
    await expectRefused(fgt, () => fgt.api.delete(url(c, 'no-such-row')), 404);
  });

  if (c.inUse) {
    const inUse = c.inUse;
    it('refuses to delete a row in use with -23', async () => {
      await expectRefused(fgt, () => fgt.api.delete(url(c, inUse)), 500, -23);
    });
  }

  if (c.deletable) {
    const deletable = c.deletable;
    it('deletes a row of the scenario nothing refers to', async () => {
      await expectOk(() => fgt.api.delete(url(c, deletable)));
      await expectRefused(fgt, () => fgt.api.get(url(c, deletable)), 404);
    });
  }
});

describe('IPsec tunnels and their interfaces (reference §5)', () => {
  const PHASE1 = '/api/v2/cmdb/vpn.ipsec/phase1-interface';
  const IF = '/api/v2/cmdb/system/interface';

  it('creating a phase1 makes its tunnel interface, bound to the same port, FortiTelemetry on', async () => {
    await expectOk(() =>
      fgt.api.post(PHASE1, { name: 'Branch2', interface: 'wan2', 'remote-gw': '192.0.2.10' }),
    );
    const env = await expectOk(() => fgt.api.get(`${IF}/Branch2`));
    expect(env.results[0]).toMatchObject({ type: 'tunnel', interface: 'wan2', fortiheartbeat: 'enable' });
  });

  it('refuses to delete a tunnel interface directly (-23), and deleting the phase1 removes it', async () => {
    await expectRefused(fgt, () => fgt.api.delete(`${IF}/HQ-to-Branch`), 500, -23);
    await expectOk(() => fgt.api.delete(`${PHASE1}/HQ-to-Branch`));
    await expectRefused(fgt, () => fgt.api.get(`${IF}/HQ-to-Branch`), 404);
  });

  it('refuses a phase1 without the interface it is bound to (-651)', async () => {
    const answer = await expectRefused(
      fgt,
      () => fgt.api.post(PHASE1, { name: 'Loose', 'remote-gw': '192.0.2.1' }),
      500,
      -651,
    );
    expect(answer.field).toBe('interface');
  });

  it('refuses a phase1 named like an existing interface (-5)', async () => {
    await expectRefused(fgt, () => fgt.api.post(PHASE1, { name: 'dmz', interface: 'wan1' }), 500, -5);
  });
});

describe('row keys in the URL', () => {
  it('finds ssl.root and names with a slash, URL-encoded', async () => {
    const env = await expectOk(() => fgt.api.get('/api/v2/cmdb/system/interface/ssl.root'));
    expect(env.results[0]).toMatchObject({ name: 'ssl.root', type: 'tunnel', alias: 'SSL VPN interface' });
    await expectOk(() =>
      fgt.api.post('/api/v2/cmdb/firewall/address', { name: '10.0.0.0/8', subnet: '10.0.0.0/8' }),
    );
    const row = await expectOk(() =>
      fgt.api.get(`/api/v2/cmdb/firewall/address/${encodeURIComponent('10.0.0.0/8')}`),
    );
    expect(row.results[0]).toMatchObject({ name: '10.0.0.0/8', subnet: '10.0.0.0 255.0.0.0' });
  });

  it('refuses to change the key of a row through PUT (-651)', async () => {
    await expectRefused(
      fgt,
      () => fgt.api.put('/api/v2/cmdb/system/interface/dmz', { name: 'dmz2' }),
      500,
      -651,
    );
  });
});

describe('secrets read back as ENC, never in the clear', () => {
  const HQ = '/api/v2/cmdb/vpn.ipsec/phase1-interface/HQ-to-Branch';
  const secretOf = async (): Promise<string> => (await expectOk(() => fgt.api.get(HQ))).results[0].psksecret;

  it('masks every password field the scenario set', async () => {
    const psk = await secretOf();
    expect(psk).toMatch(/^ENC \S+$/);
    expect(psk).not.toContain('fgsim-psk');
    expect(await secretOf()).toBe(psk);
    const csf = await expectOk(() => fgt.api.get('/api/v2/cmdb/system/csf'));
    expect(csf.results['group-password']).toMatch(/^ENC /);
    const guest = await expectOk(() => fgt.api.get('/api/v2/cmdb/user/local/guest'));
    expect(guest.results[0].passwd).toMatch(/^ENC /);
    expect(guest.results[0].passwd).not.toContain('guest');
  });

  it('keeps the secret when a client sends the ENC value back, and changes it for a new one', async () => {
    const psk = await secretOf();
    const row = (await expectOk(() => fgt.api.get(HQ))).results[0];
    await expectOk(() => fgt.api.put(HQ, { ...row, comments: 'edited' }));
    expect(fgt.device.find('vpn ipsec phase1-interface', 'HQ-to-Branch')?.psksecret).toBe('fgsim-psk');
    await expectOk(() => fgt.api.put(HQ, { psksecret: 'n3w-secret' }));
    expect(await secretOf()).not.toBe(psk);
  });

  it('reads as the CLI and a configuration backup print it, and a clone through POST keeps the secret', async () => {
    const psk = await secretOf();
    expect(backupConfig(fgt.device)).toContain(`set psksecret ${psk}`);
    const row = (await expectOk(() => fgt.api.get(HQ))).results[0];
    await expectOk(() =>
      fgt.api.post('/api/v2/cmdb/vpn.ipsec/phase1-interface', { ...row, name: 'HQ-copy' }),
    );
    expect(fgt.device.find('vpn ipsec phase1-interface', 'HQ-copy')?.psksecret).toBe('fgsim-psk');
  });

  it('refuses an ENC value it cannot decrypt (-651)', async () => {
    await expectRefused(fgt, () => fgt.api.put(HQ, { psksecret: 'ENC AAAA' }), 500, -651);
  });
});

describe('bodies that are not a JSON object', () => {
  const DMZ = '/api/v2/cmdb/system/interface/dmz';
  it.each([
    ['malformed JSON', '{"alias": '],
    ['an empty body', ''],
    ['an array', '[{"alias":"x"}]'],
    ['a string', '"alias"'],
    ['null', 'null'],
  ])('refuses %s with -651', async (_what, raw) => {
    const headers = { 'Content-Type': 'application/json' };
    await expectRefused(fgt, () => fgt.api.send('PUT', DMZ, { raw, headers }), 500, -651);
    await expectRefused(
      fgt,
      () => fgt.api.send('POST', '/api/v2/cmdb/system/interface', { raw, headers }),
      500,
      -651,
    );
  });
});

describe('methods, paths and options', () => {
  it('answers 405 for a method the target does not take', async () => {
    await expectRefused(fgt, () => fgt.api.put('/api/v2/cmdb/system/interface', { alias: 'x' }), 405);
    await expectRefused(fgt, () => fgt.api.delete('/api/v2/cmdb/system/interface'), 405);
    await expectRefused(fgt, () => fgt.api.post('/api/v2/cmdb/system/interface/dmz', { alias: 'x' }), 405);
    await expectRefused(
      fgt,
      () => fgt.api.send('PATCH', '/api/v2/cmdb/system/interface/dmz', { body: {} }),
      405,
    );
  });

  it('answers 404 for a path that is not a table', async () => {
    await expectRefused(fgt, () => fgt.api.get('/api/v2/cmdb/system/no-such-table'), 404);
    await expectRefused(fgt, () => fgt.api.get('/api/v2/cmdb/system'), 404);
    await expectRefused(fgt, () => fgt.api.get('/api/v2/cmdb/system/interface/dmz/extra'), 404);
    await expectRefused(fgt, () => fgt.api.post('/api/v2/cmdb/firewall/policy', { name: 'x' }), 404);
    await expectRefused(fgt, () => fgt.api.get('/api/v2/nothing/here'), 404);
  });

  it('knows only the root VDOM', async () => {
    await expectOk(() => fgt.api.get('/api/v2/cmdb/system/interface/dmz', { vdom: 'root' }));
    await expectRefused(fgt, () => fgt.api.get('/api/v2/cmdb/system/interface/dmz', { vdom: 'other' }), 404);
    await expectRefused(
      fgt,
      () => fgt.api.put('/api/v2/cmdb/system/interface/dmz?vdom=other', { alias: 'x' }),
      404,
    );
  });

  it('refuses an unknown action with -651', async () => {
    await expectRefused(
      fgt,
      () => fgt.api.get('/api/v2/cmdb/system/interface', { action: 'explode' }),
      500,
      -651,
    );
  });

  it('describes a table with action=schema, from the reference', async () => {
    const { results } = await expectOk(() =>
      fgt.api.get('/api/v2/cmdb/system/interface', { action: 'schema' }),
    );
    expect(results).toMatchObject({ name: 'interface', path: 'system', category: 'table', mkey: 'name' });
    const f = results.children;
    expect(f.name).toMatchObject({ type: 'string', size: 15 });
    expect(f.alias).toMatchObject({ type: 'string', size: 25 });
    expect(f.fortiheartbeat).toMatchObject({ type: 'option', default: 'disable' });
    expect(f.fortiheartbeat.options.map((o: { name: string }) => o.name).sort()).toEqual([
      'disable',
      'enable',
    ]);
    expect(f.allowaccess.multiple_values).toBe(true);
    expect(f.allowaccess.options.map((o: { name: string }) => o.name).sort()).toEqual([
      'capwap',
      'fgfm',
      'ftm',
      'http',
      'https',
      'ping',
      'probe-response',
      'radius-acct',
      'snmp',
      'ssh',
      'telnet',
    ]);
    expect(f.interface.datasource).toEqual(['system.interface.name']);
    expect(f.ip).toMatchObject({ type: 'ipv4-classnet', default: '0.0.0.0 0.0.0.0' });
    const ssl = await expectOk(() => fgt.api.get('/api/v2/cmdb/vpn.ssl/settings', { action: 'schema' }));
    expect(ssl.results.children.port).toMatchObject({ type: 'integer', default: 10443, 'min-value': 1 });
    const profile = await expectOk(() =>
      fgt.api.get('/api/v2/cmdb/endpoint-control/profile', { action: 'schema' }),
    );
    expect(profile.results.children['forticlient-winmac-settings']).toMatchObject({ category: 'complex' });
  });

  it("answers action=schema in 6.0's node form: q_type, options as {name, help}, none of fgsim's own keys", async () => {
    // The audit's captured 6.0 answers (issue 13): nodes carry q_type and option help objects, not
    // fgsim's label/scope keys. docs/fortios-6.0.md §5.2.
    const { results } = await expectOk(() =>
      fgt.api.get('/api/v2/cmdb/system/interface', { action: 'schema' }),
    );
    expect(results).not.toHaveProperty('scope');
    const json = JSON.stringify(results);
    expect(json).not.toContain('"label"');
    expect(typeof results.children.name.q_type).toBe('number');
    expect(results.children.fortiheartbeat.options).toEqual([
      { name: 'enable', help: 'Enable setting.' },
      { name: 'disable', help: 'Disable setting.' },
    ]);
    for (const node of Object.values(results.children) as Array<{ q_type?: unknown; help?: unknown }>) {
      expect(typeof node.q_type).toBe('number');
      expect(typeof node.help).toBe('string');
    }
  });

  it("adds the GUI's labels only when fgsim's own console asks (fgsim_gui=1)", async () => {
    const gui = await expectOk(() =>
      fgt.api.get('/api/v2/cmdb/endpoint-control/profile', { action: 'schema', fgsim_gui: '1' }),
    );
    const winmac = gui.results.children['forticlient-winmac-settings'].children;
    expect(winmac['forticlient-system-compliance']).toMatchObject({ label: 'System Compliance', q_type: 1 });
    expect(gui.results.children.description.label).toBe('Comments');
    const plain = await expectOk(() =>
      fgt.api.get('/api/v2/cmdb/endpoint-control/profile', { action: 'schema' }),
    );
    expect(JSON.stringify(plain.results)).not.toContain('"label"');
  });

  it('answers action=revision with the configuration revision, and it moves with every change', async () => {
    const first = await expectOk(() => fgt.api.get('/api/v2/cmdb/system/interface', { action: 'revision' }));
    expect(first.results).toEqual({ revision: first.revision });
    await expectOk(() => fgt.api.put('/api/v2/cmdb/system/interface/dmz', { alias: 'moved' }));
    const second = await expectOk(() => fgt.api.get('/api/v2/cmdb/system/interface', { action: 'revision' }));
    expect(second.results.revision).toBe(second.revision);
    expect(second.results.revision).not.toBe(first.results.revision);
  });

  it("carries fgsim's GUI hints in its own console's schema answer: Feature Visibility sections, access words", async () => {
    const settings = (
      await expectOk(() => fgt.api.get('/api/v2/cmdb/system/settings', { action: 'schema', fgsim_gui: '1' }))
    ).results.children;
    const global = (
      await expectOk(() => fgt.api.get('/api/v2/cmdb/system/global', { action: 'schema', fgsim_gui: '1' }))
    ).results.children;
    // Reference §4: IPv6 (system global) opens Core Features, before VPN (system settings).
    expect(global['gui-ipv6']).toMatchObject({ label: 'IPv6', 'gui-section': 'Core Features' });
    expect(settings['gui-vpn']).toMatchObject({ label: 'VPN', 'gui-section': 'Core Features' });
    expect(global['gui-ipv6']['gui-position']).toBeLessThan(settings['gui-vpn']['gui-position']);
    expect(settings['gui-endpoint-control']['gui-section']).toBe('Security Features');
    expect(settings['gui-default-policy-columns']['gui-section']).toBeUndefined();
    expect(global.hostname['gui-section']).toBeUndefined();
    const iface = (
      await expectOk(() => fgt.api.get('/api/v2/cmdb/system/interface', { action: 'schema', fgsim_gui: '1' }))
    ).results.children;
    // Reference §5: the Access column says FMG-Access for fgfm, RADIUS Accounting for radius-acct.
    expect(iface.allowaccess['gui-option-labels']).toMatchObject({
      https: 'HTTPS',
      fgfm: 'FMG-Access',
      'radius-acct': 'RADIUS Accounting',
    });
    expect(iface.alias['gui-option-labels']).toBeUndefined();
  });

  it('answers a whole table the same from its cache as when filtered, and never stale', async () => {
    for (const path of ['/api/v2/cmdb/system/interface', '/api/v2/cmdb/vpn.ipsec/phase1-interface']) {
      const whole = await expectOk(() => fgt.api.get(path));
      const paged = await expectOk(() => fgt.api.get(path, { count: '1000' }));
      expect(whole).toEqual(paged);
    }
    await expectOk(() => fgt.api.put('/api/v2/cmdb/system/interface/dmz', { alias: 'cached?' }));
    const after = await expectOk(() => fgt.api.get('/api/v2/cmdb/system/interface'));
    expect(after.results.find((r: { name: string }) => r.name === 'dmz').alias).toBe('cached?');
  });

  it('adds Ref. counts with with_meta=1', async () => {
    const env = await expectOk(() => fgt.api.get('/api/v2/cmdb/system/interface', { with_meta: '1' }));
    const byName = new Map(env.results.map((r: { name: string }) => [r.name, r]));
    // wan1: the two phase1 tunnels, their two tunnel interfaces, the SSL-VPN listen list (§12).
    expect(byName.get('wan1')).toMatchObject({ q_origin_key: 'wan1', q_ref: 5 });
    expect(byName.get('modem')).toMatchObject({ q_ref: 0 });
  });
});
