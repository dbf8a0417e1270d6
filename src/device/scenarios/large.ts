/**
 * `large`: a FortiGate 3000D with 40 ports, 400 VLANs, 5,000 IPsec tunnels and 10,000 registered
 * endpoints — for scale. Every value comes from a seeded generator, so it is the same on every build.
 */
import type { Clock } from '../clock';
import type { Device } from '../config';
import { seededRandom } from '../rng';
import type { Compliance, EndpointInfo, LinkInfo } from '../state';
import { intToIp, ipToInt } from '../values';
import { FGT3KD, built, emptyDevice, factoryObjects, macFor } from './base';
import { endpointUid } from './fgt60e';

export const LARGE = { ports: 40, vlans: 400, tunnels: 5000, endpoints: 10000 } as const;

const compliances: Compliance[] = [
  'compliant',
  'compliant',
  'compliant',
  'non-compliant',
  'exempt',
  'quarantined',
];
const oses = [
  'Microsoft Windows 10 Professional Edition, 64-bit (build 17134)',
  'Microsoft Windows 7 Professional Edition, 64-bit Service Pack 1 (build 7601)',
  'Mac OS X v10.13 High Sierra',
  'Microsoft Windows Server 2016 Standard Edition, 64-bit (build 14393)',
];
const versions = ['6.0.4.0182', '6.0.3.0155', '6.0.2.0128', '5.6.6.1167'];

export function large(clock: Clock): Device {
  const random = seededRandom(3000);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const links: Record<string, LinkInfo> = {};
  const endpoints: Record<string, EndpointInfo> = {};
  const now = Math.floor(clock.now() / 1000);
  return built(
    emptyDevice('large', FGT3KD, clock),
    (tx) => {
      factoryObjects(tx, 'FGT3KD', FGT3KD.serial);
      let snmp = 1;
      for (let p = 1; p <= LARGE.ports; p++) {
        const name = `port${p}`;
        tx.create(
          'system interface',
          {
            name,
            type: 'physical',
            ip: p === 1 ? '192.168.1.99 255.255.255.0' : `10.${p}.0.1 255.255.255.0`,
            role: p <= 2 ? 'wan' : 'lan',
            allowaccess: p === 1 ? 'ping https ssh http fgfm' : 'ping',
            fortiheartbeat: p % 4 === 1 ? 'enable' : 'disable',
            'snmp-index': snmp++,
          },
          { internal: true },
        );
        links[name] = { link: random() > 0.1, speed: 10000, mac: macFor(0x3d0000 + p) };
      }
      tx.create(
        'system interface',
        {
          name: 'ssl.root',
          type: 'tunnel',
          alias: 'SSL VPN interface',
          fortiheartbeat: 'enable',
          'snmp-index': snmp++,
        },
        { internal: true },
      );
      links['ssl.root'] = { link: true, speed: 0, mac: macFor(0x3d00ff) };
      for (let v = 0; v < LARGE.vlans; v++) {
        const port = 3 + (v % (LARGE.ports - 2));
        const id = 100 + v;
        const name = `vlan${id}`;
        tx.create(
          'system interface',
          {
            name,
            type: 'vlan',
            interface: `port${port}`,
            vlanid: id,
            ip: `${intToIp(ipToInt('172.16.0.1') + v * 256)} 255.255.255.0`,
            role: 'lan',
            allowaccess: 'ping',
            fortiheartbeat: random() < 0.3 ? 'enable' : 'disable',
            'snmp-index': snmp++,
          },
          { internal: true },
        );
        links[name] = { link: true, speed: 10000, mac: macFor(0x3d0000 + port) };
      }
      for (let t = 1; t <= LARGE.tunnels; t++) {
        const name = `tun${String(t).padStart(5, '0')}`;
        tx.create('vpn ipsec phase1-interface', {
          name,
          interface: t % 2 === 0 ? 'port1' : 'port2',
          'remote-gw': intToIp(ipToInt('100.64.0.1') + t),
          psksecret: 'fgsim-psk',
        });
        links[name] = { link: random() > 0.2, speed: 0, mac: macFor(0x3e0000 + t) };
      }
      const vlanNames = tx
        .rows('system interface')
        .filter((r) => r.type === 'vlan')
        .map((r) => String(r.name));
      for (let e = 0; e < LARGE.endpoints; e++) {
        const uid = endpointUid(e, 0x3000d);
        const intf = e % 5 === 0 ? `tun${String((e % LARGE.tunnels) + 1).padStart(5, '0')}` : pick(vlanNames);
        const ip = intToIp(ipToInt('10.128.0.10') + e);
        tx.create('endpoint-control registered-forticlient', {
          uid,
          ip,
          mac: macFor(0x500000 + e, '00:0c:29'),
          'reg-fortigate': FGT3KD.serial,
        });
        const compliance = pick(compliances);
        endpoints[uid] = {
          host_name: `HOST-${String(e + 1).padStart(5, '0')}`,
          user: `user${String((e % 2500) + 1).padStart(4, '0')}`,
          os: pick(oses),
          fct_version: pick(versions),
          intf_name: intf,
          compliance,
          ...(compliance === 'quarantined' ? { compliance_before_quarantine: 'non-compliant' as const } : {}),
          blocked: false,
          online: random() > 0.25,
          last_seen: now - Math.floor(random() * 86400),
        };
      }
    },
    links,
    endpoints,
  );
}
