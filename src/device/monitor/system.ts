/** `get system status` and the monitor calls about the system and its interfaces. */
import type { Device } from '../config';
import { dict, own } from '../state';
import { maskToPrefix } from '../values';

export interface SystemStatus {
  model_name: string;
  model_number: string;
  model: string;
  hostname: string;
  log_disk_status: string;
}

export function systemStatus(device: Device): SystemStatus {
  const { identity } = device.state;
  return {
    model_name: identity.model_name,
    model_number: identity.model_number,
    model: identity.model,
    hostname: String(device.single('system global').hostname),
    log_disk_status: 'available',
  };
}

export interface InterfaceMonitor {
  id: string;
  name: string;
  alias: string;
  mac: string;
  ip: string;
  mask: number;
  link: boolean;
  speed: number;
  duplex: number;
  tx_packets: number;
  rx_packets: number;
  tx_bytes: number;
  rx_bytes: number;
  tx_errors: number;
  rx_errors: number;
}

/** Link state and the address in use (the configured one, or the DHCP/PPPoE lease). */
export function interfaceMonitor(device: Device): Record<string, InterfaceMonitor> {
  const out = dict<InterfaceMonitor>();
  const uptime = device.uptimeSeconds();
  device.rows('system interface').forEach((row, i) => {
    const name = String(row.name);
    const link = own(device.state.links, name);
    const up = row.status === 'up' && (link?.link ?? true);
    const [ip = '0.0.0.0', mask = '0.0.0.0'] = String(
      row.mode !== 'static' && link?.leased ? link.leased : row.ip,
    ).split(' ');
    const traffic = up ? (i + 1) * uptime : 0;
    out[name] = {
      id: name,
      name,
      alias: String(row.alias),
      mac: link?.mac ?? '00:00:00:00:00:00',
      ip,
      mask: maskToPrefix(mask),
      link: up,
      speed: up ? (link?.speed ?? 1000) : 0,
      duplex: up ? 1 : 0,
      tx_packets: traffic * 3,
      rx_packets: traffic * 4,
      tx_bytes: traffic * 1500,
      rx_bytes: traffic * 2100,
      tx_errors: 0,
      rx_errors: 0,
    };
  });
  return out;
}
