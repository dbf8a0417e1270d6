/**
 * The FortiGate 60E scenarios of reference §12: `factory-default`, `telemetry-on` (the state the
 * procedure starts from) and `telemetry-off` (the same device after every step of the procedure).
 */
import type { Clock } from '../clock';
import type { Device, Tx } from '../config';
import type { Compliance, EndpointInfo, LinkInfo } from '../state';
import { FGT60E, built, emptyDevice, factoryObjects, macFor } from './base';

/** The 60E's rows in the order (and with the snmp-index) a real unit lists them (docs/fortios-6.0.md §4.1). */
const ports = ['dmz', 'wan1', 'wan2', 'modem', 'ssl.root', 'internal'];

function physicalPorts(tx: Tx): void {
  let snmp = 1;
  const add = (row: Record<string, unknown>): void => {
    tx.create('system interface', { ...row, 'snmp-index': snmp++ }, { internal: true });
  };
  add({
    name: 'dmz',
    type: 'physical',
    ip: '10.10.10.1 255.255.255.0',
    role: 'dmz',
    allowaccess: 'ping https fgfm capwap',
  });
  add({ name: 'wan1', type: 'physical', mode: 'dhcp', role: 'wan', allowaccess: 'ping fgfm' });
  add({ name: 'wan2', type: 'physical', mode: 'dhcp', role: 'wan', allowaccess: 'ping fgfm' });
  add({ name: 'modem', type: 'physical', mode: 'pppoe', status: 'down' });
  add({ name: 'ssl.root', type: 'tunnel', alias: 'SSL VPN interface' });
  add({
    name: 'internal',
    type: 'hard-switch',
    ip: '192.168.1.99 255.255.255.0',
    role: 'lan',
    allowaccess: 'ping https ssh http fgfm capwap',
    fortiheartbeat: 'enable',
    'endpoint-compliance': 'enable',
    'device-identification': 'enable',
    stp: 'enable',
  });
}

/** The 60E's hardware switch: `internal`'s seven ports on switch chip `sw0` (docs/fortios-6.0.md §4.2). */
function internalSwitch(tx: Tx): void {
  tx.create(
    'system virtual-switch',
    {
      name: 'internal',
      'physical-switch': 'sw0',
      port: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ name: `internal${n}` })),
    },
    { internal: true },
  );
}

/** Each port's MAC comes from its place in this list, as it always has. */
const MAC_ORDER = ['wan1', 'wan2', 'dmz', 'internal', 'modem', 'ssl.root'];

function links(): Record<string, LinkInfo> {
  const out: Record<string, LinkInfo> = {};
  ports.forEach((name) => {
    const mac = macFor(0x1a2b30 + MAC_ORDER.indexOf(name));
    out[name] = { link: name !== 'modem', speed: name === 'ssl.root' ? 0 : 1000, mac };
  });
  out.wan1 = { ...out.wan1!, leased: '198.51.100.2 255.255.255.0' };
  out.wan2 = { ...out.wan2!, leased: '203.0.113.2 255.255.255.0' };
  return out;
}

/** A 60E as shipped: FortiTelemetry on `internal` only, no tunnels, no endpoints. */
export function factoryDefault(clock: Clock): Device {
  return built(
    emptyDevice('factory-default', FGT60E, clock),
    (tx) => {
      factoryObjects(tx, 'FGT60E', FGT60E.serial);
      physicalPorts(tx);
      internalSwitch(tx);
      tx.update('vpn ssl settings', null, {
        servercert: 'Fortinet_Factory',
        'tunnel-ip-pools': ['SSLVPN_TUNNEL_ADDR1'],
      });
    },
    links(),
  );
}

const tunnels = [
  {
    name: 'HQ-to-Branch',
    interface: 'wan1',
    'remote-gw': '198.51.100.200',
    comments: 'Site-to-site to the branch office',
  },
  {
    name: 'FCT-Dialup',
    interface: 'wan1',
    type: 'dynamic',
    'mode-cfg': 'enable',
    'forticlient-enforcement': 'enable',
    comments: 'FortiClient dial-up VPN',
  },
  {
    name: 'DC-Backup',
    interface: 'wan2',
    'remote-gw': '203.0.113.50',
    comments: 'Backup link to the data centre',
  },
];

interface EndpointSeed {
  host: string;
  user: string;
  os: string;
  version: string;
  intf: string;
  ip: string;
  compliance: Compliance;
  online: boolean;
  minutesAgo: number;
}

const win10 = 'Microsoft Windows 10 Professional Edition, 64-bit (build 17134)';
const endpointSeeds: EndpointSeed[] = [
  {
    host: 'WIN10-ACCT01',
    user: 'jsmith',
    os: win10,
    version: '6.0.4.0182',
    intf: 'internal',
    ip: '192.168.1.110',
    compliance: 'compliant',
    online: true,
    minutesAgo: 1,
  },
  {
    host: 'WIN7-RECEPTION',
    user: 'mbrown',
    os: 'Microsoft Windows 7 Professional Edition, 64-bit Service Pack 1 (build 7601)',
    version: '5.6.6.1167',
    intf: 'internal',
    ip: '192.168.1.111',
    compliance: 'non-compliant',
    online: true,
    minutesAgo: 2,
  },
  {
    host: 'MBP-DESIGN02',
    user: 'alee',
    os: 'Mac OS X v10.13 High Sierra',
    version: '6.0.3.0155',
    intf: 'internal',
    ip: '192.168.1.112',
    compliance: 'compliant',
    online: false,
    minutesAgo: 185,
  },
  {
    host: 'WIN10-LAB03',
    user: 'labuser',
    os: win10,
    version: '6.0.4.0182',
    intf: 'internal',
    ip: '192.168.1.113',
    compliance: 'exempt',
    online: true,
    minutesAgo: 0,
  },
  {
    host: 'LAPTOP-SALES01',
    user: 'rkhan',
    os: win10,
    version: '6.0.4.0182',
    intf: 'FCT-Dialup',
    ip: '10.212.134.200',
    compliance: 'compliant',
    online: true,
    minutesAgo: 4,
  },
  {
    host: 'LAPTOP-SALES02',
    user: 'tnguyen',
    os: win10,
    version: '6.0.2.0128',
    intf: 'FCT-Dialup',
    ip: '10.212.134.201',
    compliance: 'quarantined',
    online: true,
    minutesAgo: 12,
  },
];

