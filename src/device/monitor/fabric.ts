/**
 * The two monitor calls the 6.0 GUI makes on the Security Fabric and FortiClient screens, answered
 * from the device's state (docs/fortios-6.0.md §5.1):
 *
 * - `system/available-interfaces`: one row per interface, in the key order of a row a 6.0-era GUI
 *   sent back to the device (code610's 2019 FortiGate VM proof of concept, `forteanet.py`: `name`,
 *   `real_interface_name`, `vdom`, … `supports_fortitelemetry`, `fortitelemetry`, … `type`, `icon`).
 * - `system/csf`: the Security Fabric tree, this unit at its root, in the shape a 7.4.8 unit answers
 *   (`results.devices.fortigate[…]`, `protocol_enabled`), reduced to the keys 6.0 can fill.
 *   **Decision** (§5.1): no 6.0 capture was found; the 6.0 answer is taken to be that shape's subset.
 */
import type { Device } from '../config';
import type { Row } from '../schema';
import { own } from '../state';
import { maskToPrefix } from '../values';

export interface AvailableInterface {
  name: string;
  real_interface_name: string;
  vdom: string;
  is_system_interface: boolean;
  status: string;
  in_bandwidth_limit: number;
  out_bandwidth_limit: number;
  dynamic_addressing: boolean;
  dhcp4_client_count: number;
  dhcp6_client_count: number;
  ipv4_addresses?: Array<{ ip: string; netmask: string; cidr_netmask: number }>;
  role: string;
  mac_address?: string;
  link?: string;
  duplex?: string;
  supports_device_id: boolean;
  device_id_enabled: boolean;
  valid_in_policy: boolean;
  supports_fortitelemetry: boolean;
  fortitelemetry: boolean;
  compliance_enforced: boolean;
  is_used: boolean;
  is_physical?: boolean;
  media?: string;
  is_hardware_switch?: boolean;
  is_tunnel?: boolean;
  is_sslvpn?: boolean;
  is_modem?: boolean;
  is_aggregatable: boolean;
  is_explicit_proxyable: boolean;
  is_ipsecable: boolean;
  is_routable: boolean;
  tagging: never[];
  type: string;
  icon: string;
}

/** What the GUI draws for a port: `ftnt-interface-<media>-<up|down>`, tunnels and switches their own. */
function iconOf(row: Row, up: boolean): string {
  const state = up ? 'up' : 'down';
  if (row.type === 'tunnel') return 'ftnt-tunnel';
  if (row.type === 'hard-switch') return `ftnt-hardware-switch-${state}`;
  return `ftnt-interface-rj45-${state}`;
}

export function availableInterfaces(device: Device): AvailableInterface[] {
  const usedByPhase1 = new Set(device.rows('vpn ipsec phase1-interface').map((r) => String(r.interface)));
  return device.rows('system interface').map((row) => {
    const name = String(row.name);
    const type = String(row.type);
    const link = own(device.state.links, name);
    const up = row.status === 'up' && (link?.link ?? true);
    const physical = type === 'physical' || type === 'hard-switch';
    const [ip = '0.0.0.0', mask = '0.0.0.0'] = String(
      row.mode !== 'static' && link?.leased ? link.leased : row.ip,
    ).split(' ');
    const tunnel = type === 'tunnel';
    return {
      name,
      real_interface_name: name,
      vdom: String(row.vdom),
      is_system_interface: true,
      status: up ? 'up' : 'down',
      in_bandwidth_limit: 0,
      out_bandwidth_limit: 0,
      dynamic_addressing: row.mode === 'dhcp' || row.mode === 'pppoe',
      dhcp4_client_count: 0,
      dhcp6_client_count: 0,
      ...(ip !== '0.0.0.0'
        ? { ipv4_addresses: [{ ip, netmask: mask, cidr_netmask: maskToPrefix(mask) }] }
        : {}),
      role: String(row.role),
      ...(physical
        ? {
            mac_address: link?.mac ?? '00:00:00:00:00:00',
            link: up ? 'up' : 'down',
            duplex: up ? 'full' : 'half',
          }
        : {}),
      supports_device_id: !tunnel,
      device_id_enabled: row['device-identification'] === 'enable',
      valid_in_policy: true,
      supports_fortitelemetry: true,
      fortitelemetry: row.fortiheartbeat === 'enable',
      compliance_enforced: row['endpoint-compliance'] === 'enable',
      is_used: usedByPhase1.has(name),
      ...(physical ? { is_physical: true, media: 'rj45' } : {}),
      ...(type === 'hard-switch' ? { is_hardware_switch: true } : {}),
      ...(tunnel ? { is_tunnel: true } : {}),
      ...(name === 'ssl.root' ? { is_sslvpn: true } : {}),
      ...(name === 'modem' ? { is_modem: true } : {}),
      is_aggregatable: type === 'physical',
      is_explicit_proxyable: !tunnel,
      is_ipsecable: !tunnel,
      is_routable: true,
      tagging: [],
      type,
      icon: iconOf(row, up),
    };
  });
}

export interface CsfTree {
  devices: { fortigate: CsfMember[] };
  protocol_enabled: boolean;
}

export interface CsfMember {
  path: string;
  mgmt_ip_str: string;
  mgmt_port: number;
  sync_mode: number;
  admin_port: number;
  serial: string;
  host_name: string;
  firmware_version_major: number;
  firmware_version_minor: number;
  firmware_version_patch: number;
  firmware_version_build: number;
  device_type: 'fortigate';
  model_name: string;
  model_number: string;
  model: string;
  vdoms: string[];
  subtree_members: CsfMember[];
}

/** This unit as the root of its fabric: it has no downstream FortiGates (fgsim models none). */
export function csfTree(device: Device): CsfTree {
  const csf = device.single('system csf');
  const global = device.single('system global');
  const { identity } = device.state;
  const [major = 0, minor = 0, patch = 0] = identity.version.replace(/^v/, '').split('.').map(Number);
  return {
    devices: {
      fortigate: [
        {
          path: identity.serial,
          mgmt_ip_str: '',
          mgmt_port: 0,
          sync_mode: csf['configuration-sync'] === 'local' ? 0 : 1,
          admin_port: Number(global['admin-sport'] ?? 443),
          serial: identity.serial,
          host_name: String(global.hostname),
          firmware_version_major: major,
          firmware_version_minor: minor,
          firmware_version_patch: patch,
          firmware_version_build: identity.build,
          device_type: 'fortigate',
          model_name: identity.model_name,
          model_number: identity.model_number,
          model: identity.model,
          vdoms: ['root'],
          subtree_members: [],
        },
      ],
    },
    protocol_enabled: csf.status === 'enable',
  };
}
