/**
 * `config vpn ssl web portal`: every key a 6.0.4 unit has but two sub-tables (docs/fortios-6.0.md
 * §4.6.4).
 *
 * - **Keys, options, help**: the 6.0.5 module (ansible/ansible `lib/ansible/modules/network/fortios/
 *   fortios_vpn_ssl_web_portal.py`, "Tested with FOS v6.0.5": 59 keys with the `bookmark-group`,
 *   `split-dns`, `mac-addr-check-rule` and `os-check-list` sub-tables). The collection's per-version
 *   data (fortinet-ansible-dev/ansible-galaxy-fortios-collection, same file) has `citrix` and
 *   `portforward` from v6.0.0 (to v7.0.0 in `allow-user-access`, v6.0.11 in a bookmark's `apptype`)
 *   and `sftp` from v6.2.0 (v6.0.x: false): 6.0.4 offers the first two, not the third.
 * - **Defaults, sizes, ranges**: real units' `?action=schema` answers, 6.2.7 to 7.0.3
 *   (poroping/terraform-provider-fortios `v2/codegen/apischema/auto-merge/vpn.ssl.web_portal.json`),
 *   for the keys 6.0 has with the same options; `allow-user-access` and `theme` differ (below).
 * - **REST order**: the device's own order of a later unit's schema (fortinetdev/
 *   terraform-provider-fortios `website/docs/r/fortios_vpnsslweb_portal.html.markdown` lists the
 *   keys as the unit does: `name, tunnel-mode, ip-mode, …, hide-sso-credential, split-dns`), less the
 *   keys 6.0 lacks. **CLI order** (`cliFirst`): the modes, then `allow-user-access`,
 *   `limit-user-logins`, `forticlient-download`, then the rest in that order — a later unit's
 *   `show full-configuration vpn ssl web portal` (heaths2/heaths2.github.io
 *   `_posts/2025-01-16-FortiGate-SSLVPN.md`: `set tunnel-mode enable` /
 *   `set ipv6-tunnel-mode disable` / `set web-mode disable` / `set allow-user-access …` /
 *   `set limit-user-logins disable` / `set forticlient-download enable` / `set ip-mode range` / …) and
 *   6.0 backups' factory portals (`tunnel-mode`, `ipv6-tunnel-mode`, `web-mode`, `ip-pools`,
 *   `ipv6-pools`).
 * - **Which keys print when** (`onlyFor`): the same full configuration of a tunnel-only portal prints
 *   no IPv6 key (its `ipv6-tunnel-mode` is disabled), no web-mode key (`heading`, `theme`, the
 *   `display-*` widgets, bookmarks, `hide-sso-credential`), no `exclusive-routing` or
 *   `service-restriction` (split tunnelling enabled), no `host-check-interval` (host check `none`) and no
 *   download URL (`customize-forticlient-download-url disable`). A **Decision** each (a later unit's
 *   output): 6.0 prints the same keys under the same conditions.
 * - **Left out** (**Decision**): `mac-addr-check-rule`, whose `mac-addr-list` is a list of MAC
 *   addresses keyed `addr` that no schema kind holds (a name list would quote them and key them
 *   `name`); `os-check-list`, a read-only table of the device's own OS entries, whose 6.0 names no
 *   source gives.
 */
import { field, toggle, type FieldDef, type OnlyWhen, type TableSchema } from './types';

/** The keys a portal has only with IPv4 tunnel mode on (see above). */
const tunnelOnly = (f: FieldDef): FieldDef => ({ ...f, onlyFor: ['enable'], onlyForKey: 'tunnel-mode' });
const ipv6Only = (f: FieldDef): FieldDef => ({ ...f, onlyFor: ['enable'], onlyForKey: 'ipv6-tunnel-mode' });
const webOnly = (f: FieldDef): FieldDef => ({ ...f, onlyFor: ['enable'], onlyForKey: 'web-mode' });
/** `exclusive-routing`, `service-restriction`: only without split tunnelling. */
const unsplitOnly = (key: string, f: FieldDef): FieldDef => ({ ...f, onlyFor: ['disable'], onlyForKey: key });

const ipv4Pool = (name: string, help: string): FieldDef =>
  field(name, { kind: 'reference-list', table: 'firewall address' }, [], help);
