import { field, toggle, type TableSchema } from './types';

export const vpnSslSettings: TableSchema = {
  path: 'vpn ssl settings',
  kind: 'single',
  scope: 'vdom',
  help: 'Configure SSL VPN.',
  fields: [
    field(
      'reqclientcert',
      { kind: 'option', options: ['enable', 'disable'] },
      'disable',
      'Enable to require client certificates for all SSL-VPN users.',
      {
        label: 'Require Client Certificate',
      },
    ),
    field(
      'idle-timeout',
      { kind: 'integer', min: 0, max: 259200 },
      300,
      'SSL VPN disconnects if idle for specified time in seconds.',
      {
        label: 'Idle Logout',
      },
    ),
    field(
      'auth-timeout',
      { kind: 'integer', min: 0, max: 259200 },
      28800,
      'SSL-VPN authentication timeout (1 - 259200 sec (3 days), 0 for no timeout).',
    ),
    field(
      'login-attempt-limit',
      { kind: 'integer', min: 0, max: 10 },
      2,
      'SSL VPN maximum login attempt times before block (0 - 10, default = 2, 0 = no limit).',
    ),
    field(
      'login-block-time',
      { kind: 'integer', min: 0, max: 86400 },
      60,
      'Time for which a user is blocked from logging in after too many failed login attempts (0 - 86400 sec, default = 60).',
    ),
    field(
      'servercert',
      { kind: 'reference', table: 'vpn certificate local' },
      'Fortinet_Factory',
      'Name of the server certificate to be used for SSL-VPNs.',
      {
        label: 'Server Certificate',
      },
    ),
    field(
      'tunnel-ip-pools',
      { kind: 'reference-list', table: 'firewall address' },
      [],
      'Names of the IPv4 IP Pool firewall objects that define the IP addresses reserved for remote clients.',
      {
        label: 'Address Range',
      },
    ),
    // 6.0's IPv6 keys, where a 6.0.1 unit's REST answer of vpn.ssl/settings has them: the IPv6 pools
    // after the IPv4 ones, the IPv6 DNS and WINS servers after the IPv4 servers, `source-address6`
    // after `source-address-negate` (docs/fortios-6.0.md §4.7).
    field(
      'tunnel-ipv6-pools',
      { kind: 'reference-list', table: 'firewall address6' },
      [],
      'Names of the IPv6 IP Pool firewall objects that define the IP addresses reserved for remote clients.',
    ),
    field('dns-server1', { kind: 'ipv4' }, '0.0.0.0', 'DNS server 1.', { label: 'DNS Server #1' }),
    field('dns-server2', { kind: 'ipv4' }, '0.0.0.0', 'DNS server 2.', { label: 'DNS Server #2' }),
    field('ipv6-dns-server1', { kind: 'ipv6' }, '::', 'IPv6 DNS server 1.'),
    field('ipv6-dns-server2', { kind: 'ipv6' }, '::', 'IPv6 DNS server 2.'),
    field('ipv6-wins-server1', { kind: 'ipv6' }, '::', 'IPv6 WINS server 1.'),
    field('ipv6-wins-server2', { kind: 'ipv6' }, '::', 'IPv6 WINS server 2.'),
    field('port', { kind: 'integer', min: 1, max: 65535 }, 10443, 'SSL-VPN access port (1 - 65535).', {
      label: 'Listen on Port',
    }),
    field(
      'source-interface',
      { kind: 'reference-list', table: 'system interface' },
      [],
      'SSL VPN source interface of incoming traffic.',
      {
        label: 'Listen on Interface(s)',
      },
    ),
    field(
      'source-address',
      { kind: 'reference-list', table: 'firewall address' },
      [],
      'Source address of incoming traffic.',
      {
        label: 'Restrict Access',
      },
    ),
    toggle('source-address-negate', 'disable', 'Enable/disable negated source address match.'),
    field(
      'source-address6',
      { kind: 'reference-list', table: 'firewall address6' },
      [],
      'IPv6 source address of incoming traffic.',
    ),
    toggle('source-address6-negate', 'disable', 'Enable/disable negated source IPv6 address match.'),
    toggle(
      'https-redirect',
      'disable',
      'Enable/disable redirect of port 80 to SSL-VPN port.',
      'Redirect HTTP to SSL-VPN',
    ),
    field(
      'default-portal',
      { kind: 'reference', table: 'vpn ssl web portal', optional: true },
      '',
      'Default SSL VPN portal.',
      {
        label: 'All Other Users/Groups',
      },
    ),
    field(
      'authentication-rule',
      {
        kind: 'sub-table',
        mkey: 'id',
        fields: [
          field('id', { kind: 'integer', min: 0, max: 4294967295 }, 0, 'ID (0 - 4294967295).'),
          field('groups', { kind: 'reference-list', table: 'user group' }, [], 'User groups.', {
            label: 'Groups',
          }),
          field('users', { kind: 'reference-list', table: 'user local' }, [], 'User name.', {
            label: 'Users',
          }),
          field(
            'portal',
            { kind: 'reference', table: 'vpn ssl web portal', optional: true },
            '',
            'SSL VPN portal.',
            { label: 'Portal' },
          ),
        ],
      },
      [],
      'Authentication rule for SSL VPN.',
      { label: 'Authentication/Portal Mapping' },
    ),
  ],
};
