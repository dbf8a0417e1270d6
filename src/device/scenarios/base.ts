/**
 * Helpers every scenario uses: an empty device of a given model, the factory objects a 6.0 device
 * ships with, and a way to apply a scenario's changes through the same transactions any door uses.
 */
import type { Clock } from '../clock';
import { Device, type Tx } from '../config';
import { defaultRow } from '../rows';
import { tables } from '../schema';
import type { Config, DeviceState, EndpointInfo, Identity, LinkInfo } from '../state';
import { FACTORY_CERTIFICATES, FACTORY_CERTIFICATES_UPDATED } from './factory-certificates';

export const FGT60E: Identity = {
  model: 'FGT60E',
  model_name: 'FortiGate',
  model_number: '60E',
  serial: 'FGT60E4Q17000000',
  version: 'v6.0.4',
  build: 231,
  configVersion: 'FGT60E-6.0.4-FW-build0231',
};

export const FGT3KD: Identity = {
  model: 'FGT3KD',
  model_name: 'FortiGate',
  model_number: '3000D',
  serial: 'FGT3KD3Z17000000',
  version: 'v6.0.4',
  build: 231,
  configVersion: 'FGT3KD-6.0.4-FW-build0231',
};

/** The device boots three days, four hours and twelve minutes before the fixed clock's "now". */
export const UPTIME_MS = ((3 * 24 + 4) * 3600 + 12 * 60) * 1000;

function emptyConfig(): Config {
  const config: Config = {};
  for (const t of tables) config[t.path] = t.kind === 'table' ? [] : defaultRow(t.fields);
  return config;
}

/** A device of `identity` with nothing configured yet. */
export function emptyDevice(scenario: string, identity: Identity, clock: Clock): Device {
  const state: DeviceState = {
    scenario,
    identity,
    config: emptyConfig(),
    endpoints: {},
    links: {},
    bootTime: clock.now() - UPTIME_MS,
    changes: 0,
    touched: [],
  };
  return new Device(state, clock);
}

/** Applies a scenario's build step and returns the device with a fresh change history. */
export function built(
  device: Device,
  build: (tx: Tx) => void,
  links: Record<string, LinkInfo>,
  endpoints: Record<string, EndpointInfo> = {},
): Device {
  device.transact((tx) => {
    build(tx);
    for (const [uid, info] of Object.entries(endpoints)) tx.setEndpoint(uid, info);
  });
  const state = device.state;
  return new Device({ ...state, links, changes: 0, touched: [] }, device.clock);
}

/** The objects every 6.0 device has from the factory: certificates, addresses, portals, a guest user. */
export function factoryObjects(tx: Tx, hostname: string, serial: string): void {
  tx.update('system global', null, { hostname });
  tx.create('system admin', { name: 'admin', accprofile: 'super_admin', vdom: [{ name: 'root' }] });
  // The CA certificates' comment is a 6.0 unit's (a 6.0.6 backup); the Factory ones' is fgsim's
  // (docs/fortios-6.0.md §4.8).
  const caComment =
    'This is the default CA certificate the SSL Inspection will use when generating new server certificates.';
  // Each row with its key material and the 40F's `range global`, `source factory` and
  // `last-updated` (docs/fortios-6.0.md §4.8.1): the unit's own, made once for its serial number.
  const keys = FACTORY_CERTIFICATES[serial];
  if (!keys) throw new Error(`no factory certificates for ${serial}`);
  for (const name of [
    'Fortinet_CA_SSL',
    'Fortinet_CA_Untrusted',
    'Fortinet_Factory',
    'Fortinet_Factory_Backup',
  ]) {
    const key = keys[name];
    if (!key) throw new Error(`no factory certificate ${name} for ${serial}`);
    tx.create('vpn certificate local', {
      name,
      password: key.password,
      comments: name.startsWith('Fortinet_CA_') ? caComment : 'This is the default local certificate',
      'private-key': key.privateKey,
      certificate: key.certificate,
      range: 'global',
      source: 'factory',
      'last-updated': FACTORY_CERTIFICATES_UPDATED,
    });
  }
  // A unit's factory `guest` prints no `set passwd-time` (a unit's `show user local`, docs/fortios-6.0.md
  // §4.6.1): the device made it, no one set its password.
  tx.create('user local', { name: 'guest', passwd: 'guest' }, { internal: true });
  tx.create('user group', { name: 'SSO_Guest_Users', 'group-type': 'fsso-service' });
  tx.create('user group', { name: 'Guest-group', 'group-type': 'guest' });
  // A 6.0 unit's factory addresses, in its order and with its lines (docs/fortios-6.0.md §3.1): the
  // SSL-VPN pool first, bound to ssl.root, then `all` and `none`; each with its UUID.
  tx.create('firewall address', {
    name: 'SSLVPN_TUNNEL_ADDR1',
    type: 'iprange',
    'associated-interface': 'ssl.root',
    'start-ip': '10.212.134.200',
    'end-ip': '10.212.134.210',
  });
  tx.create('firewall address', { name: 'all' });
  tx.create('firewall address', { name: 'none', subnet: '0.0.0.0 255.255.255.255' });
  // The factory tag category, as a real 6.0.6 backup prints it (`config system object-tagging` /
  // `edit "default"` / `next` / `end`; docs/fortios-6.0.md §4.7.1).
  tx.create('system object-tagging', { category: 'default' });
  // Its IPv6 addresses (docs/fortios-6.0.md §4.7): the SSL-VPN IPv6 pool, then `all` and `none`.
  tx.create('firewall address6', { name: 'SSLVPN_TUNNEL_IPv6_ADDR1', ip6: 'fdff:ffff::/120' });
  tx.create('firewall address6', { name: 'all' });
  tx.create('firewall address6', { name: 'none', ip6: '::/128' });
  // The factory portals in a real unit's order: full-access, web-access, tunnel-access (backups).
  tx.create('vpn ssl web portal', {
    name: 'full-access',
    'tunnel-mode': 'enable',
    'ipv6-tunnel-mode': 'enable',
    'web-mode': 'enable',
    'ip-pools': ['SSLVPN_TUNNEL_ADDR1'],
    'ipv6-pools': ['SSLVPN_TUNNEL_IPv6_ADDR1'],
  });
  tx.create('vpn ssl web portal', { name: 'web-access', 'web-mode': 'enable' });
  tx.create('vpn ssl web portal', {
    name: 'tunnel-access',
    'tunnel-mode': 'enable',
    'ipv6-tunnel-mode': 'enable',
    'ip-pools': ['SSLVPN_TUNNEL_ADDR1'],
    'ipv6-pools': ['SSLVPN_TUNNEL_IPv6_ADDR1'],
  });
  tx.create('endpoint-control profile', { 'profile-name': 'default' });
}

/** A MAC address made from a number, in the Fortinet OUI for the device's own ports. */
export function macFor(n: number, oui = '90:6c:ac'): string {
  const b = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((x) => x.toString(16).padStart(2, '0'));
  return `${oui}:${b.join(':')}`;
}