const ipv6Pool = (name: string, help: string): FieldDef =>
  field(name, { kind: 'reference-list', table: 'firewall address6' }, [], help);

/** 6.0's applications, in the 6.0.5 module's order (6.2 adds `sftp` and drops the last two). */
const ALLOW_USER_ACCESS = [
  'web',
  'ftp',
  'smb',
  'telnet',
  'ssh',
  'vnc',
  'rdp',
  'ping',
  'citrix',
  'portforward',
] as const;

/**
 * A bookmark key that belongs to some bookmarks only: those whose `key` has one of `values`
 * (`onlyWhen`: `show full-configuration`, `get` and REST `skip=1` leave it out of the others).
 * **Decision** (docs/fortios-6.0.md §4.6.4): no real output of bookmarks was found, so only the keys
 * whose own help ties them to one kind of bookmark depend on it — the RDP keys ("Security mode for
 * RDP connection", "… the RDP source", the connection broker's, the server's keyboard layout), the
 * port-forward keys (listening and remote port, status window) and the SSO credentials on `sso`.
 */
const when = (f: FieldDef, ...onlyWhen: OnlyWhen[]): FieldDef => ({ ...f, onlyWhen });
const rdp: OnlyWhen = { key: 'apptype', values: ['rdp'] };
const portforward: OnlyWhen = { key: 'apptype', values: ['portforward'] };
const withSso: OnlyWhen = { key: 'sso', values: ['static', 'auto'] };
const alternative: OnlyWhen = { key: 'sso-credential', values: ['alternative'] };

/** A bookmark's keys: the 6.0.5 module's 24, in the later unit's order (fortios_vpnsslweb_portal docs). */
const bookmarkFields: readonly FieldDef[] = [
  field('name', { kind: 'name', maxLength: 35 }, '', 'Bookmark name.'),
  field(
    'apptype',
    {
      kind: 'option',
      options: ['citrix', 'ftp', 'portforward', 'rdp', 'smb', 'ssh', 'telnet', 'vnc', 'web'],
    },
    'web',
    'Application type.',
  ),
  field('url', { kind: 'string', maxLength: 128 }, '', 'URL parameter.'),
  field('host', { kind: 'string', maxLength: 128 }, '', 'Host name/IP parameter.'),
  field('folder', { kind: 'string', maxLength: 128 }, '', 'Network shared file folder parameter.'),
  field('additional-params', { kind: 'string', maxLength: 128 }, '', 'Additional parameters.'),
  when(
    field('listening-port', { kind: 'integer', min: 0, max: 65535 }, 0, 'Listening port (0 - 65535).'),
    portforward,
  ),
  when(
    field('remote-port', { kind: 'integer', min: 0, max: 65535 }, 0, 'Remote port (0 - 65535).'),
    portforward,
  ),
  when(toggle('show-status-window', 'disable', 'Enable/disable showing of status window.'), portforward),
  field('description', { kind: 'string', maxLength: 128 }, '', 'Description.'),
  when(
    field(
      'server-layout',
      {
        kind: 'option',
        options: [
          'de-de-qwertz',
          'en-gb-qwerty',
          'en-us-qwerty',
          'es-es-qwerty',
          'fr-fr-azerty',
          'fr-ch-qwertz',
          'it-it-qwerty',
          'ja-jp-qwerty',
          'pt-br-qwerty',
          'sv-se-qwerty',
          'tr-tr-qwerty',
          'failsafe',
        ],
      },
      'en-us-qwerty',
      'Server side keyboard layout.',
    ),
    rdp,
  ),
  when(
    field(
      'security',
      { kind: 'option', options: ['rdp', 'nla', 'tls', 'any'] },
      'rdp',
      'Security mode for RDP connection.',
    ),
    rdp,
  ),
  // 6.0.5's help gives the range (later units: 0-4294967295).
  when(
    field(
      'preconnection-id',
      { kind: 'integer', min: 0, max: 2147483648 },
      0,
      'The numeric ID of the RDP source (0-2147483648).',
    ),
    rdp,
  ),
  when(
    field(
      'preconnection-blob',
      { kind: 'string', maxLength: 511 },
      '',
      'An arbitrary string which identifies the RDP source.',
    ),
    rdp,
  ),
  when(
    field(
      'load-balancing-info',
      { kind: 'string', maxLength: 511 },
      '',
      'The load balancing information or cookie which should be provided to the connection broker.',
    ),
    rdp,
  ),
  field('port', { kind: 'integer', min: 0, max: 65535 }, 0, 'Remote port.'),
  field('logon-user', { kind: 'string', maxLength: 35 }, '', 'Logon user.'),
  field('logon-password', { kind: 'password', maxLength: 128 }, '', 'Logon password.'),
  field('sso', { kind: 'option', options: ['disable', 'static', 'auto'] }, 'disable', 'Single Sign-On.'),
  field(
    'form-data',
    {
      kind: 'sub-table',
      mkey: 'name',
      fields: [
        field('name', { kind: 'name', maxLength: 35 }, '', 'Name.'),
        field('value', { kind: 'string', maxLength: 63 }, '', 'Value.'),
      ],
    },
    [],
    'Form data.',
  ),
  when(
    field(
      'sso-credential',
      { kind: 'option', options: ['sslvpn-login', 'alternative'] },
      'sslvpn-login',
      'Single sign-on credentials.',
    ),
    withSso,
  ),
  when(field('sso-username', { kind: 'string', maxLength: 35 }, '', 'SSO user name.'), withSso, alternative),
  when(
    field('sso-password', { kind: 'password', maxLength: 128 }, '', 'SSO password.'),
    withSso,
    alternative,
  ),
  when(
    toggle(
      'sso-credential-sent-once',
      'disable',
      'Single sign-on credentials are only sent once to remote server.',
    ),
    withSso,
  ),
];