/** FortiClient UIDs are 32 upper-case hex digits; ours are made from the serial and a sequence number. */
export function endpointUid(n: number, serialSeed = 0x60e): string {
  const part = (k: number): string =>
    ((Math.imul(n + 1, 0x9e3779b1) ^ Math.imul(k + serialSeed, 0x85ebca6b)) >>> 0)
      .toString(16)
      .padStart(8, '0');
  return [0, 1, 2, 3].map(part).join('').toUpperCase();
}

function telemetryOnBuild(tx: Tx, clock: Clock, endpoints: Record<string, EndpointInfo>): void {
  factoryObjects(tx, 'FGT60E', FGT60E.serial);
  physicalPorts(tx);
  internalSwitch(tx);
  tx.update('system interface', 'dmz', { fortiheartbeat: 'enable' });
  tx.update('system interface', 'ssl.root', { fortiheartbeat: 'enable' });
  for (const t of tunnels) tx.create('vpn ipsec phase1-interface', { ...t, psksecret: 'fgsim-psk' });
  // **Decision** (docs/fortios-6.0.md §4.6.1): the scenario's user is made as the factory guest is, with
  // no `passwd-time`; a password set through any door is stamped.
  tx.create('user local', { name: 'rkhan', passwd: 'fgsim' }, { internal: true });
  tx.create('user group', { name: 'SSLVPN-Users', member: ['rkhan'] });
  tx.update('vpn ssl settings', null, {
    servercert: 'Fortinet_Factory',
    'tunnel-ip-pools': ['SSLVPN_TUNNEL_ADDR1'],
    'source-interface': ['wan1'],
    'default-portal': 'web-access',
    'authentication-rule': [{ id: 1, groups: ['SSLVPN-Users'], portal: 'full-access' }],
  });
  tx.update('system csf', null, {
    status: 'enable',
    'group-name': 'fgsim-fabric',
    'group-password': 'fgsim',
  });
  const serial = FGT60E.serial;
  endpointSeeds.forEach((e, i) => {
    const uid = endpointUid(i);
    const mac = macFor(0x4c1d00 + i, '00:0c:29');
    tx.create('endpoint-control registered-forticlient', {
      uid,
      ip: e.ip,
      mac,
      status: 1,
      flag: 0,
      'reg-fortigate': serial,
    });
    endpoints[uid] = {
      host_name: e.host,
      user: e.user,
      os: e.os,
      fct_version: e.version,
      intf_name: e.intf,
      compliance: e.compliance,
      ...(e.compliance === 'quarantined' ? { compliance_before_quarantine: 'non-compliant' as const } : {}),
      blocked: false,
      online: e.online,
      last_seen: Math.floor(clock.now() / 1000) - e.minutesAgo * 60,
    };
  });
}

/** The default: the device the procedure starts from. */
export function telemetryOn(clock: Clock): Device {
  const endpoints: Record<string, EndpointInfo> = {};
  const device = emptyDevice('telemetry-on', FGT60E, clock);
  return built(device, (tx) => telemetryOnBuild(tx, clock, endpoints), withTunnelLinks(links()), endpoints);
}

function withTunnelLinks(base: Record<string, LinkInfo>): Record<string, LinkInfo> {
  const out = { ...base };
  tunnels.forEach((t, i) => {
    out[t.name] = { link: t.name !== 'DC-Backup', speed: 0, mac: macFor(0x1a2b40 + i) };
  });
  return out;
}

/** The same device after every step of the procedure. */
export function telemetryOff(clock: Clock): Device {
  const endpoints: Record<string, EndpointInfo> = {};
  const device = emptyDevice('telemetry-off', FGT60E, clock);
  return built(
    device,
    (tx) => {
      telemetryOnBuild(tx, clock, endpoints);
      tx.update('system settings', null, { 'gui-endpoint-control': 'enable' });
      for (const row of tx.rows('system interface'))
        // As the Edit Interface page does it: "Enforce FortiClient compliance" goes with FortiTelemetry.
        if (row.fortiheartbeat === 'enable')
          tx.update('system interface', String(row.name), {
            fortiheartbeat: 'disable',
            'endpoint-compliance': 'disable',
          });
      for (const row of tx.rows('endpoint-control profile'))
        tx.update('endpoint-control profile', String(row['profile-name']), {
          'forticlient-winmac-settings': { 'forticlient-system-compliance': 'disable' },
        });
      for (const row of [...tx.rows('endpoint-control registered-forticlient')])
        tx.remove('endpoint-control registered-forticlient', String(row.uid));
      for (const uid of Object.keys(endpoints)) delete endpoints[uid];
    },
    withTunnelLinks(links()),
  );
}
