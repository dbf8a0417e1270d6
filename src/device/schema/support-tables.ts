/**
 * Tables that the procedure does not touch but that its tables refer to (addresses, portals, users,
 * certificates). They are kept small: enough for references to resolve and for `-3` to mean something.
 */
import { field, type TableSchema } from './types';

export const firewallAddress: TableSchema = {
  path: 'firewall address',
  kind: 'table',
  mkey: 'name',
  scope: 'vdom',
  help: 'Configure IPv4 addresses.',
  fields: [
    // Key order of 6.0 `show firewall address` rows: uuid, type, associated-interface, subnet | start-ip,
    // end-ip (a 2018 FortiGate VM transcript and a 6.0.4 FGTAWS backup; docs/fortios-6.0.md §3.1).
    field('name', { kind: 'name', maxLength: 63 }, '', 'Address name.'),
    field(
      'uuid',
      { kind: 'uuid' },
      '00000000-0000-0000-0000-000000000000',
      'Universally Unique Identifier (UUID; automatically assigned but can be manually reset).',
    ),
    // 6.0's types less `wildcard` and `dynamic` (**Decision**, docs/fortios-6.0.md §4.6: a wildcard
    // mask is not a netmask, a value kind fgsim does not have; `dynamic` needs SDN connectors).
    field(
      'type',
      { kind: 'option', options: ['ipmask', 'iprange', 'fqdn', 'geography', 'wildcard-fqdn'] },
      'ipmask',
      'Type of address.',
    ),
    field(
      'associated-interface',
      { kind: 'reference', table: 'system interface', optional: true },
      '',
      'Network interface associated with address.',
    ),
    field('subnet', { kind: 'ipv4-mask' }, '0.0.0.0 0.0.0.0', 'IP address and subnet mask of address.'),
    field(
      'start-ip',
      { kind: 'ipv4' },
      '0.0.0.0',
      'First IP address (inclusive) in the range for the address.',
    ),
    field(
      'end-ip',
      { kind: 'ipv4' },
      '0.0.0.0',
      'Final IP address (inclusive) in the range for the address.',
    ),
    field('fqdn', { kind: 'string', maxLength: 255 }, '', 'Fully Qualified Domain Name address.'),
    // Keys and help: the 6.0.5 module (coll-test/fortinet.fortios `fortios_firewall_address.py`).
    // **Decision** (§4.6): printed only on the rows of their type, as `onlyFor` does for the
    // interface's keys (§3); `country` holds a two-letter code, `wildcard-fqdn` as long as `fqdn`.
    field('country', { kind: 'string', maxLength: 2 }, '', 'IP addresses associated to a specific country.', {
      onlyFor: ['geography'],
    }),
    field(
      'wildcard-fqdn',
      { kind: 'string', maxLength: 255 },
      '',
      'Fully Qualified Domain Name with wildcard characters.',
      { onlyFor: ['wildcard-fqdn'] },
    ),
    field('comment', { kind: 'string', maxLength: 255 }, '', 'Comment.'),
  ],
};

export const vpnSslWebPortal: TableSchema = {
  path: 'vpn ssl web portal',
  kind: 'table',
  mkey: 'name',
  scope: 'vdom',
  help: 'Portal.',
  fields: [
    field('name', { kind: 'name', maxLength: 35 }, '', 'Portal name.'),
    field(
      'tunnel-mode',
      { kind: 'option', options: ['enable', 'disable'] },
      'disable',
      'Enable/disable IPv4 SSL-VPN tunnel mode.',
    ),
    field(
      'ipv6-tunnel-mode',
      { kind: 'option', options: ['enable', 'disable'] },
      'disable',
      'Enable/disable IPv6 SSL-VPN tunnel mode.',
    ),
    field(
      'web-mode',
      { kind: 'option', options: ['enable', 'disable'] },
      'disable',
      'Enable/disable SSL VPN web mode.',
    ),
    field(
      'ip-pools',
      { kind: 'reference-list', table: 'firewall address' },
      [],
      'IPv4 firewall source address objects reserved for SSL-VPN tunnel mode clients.',
    ),
    field(
      'ipv6-pools',
      { kind: 'reference-list', table: 'firewall address6' },
      [],
      'IPv6 firewall source address objects reserved for SSL-VPN tunnel mode clients.',
    ),
  ],
};

export const userGroup: TableSchema = {
  path: 'user group',
  kind: 'table',
  mkey: 'name',
  scope: 'vdom',
  help: 'Configure user groups.',
  fields: [
    field('name', { kind: 'name', maxLength: 35 }, '', 'Group name.'),
    field(
      'group-type',
      { kind: 'option', options: ['firewall', 'fsso-service', 'rsso', 'guest'] },
      'firewall',
      'Set the group to be for firewall authentication, FSSO, RSSO, or guest users.',
    ),
    field(
      'member',
      { kind: 'reference-list', table: 'user local' },
      [],
      'Names of users, peers, LDAP servers, or RADIUS servers to add to the user group.',
    ),
  ],
};

export const userLocal: TableSchema = {
  path: 'user local',
  kind: 'table',
  mkey: 'name',
  scope: 'vdom',
  help: 'Configure local users.',
  fields: [
    field('name', { kind: 'name', maxLength: 64 }, '', 'User name.'),
    field(
      'status',
      { kind: 'option', options: ['enable', 'disable'] },
      'enable',
      'Enable/disable allowing the local user to authenticate with the FortiGate unit.',
    ),
    field(
      'type',
      { kind: 'option', options: ['password', 'radius', 'tacacs+', 'ldap'] },
      'password',
      'Authentication method.',
    ),
    field('passwd', { kind: 'password', maxLength: 128 }, '', "User's password."),
  ],
};

export const vpnCertificateLocal: TableSchema = {
  path: 'vpn certificate local',
  kind: 'table',
  mkey: 'name',
  scope: 'vdom',
  help: 'Local keys and certificates.',
  fields: [
    field('name', { kind: 'name', maxLength: 35 }, '', 'Name.'),
    field('comments', { kind: 'string', maxLength: 511 }, '', 'Comment.'),
  ],
};