export const vpnSslWebPortal: TableSchema = {
  path: 'vpn ssl web portal',
  kind: 'table',
  mkey: 'name',
  scope: 'vdom',
  help: 'Portal.',
  cliFirst: [
    'tunnel-mode',
    'ipv6-tunnel-mode',
    'web-mode',
    'allow-user-access',
    'limit-user-logins',
    'forticlient-download',
  ],
  fields: [
    field('name', { kind: 'name', maxLength: 35 }, '', 'Portal name.'),
    toggle('tunnel-mode', 'disable', 'Enable/disable IPv4 SSL-VPN tunnel mode.'),
    ...[
      field(
        'ip-mode',
        { kind: 'option', options: ['range', 'user-group'] },
        'range',
        'Method by which users of this SSL-VPN tunnel obtain IP addresses.',
      ),
      toggle('auto-connect', 'disable', 'Enable/disable automatic connect by client when system is up.'),
      toggle('keep-alive', 'disable', 'Enable/disable automatic reconnect for FortiClient connections.'),
      toggle('save-password', 'disable', "Enable/disable FortiClient saving the user's password."),
      ipv4Pool('ip-pools', 'IPv4 firewall source address objects reserved for SSL-VPN tunnel mode clients.'),
    ].map(tunnelOnly),
    unsplitOnly(
      'split-tunneling',
      toggle('exclusive-routing', 'disable', 'Enable/disable all traffic go through tunnel only.'),
    ),
    unsplitOnly(
      'split-tunneling',
      toggle('service-restriction', 'disable', 'Enable/disable tunnel service restriction.'),
    ),
    ...[
      toggle('split-tunneling', 'enable', 'Enable/disable IPv4 split tunneling.'),
      ipv4Pool(
        'split-tunneling-routing-address',
        'IPv4 SSL-VPN tunnel mode firewall address objects that override firewall policy destination addresses to control split-tunneling access.',
      ),
      field('dns-server1', { kind: 'ipv4' }, '0.0.0.0', 'IPv4 DNS server 1.'),
      field('dns-server2', { kind: 'ipv4' }, '0.0.0.0', 'IPv4 DNS server 2.'),
      field('dns-suffix', { kind: 'string', maxLength: 253 }, '', 'DNS suffix.'),
      field('wins-server1', { kind: 'ipv4' }, '0.0.0.0', 'IPv4 WINS server 1.'),
      // The device's own words for the second server too (6.0.5 and every later answer).
      field('wins-server2', { kind: 'ipv4' }, '0.0.0.0', 'IPv4 WINS server 1.'),
    ].map(tunnelOnly),
    toggle('ipv6-tunnel-mode', 'disable', 'Enable/disable IPv6 SSL-VPN tunnel mode.'),
    // 6.0.5's help for the IPv6 pools says "IPv4" (the device's words; 6.2.7's answer says IPv6).
    ipv6Only(
      ipv6Pool(
        'ipv6-pools',
        'IPv4 firewall source address objects reserved for SSL-VPN tunnel mode clients.',
      ),
    ),
    unsplitOnly(
      'ipv6-split-tunneling',
      toggle('ipv6-exclusive-routing', 'disable', 'Enable/disable all IPv6 traffic go through tunnel only.'),
    ),
    unsplitOnly(
      'ipv6-split-tunneling',
      toggle('ipv6-service-restriction', 'disable', 'Enable/disable IPv6 tunnel service restriction.'),
    ),
    ...[
      toggle('ipv6-split-tunneling', 'enable', 'Enable/disable IPv6 split tunneling.'),
      ipv6Pool(
        'ipv6-split-tunneling-routing-address',
        'IPv6 SSL-VPN tunnel mode firewall address objects that override firewall policy destination addresses to control split-tunneling access.',
      ),
      field('ipv6-dns-server1', { kind: 'ipv6' }, '::', 'IPv6 DNS server 1.'),
      field('ipv6-dns-server2', { kind: 'ipv6' }, '::', 'IPv6 DNS server 2.'),
      field('ipv6-wins-server1', { kind: 'ipv6' }, '::', 'IPv6 WINS server 1.'),
      field('ipv6-wins-server2', { kind: 'ipv6' }, '::', 'IPv6 WINS server 2.'),
    ].map(ipv6Only),
    toggle('web-mode', 'disable', 'Enable/disable SSL VPN web mode.'),
    webOnly(toggle('display-bookmark', 'enable', 'Enable to display the web portal bookmark widget.')),
    webOnly(
      toggle('user-bookmark', 'enable', 'Enable to allow web portal users to create their own bookmarks.'),
    ),
    // **Decision**: 6.0's default is every application it offers, as later units' default is every
    // one of theirs (6.2.7: `web ftp smb sftp telnet ssh vnc rdp ping`; a terraform example read back
    // `web ftp smb sftp telnet ssh vnc rdp ping citrix portforward` from a unit that still had the last two).
    field(
      'allow-user-access',
      { kind: 'multi-option', options: ALLOW_USER_ACCESS },
      ALLOW_USER_ACCESS.join(' '),
      'Allow user access to SSL-VPN applications.',
    ),
    ...[
      toggle(
        'user-group-bookmark',
        'enable',
        'Enable to allow web portal users to create bookmarks for all users in the same user group.',
      ),
      field(
        'bookmark-group',
        {
          kind: 'sub-table',
          mkey: 'name',
          fields: [
            field('name', { kind: 'name', maxLength: 35 }, '', 'Bookmark group name.'),
            field(
              'bookmarks',
              { kind: 'sub-table', mkey: 'name', fields: bookmarkFields },
              [],
              'Bookmark table.',
            ),
          ],
        },
        [],
        'Portal bookmark group.',
      ),
      toggle(
        'display-connection-tools',
        'enable',
        'Enable to display the web portal connection tools widget.',
      ),
      toggle('display-history', 'enable', 'Enable to display the web portal user login history widget.'),
      toggle('display-status', 'enable', 'Enable to display the web portal status widget.'),
      field('heading', { kind: 'string', maxLength: 31 }, 'SSL-VPN Portal', 'Web portal heading message.'),
      field('redir-url', { kind: 'string', maxLength: 255 }, '', 'Client login redirect URL.'),
      // **Decision**: `blue`, 6.0's first theme, which a terraform example read back from a unit
      // (6.2.7+ units default to `neutrino`, a theme 6.0 does not have).
      field(
        'theme',
        { kind: 'option', options: ['blue', 'green', 'red', 'melongene', 'mariner'] },
        'blue',
        'Web portal color scheme.',
      ),
      // `system custom-language` is not modelled: a name of its size.
      field(
        'custom-lang',
        { kind: 'string', maxLength: 35 },
        '',
        'Change the web portal display language. Overrides config system global set language. You can use config system custom-language and execute system custom-language to add custom language files.',
      ),
      toggle('smb-ntlmv1-auth', 'disable', 'Enable support of NTLMv1 for Samba authentication.'),
      toggle('smbv1', 'disable', 'Enable/disable support of SMBv1 for Samba.'),
    ].map(webOnly),
    field(
      'host-check',
      { kind: 'option', options: ['none', 'av', 'fw', 'av-fw', 'custom'] },
      'none',
      'Type of host checking performed on endpoints.',
    ),
    // 0, or 120 to 259200 seconds (the answers' range and default).
    field(
      'host-check-interval',
      { kind: 'integer', min: 120, max: 259200, zero: true },
      0,
      'Periodic host check interval. Value of 0 means disabled and host checking only happens when the endpoint connects.',
      { onlyFor: ['av', 'fw', 'av-fw', 'custom'], onlyForKey: 'host-check' },
    ),
    // `vpn ssl web host-check-software` is not modelled: names of its size. **Decision**: a custom
    // host check's own list, printed with `host-check custom` only.
    field(
      'host-check-policy',
      { kind: 'name-list', maxLength: 79 },
      [],
      'One or more policies to require the endpoint to have specific security software.',
      { onlyFor: ['custom'], onlyForKey: 'host-check' },
    ),
    toggle('limit-user-logins', 'disable', 'Enable to limit each user to one SSL-VPN session at a time.'),
    toggle('mac-addr-check', 'disable', 'Enable/disable MAC address host checking.'),
    field(
      'mac-addr-action',
      { kind: 'option', options: ['allow', 'deny'] },
      'allow',
      'Client MAC address action.',
    ),
    toggle('os-check', 'disable', 'Enable to let the FortiGate decide action based on client OS.'),
    toggle('forticlient-download', 'enable', 'Enable/disable download option for FortiClient.'),
    field(
      'forticlient-download-method',
      { kind: 'option', options: ['direct', 'ssl-vpn'] },
      'direct',
      'FortiClient download method.',
    ),
    toggle(
      'customize-forticlient-download-url',
      'disable',
      'Enable support of customized download URL for FortiClient.',
    ),
    ...[
      field(
        'windows-forticlient-download-url',
        { kind: 'string', maxLength: 1023 },
        '',
        'Download URL for Windows FortiClient.',
      ),
      field(
        'macos-forticlient-download-url',
        { kind: 'string', maxLength: 1023 },
        '',
        'Download URL for Mac FortiClient.',
      ),
    ].map((f): FieldDef => ({ ...f, onlyFor: ['enable'], onlyForKey: 'customize-forticlient-download-url' })),
    toggle(
      'skip-check-for-unsupported-os',
      'enable',
      'Enable to skip host check if client OS does not support it.',
    ),
    toggle(
      'skip-check-for-unsupported-browser',
      'enable',
      'Enable to skip host check if browser does not support it.',
    ),
    webOnly(
      toggle('hide-sso-credential', 'enable', 'Enable to prevent SSO credential being sent to client.'),
    ),
    tunnelOnly(
      field(
        'split-dns',
        {
          kind: 'sub-table',
          mkey: 'id',
          fields: [
            field('id', { kind: 'integer', min: 0, max: 4294967294 }, 0, 'ID.'),
            field(
              'domains',
              { kind: 'string', maxLength: 1024 },
              '',
              'Split DNS domains used for SSL-VPN clients separated by comma(,).',
            ),
            field('dns-server1', { kind: 'ipv4' }, '0.0.0.0', 'DNS server 1.'),
            field('dns-server2', { kind: 'ipv4' }, '0.0.0.0', 'DNS server 2.'),
            field('ipv6-dns-server1', { kind: 'ipv6' }, '::', 'IPv6 DNS server 1.'),
            field('ipv6-dns-server2', { kind: 'ipv6' }, '::', 'IPv6 DNS server 2.'),
          ],
        },
        [],
        'Split DNS for SSL VPN.',
        // A unit's full configuration prints no block for an empty split DNS table (TUNNEL_NOTE, §4.6.4).
        { omitEmpty: true },
      ),
    ),
  ],
};
