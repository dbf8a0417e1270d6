import { field, toggle, type TableSchema } from './types';

/**
 * `config vpn ssl settings`: every key 6.0.4 has, in the device's order, with the device's defaults.
 * Keys, order and defaults: a 6.0.1 unit's answer to `GET /api/v2/cmdb/vpn.ssl/settings` (a fortiosapi
 * example script of 2018 quoting it, `"version": "v6.0.1", "build": 131`, revision
 * `15.0.0.9539865665020678008.1535658219`; docs/fortios-6.0.md §4.6): a REST answer lists a table's
 * keys in the device's own order, and the same script's `sh vpn ssl settings` prints only servercert,
 * tunnel-ip-pools, source-interface, source-address and default-portal, so every other value in the
 * answer is the default. Help, options and bounds: the 6.0.5 module (coll-test/fortinet.fortios
 * `plugins/modules/fortios_vpn_ssl_settings.py`), whose key list is the answer's less `algorithm`
 * plus `route-source-interface`; the 6.0.5 CLI reference says `route-source-interface` was removed in
 * 6.0.1 (docs.fortinet.com/document/fortigate/6.0.5/cli-reference/231595/vpn-ssl-settings, "History"),
 * so it is not modelled, and `algorithm` is, as the 6.0.1 unit has it (its options and help from the
 * per-version data, fortinet-ansible-dev/ansible-galaxy-fortios-collection `fortios_vpn_ssl_settings.py`).
 */
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
    toggle('tlsv1-0', 'disable', 'Enable/disable TLSv1.0.'),
    toggle('tlsv1-1', 'enable', 'Enable/disable TLSv1.1.'),
    toggle('tlsv1-2', 'enable', 'Enable/disable TLSv1.2.'),
    field(
      'banned-cipher',
      {
        kind: 'multi-option',
        options: [
          'RSA',
          'DH',
          'DHE',
          'ECDH',
          'ECDHE',
          'DSS',
          'ECDSA',
          'AES',
          'AESGCM',
          'CAMELLIA',
          '3DES',
          'SHA1',
          'SHA256',
          'SHA384',
          'STATIC',
        ],
      },
      '',
      'Select one or more cipher technologies that cannot be used in SSL-VPN negotiations.',
    ),
    toggle('ssl-insert-empty-fragment', 'enable', 'Enable/disable insertion of empty fragment.'),
    toggle(
      'https-redirect',
      'disable',
      'Enable/disable redirect of port 80 to SSL-VPN port.',
      'Redirect HTTP to SSL-VPN',
    ),
    toggle('x-content-type-options', 'enable', 'Add HTTP X-Content-Type-Options header.'),
    field(
      'ssl-client-renegotiation',
      { kind: 'option', options: ['disable', 'enable'] },
      'disable',
      'Enable to allow client renegotiation by the server if the tunnel goes down.',
    ),
    toggle('force-two-factor-auth', 'disable', 'Enable to force two-factor authentication for all SSL-VPNs.'),
    toggle('unsafe-legacy-renegotiation', 'disable', 'Enable/disable unsafe legacy re-negotiation.'),
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
      'algorithm',
      { kind: 'option', options: ['high', 'medium', 'default', 'low'] },
      'high',
      'Force the SSL VPN security level. High allows only high. Medium allows medium and high. Low allows any.',
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
      'login-timeout',
      { kind: 'integer', min: 10, max: 180 },
      30,
      'SSLVPN maximum login timeout (10 - 180 sec).',
    ),
    field(
      'dtls-hello-timeout',
      { kind: 'integer', min: 10, max: 60 },
      10,
      'SSLVPN maximum DTLS hello timeout (10 - 60 sec).',
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
    field(
      'tunnel-ipv6-pools',
      { kind: 'reference-list', table: 'firewall address6' },
      [],
      'Names of the IPv6 IP Pool firewall objects that define the IP addresses reserved for remote clients.',
    ),
    field('dns-suffix', { kind: 'string', maxLength: 253 }, '', 'DNS suffix used for SSL-VPN clients.'),
    field('dns-server1', { kind: 'ipv4' }, '0.0.0.0', 'DNS server 1.', { label: 'DNS Server #1' }),
    field('dns-server2', { kind: 'ipv4' }, '0.0.0.0', 'DNS server 2.', { label: 'DNS Server #2' }),
    field('wins-server1', { kind: 'ipv4' }, '0.0.0.0', 'WINS server 1.'),
    field('wins-server2', { kind: 'ipv4' }, '0.0.0.0', 'WINS server 2.'),
    field('ipv6-dns-server1', { kind: 'ipv6' }, '::', 'IPv6 DNS server 1.'),
    field('ipv6-dns-server2', { kind: 'ipv6' }, '::', 'IPv6 DNS server 2.'),
    field('ipv6-wins-server1', { kind: 'ipv6' }, '::', 'IPv6 WINS server 1.'),
    field('ipv6-wins-server2', { kind: 'ipv6' }, '::', 'IPv6 WINS server 2.'),
    toggle(
      'url-obscuration',
      'disable',
      'Enable to obscure the host name of the URL of the web browser display.',
    ),
    toggle('http-compression', 'disable', 'Enable to allow HTTP compression over SSL-VPN tunnels.'),
    toggle('http-only-cookie', 'enable', 'Enable/disable SSL-VPN support for HttpOnly cookies.'),
    field('deflate-compression-level', { kind: 'integer', min: 0, max: 9 }, 6, 'Compression level (0~9).'),
    field(
      'deflate-min-data-size',
      { kind: 'integer', min: 200, max: 65535 },
      300,
      'Minimum amount of data that triggers compression (200 - 65535 bytes).',
    ),
    field('port', { kind: 'integer', min: 1, max: 65535 }, 10443, 'SSL-VPN access port (1 - 65535).', {
      label: 'Listen on Port',
    }),
    toggle(
      'port-precedence',
      'enable',
      'Enable means that if SSL-VPN connections are allowed on an interface admin GUI connections are blocked on that interface.',
    ),
    toggle(
      'auto-tunnel-static-route',
      'enable',
      'Enable to auto-create static routes for the SSL-VPN tunnel IP addresses.',
    ),
    field(
      'header-x-forwarded-for',
      { kind: 'option', options: ['pass', 'add', 'remove'] },
      'add',
      'Forward the same, add, or remove HTTP header.',
    ),
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
          field(
            'source-interface',
            { kind: 'reference-list', table: 'system interface' },
            [],
            'SSL VPN source interface of incoming traffic.',
          ),
          field(
            'source-address',
            { kind: 'reference-list', table: 'firewall address' },
            [],
            'Source address of incoming traffic.',
          ),
          toggle('source-address-negate', 'disable', 'Enable/disable negated source address match.'),
          field(
            'source-address6',
            { kind: 'reference-list', table: 'firewall address6' },
            [],
            'IPv6 source address of incoming traffic.',
          ),
          toggle('source-address6-negate', 'disable', 'Enable/disable negated source IPv6 address match.'),
          field('users', { kind: 'reference-list', table: 'user local' }, [], 'User name.', {
            label: 'Users',
          }),
          field('groups', { kind: 'reference-list', table: 'user group' }, [], 'User groups.', {
            label: 'Groups',
          }),
          field(
            'portal',
            { kind: 'reference', table: 'vpn ssl web portal', optional: true },
            '',
            'SSL VPN portal.',
            { label: 'Portal' },
          ),
          field('realm', { kind: 'string', maxLength: 35 }, '', 'SSL VPN realm.'),
          toggle('client-cert', 'disable', 'Enable/disable SSL VPN client certificate restrictive.'),
          field(
            'cipher',
            { kind: 'option', options: ['any', 'high', 'medium'] },
            'high',
            'SSL VPN cipher strength.',
          ),
          field(
            'auth',
            { kind: 'option', options: ['any', 'local', 'radius', 'tacacs+', 'ldap'] },
            'any',
            'SSL VPN authentication method restriction.',
          ),
        ],
      },
      [],
      'Authentication rule for SSL VPN.',
      { label: 'Authentication/Portal Mapping' },
    ),
    toggle('dtls-tunnel', 'enable', 'Enable DTLS to prevent eavesdropping, tampering, or message forgery.'),
    toggle(
      'check-referer',
      'disable',
      'Enable/disable verification of referer field in HTTP request header.',
    ),
    field(
      'http-request-header-timeout',
      { kind: 'integer', min: 1, max: 60 },
      20,
      'SSL-VPN session is disconnected if an HTTP request header is not received within this time (1 - 60 sec).',
    ),
    field(
      'http-request-body-timeout',
      { kind: 'integer', min: 1, max: 60 },
      30,
      'SSL-VPN session is disconnected if an HTTP request body is not received within this time (1 - 60 sec).',
    ),
  ],
};
