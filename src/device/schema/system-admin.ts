/**
 * `config system admin` and `config system api-user`: who may log in to the device.
 *
 * `system admin` has every key a 6.0.4 unit has (docs/fortios-6.0.md §4.6.3). Keys, options and help:
 * the per-version data of Fortinet's collection (fortinet-ansible-dev/ansible-galaxy-fortios-collection
 * `plugins/modules/fortios_system_admin.py`, "Tested with FOS v6.0.0"), keeping the keys and options
 * whose revisions include v6.0.0, v6.0.5 and v6.0.11 (not `vdom-override`, `two-factor-authentication`,
 * `two-factor-notification`, `gui-new-feature-acknowledge`, two-factor's `fortitoken-cloud`, the
 * dashboard's `vdom` and `permanent`, the widget type `fabric-device` and the widget keys
 * `fabric-device-widget-*`, `fortiview-device`). Order: the 6.2.3 CLI reference's listing
 * (docs.fortinet.com/document/fortigate/6.2.3/cli-reference/15620: `wildcard remote-auth remote-group
 * password peer-auth peer-group trusthost1..10 ip6-trusthost1..10 accprofile allow-remove-admin-session
 * comments vdom ssh-public-key1..3 ssh-certificate schedule accprofile-override radius-vdom-override
 * password-expire force-password-change two-factor fortitoken email-to sms-server sms-custom-server
 * sms-phone guest-auth`), which is the per-version data's order too; the keys 6.2.3 no longer has
 * (`history0`, `history1`, `hidden`, the sub-tables) after them (**Decision**, §4.6.3). A real 6.0.6
 * backup prints the factory admin `set accprofile "super_admin"`, `set vdom "root"`, `config
 * gui-dashboard` … `end`, `set password ENC SH2…`: secrets come last (src/device/cli/show.ts).
 *
 * The admin's password is kept as 6.0 keeps it, a one-way `SH2…` hash (src/device/admin-password.ts,
 * docs/fortios-6.0.md §8), so a real 6.0 backup's admin line restores and logs in; so are `history0`
 * and `history1` (the earlier passwords' hashes), never shown in clear. **Decision**: the API user's key
 * keeps the device's reversible secret codec (shown `ENC …`), because the REST door compares a
 * presented key with it.
 */
import { field, toggle, type FieldDef, type TableSchema } from './types';

const trusthosts: FieldDef[] = Array.from({ length: 10 }, (_, i) =>
  field(
    `trusthost${i + 1}`,
    { kind: 'ipv4-mask' },
    '0.0.0.0 0.0.0.0',
    'Any IPv4 address or subnet address and netmask from which the administrator can connect to the FortiGate unit. Default allows access from any IPv4 address.',
  ),
);

const ip6Trusthosts: FieldDef[] = Array.from({ length: 10 }, (_, i) =>
  field(
    `ip6-trusthost${i + 1}`,
    { kind: 'ipv6-prefix' },
    '::/0',
    'Any IPv6 address from which the administrator can connect to the FortiGate unit. Default allows access from any IPv6 address.',
  ),
);

const sshPublicKeys: FieldDef[] = [1, 2, 3].map((n) =>
  field(
    `ssh-public-key${n}`,
    { kind: 'string', maxLength: 4095 },
    '',
    'Public key of an SSH client. The client is authenticated without being asked for credentials. Create the public-private key pair in the SSH client application.',
  ),
);

/** 6.0's dashboard widget types (the per-version data: v6.0.x, less 6.2's `fabric-device`). */
const WIDGET_TYPES = [
  'sysinfo',
  'licinfo',
  'forticloud',
  'cpu-usage',
  'memory-usage',
  'disk-usage',
  'log-rate',
  'sessions',
  'session-rate',
  'tr-history',
  'analytics',
  'usb-modem',
  'admins',
  'security-fabric',
  'security-fabric-ranking',
  'sensor-info',
  'ha-status',
  'vulnerability-summary',
  'host-scan-summary',
  'fortiview',
  'botnet-activity',
  'fortimail',
] as const;

const fortiviewFilters = field(
  'fortiview-filters',
  {
    kind: 'sub-table',
    mkey: 'id',
    fields: [
      field('id', { kind: 'integer', min: 0, max: 4294967295 }, 0, 'FortiView Filter ID.'),
      field('key', { kind: 'string', maxLength: 63 }, '', 'Filter key.'),
      field('value', { kind: 'string', maxLength: 127 }, '', 'Filter value.'),
    ],
  },
  [],
  'FortiView filters.',
);

/*
 * A widget's keys in the per-version data's order; a real 6.0.6 backup prints `set type licinfo`,
 * `set x-pos 2`, `set y-pos 1`, `set width 1`, `set height 1` in that order, and no `set type` for the
 * System Information widget (so `sysinfo` is the default).
 */
const widget = field(
  'widget',
  {
    kind: 'sub-table',
    mkey: 'id',
    fields: [
      field('id', { kind: 'integer', min: 0, max: 4294967295 }, 0, 'Widget ID.'),
      field('type', { kind: 'option', options: WIDGET_TYPES }, 'sysinfo', 'Widget type.'),
      field('x-pos', { kind: 'integer', min: 0, max: 1000 }, 0, 'X position.'),
      field('y-pos', { kind: 'integer', min: 0, max: 1000 }, 0, 'Y position.'),
      field('width', { kind: 'integer', min: 0, max: 50 }, 0, 'Width.'),
      field('height', { kind: 'integer', min: 0, max: 50 }, 0, 'Height.'),
      field('interface', { kind: 'string', maxLength: 15 }, '', 'Interface to monitor.'),
      field(
        'region',
        { kind: 'option', options: ['default', 'custom'] },
        'default',
        'Security Audit Rating region.',
      ),
      field(
        'industry',
        { kind: 'option', options: ['default', 'custom'] },
        'default',
        'Security Audit Rating industry.',
      ),
      field('fabric-device', { kind: 'string', maxLength: 35 }, '', 'Fabric device to monitor.'),
      field('title', { kind: 'string', maxLength: 35 }, '', 'Widget title.'),
      field('fortiview-type', { kind: 'string', maxLength: 63 }, '', 'FortiView type.'),
      field('fortiview-sort-by', { kind: 'string', maxLength: 63 }, '', 'FortiView sort by.'),
      field('fortiview-timeframe', { kind: 'string', maxLength: 63 }, '', 'FortiView timeframe.'),
      field('fortiview-visualization', { kind: 'string', maxLength: 63 }, '', 'FortiView visualization.'),
      fortiviewFilters,
    ],
  },
  [],
  'Dashboard widgets.',
);

const guiDashboard = field(
  'gui-dashboard',
  {
    kind: 'sub-table',
    mkey: 'id',
    fields: [
      field('id', { kind: 'integer', min: 0, max: 4294967295 }, 0, 'Dashboard ID.'),
      field('name', { kind: 'string', maxLength: 35 }, '', 'Dashboard name.'),
      field('scope', { kind: 'option', options: ['global', 'vdom'] }, 'global', 'Dashboard scope.'),
      field(
        'layout-type',
        { kind: 'option', options: ['responsive', 'fixed'] },
        'responsive',
        'Layout type.',
      ),
      field('columns', { kind: 'integer', min: 0, max: 20 }, 0, 'Number of columns.'),
      widget,
    ],
  },
  [],
  'GUI dashboards.',
);

const loginTime = field(
  'login-time',
  {
    kind: 'sub-table',
    mkey: 'usr-name',
    fields: [
      field('usr-name', { kind: 'name', maxLength: 64 }, '', 'User name.'),
      field(
        'last-login',
        { kind: 'string', maxLength: 19, form: 'datetime' },
        '',
        'Last successful login time.',
      ),
      field(
        'last-failed-login',
        { kind: 'string', maxLength: 19, form: 'datetime' },
        '',
        'Last failed login time.',
      ),
    ],
  },
  [],
  'Record user login time.',
);

const menuFavorites = (name: string, help: string): FieldDef =>
  field(
    name,
    {
      kind: 'sub-table',
      mkey: 'id',
      fields: [field('id', { kind: 'name', maxLength: 63 }, '', 'Select menu ID.')],
    },
    [],
    help,
  );

export const systemAdmin: TableSchema = {
  path: 'system admin',
  kind: 'table',
  mkey: 'name',
  scope: 'global',
  help: 'Configure admin users.',
  fields: [
    field('name', { kind: 'name', maxLength: 64 }, '', 'User name.'),
    toggle('wildcard', 'disable', 'Enable/disable wildcard RADIUS authentication.'),
    toggle(
      'remote-auth',
      'disable',
      'Enable/disable authentication using a remote RADIUS, LDAP, or TACACS+ server.',
    ),
    field('remote-group', { kind: 'string', maxLength: 35 }, '', 'User group name used for remote auth.'),
    field('password', { kind: 'password', maxLength: 128, hash: 'SH2' }, '', 'Admin user password.'),
    toggle('peer-auth', 'disable', 'Set to enable peer certificate authentication (for HTTPS admin access).'),
    field(
      'peer-group',
      { kind: 'string', maxLength: 35 },
      '',
      'Name of peer group defined under config user group which has PKI members. Used for peer certificate authentication (for HTTPS admin access).',
    ),
    ...trusthosts,
    ...ip6Trusthosts,
    field(
      'accprofile',
      { kind: 'name', maxLength: 35 },
      '',
      'Access profile for this administrator. Access profiles control administrator access to FortiGate features.',
    ),
    toggle(
      'allow-remove-admin-session',
      'enable',
      'Enable/disable allow admin session to be removed by privileged admin users.',
    ),
    field('comments', { kind: 'string', maxLength: 255 }, '', 'Comment.'),
    // 6.0 backups print `set vdom "root"` right after `set accprofile` (docs/fortios-6.0.md §8).
    field(
      'vdom',
      { kind: 'name-list', maxLength: 31 },
      [],
      'Virtual domain(s) that the administrator can access.',
    ),
    ...sshPublicKeys,
    field(
      'ssh-certificate',
      { kind: 'string', maxLength: 35 },
      '',
      'Select the certificate to be used by the FortiGate for authentication with an SSH client.',
    ),
    field(
      'schedule',
      { kind: 'string', maxLength: 35 },
      '',
      'Firewall schedule used to restrict when the administrator can log in. No schedule means no restrictions.',
    ),
    toggle(
      'accprofile-override',
      'disable',
      'Enable to use the name of an access profile provided by the remote authentication server to control the FortiGate features that this administrator can access.',
    ),
    toggle(
      'radius-vdom-override',
      'disable',
      'Enable to use the names of VDOMs provided by the remote authentication server to control the VDOMs that this administrator can access.',
    ),
    field(
      'password-expire',
      { kind: 'string', maxLength: 19, form: 'datetime' },
      '0000-00-00 00:00:00',
      'Password expire time.',
    ),
    toggle('force-password-change', 'disable', 'Enable/disable force password change on next login.'),
    field(
      'two-factor',
      { kind: 'option', options: ['disable', 'fortitoken', 'email', 'sms'] },
      'disable',
      'Enable/disable two-factor authentication.',
    ),
    field(
      'fortitoken',
      { kind: 'string', maxLength: 16 },
      '',
      "This administrator's FortiToken serial number.",
    ),
    field('email-to', { kind: 'string', maxLength: 63 }, '', "This administrator's email address."),
    field(
      'sms-server',
      { kind: 'option', options: ['fortiguard', 'custom'] },
      'fortiguard',
      'Send SMS messages using the FortiGuard SMS server or a custom server.',
    ),
    field(
      'sms-custom-server',
      { kind: 'string', maxLength: 35 },
      '',
      'Custom SMS server to send SMS messages to.',
    ),
    field(
      'sms-phone',
      { kind: 'string', maxLength: 15 },
      '',
      'Phone number on which the administrator receives SMS messages.',
    ),
    field(
      'guest-auth',
      { kind: 'option', options: ['disable', 'enable'] },
      'disable',
      'Enable/disable guest authentication.',
    ),
    field('guest-usergroups', { kind: 'name-list', maxLength: 35 }, [], 'Select guest user groups.'),
    field('guest-lang', { kind: 'string', maxLength: 35 }, '', 'Guest management portal language.'),
    field('history0', { kind: 'password', maxLength: 128, hash: 'SH2' }, '', 'history0'),
    field('history1', { kind: 'password', maxLength: 128, hash: 'SH2' }, '', 'history1'),
    field('hidden', { kind: 'integer', min: 0, max: 255 }, 0, 'Admin user hidden attribute.'),
    guiDashboard,
    loginTime,
    menuFavorites('gui-global-menu-favorites', 'Favorite GUI menu IDs for the global VDOM.'),
    menuFavorites('gui-vdom-menu-favorites', 'Favorite GUI menu IDs for VDOMs.'),
  ],
};

/*
 * An API user's trusted hosts: `config trusthost` / `edit <id>`, each one IPv4 or IPv6 host or subnet
 * (the 6.0.0 CLI reference, docs.fortinet.com/document/fortigate/6.0.0/cli-reference/883891:
 * `id`, `type {ipv4-trusthost | ipv6-trusthost}`, `ipv4-trusthost {ipv4 classnet}`, `ipv6-trusthost
 * {ipv6 prefix}`; the same keys in the 6.0.5 ansible module). Defaults: the 7.0.11 CLI reference's
 * table (`ipv4-trusthost`, `0.0.0.0 0.0.0.0`, `::/0`), which 6.0's does not give. The FortiOS 6.0.4 REST
 * API Reference's row is `edit 1` / `set ipv4-trusthost 192.168.10.0 255.255.255.0` (no `set type`: the
 * default). **Decision** (docs/fortios-6.0.md §4.8): each address key belongs to the rows of its type
 * only, so a row prints the one address its type names.
 */
const apiTrusthost = field(
  'trusthost',
  {
    kind: 'sub-table',
    mkey: 'id',
    fields: [
      field('id', { kind: 'integer', min: 0, max: 4294967295 }, 0, 'Table ID.'),
      field(
        'type',
        { kind: 'option', options: ['ipv4-trusthost', 'ipv6-trusthost'] },
        'ipv4-trusthost',
        'Trusthost type.',
      ),
      field('ipv4-trusthost', { kind: 'ipv4-mask' }, '0.0.0.0 0.0.0.0', 'IPv4 trusted host address.', {
        onlyWhen: [{ key: 'type', values: ['ipv4-trusthost'] }],
      }),
      field('ipv6-trusthost', { kind: 'ipv6-prefix' }, '::/0', 'IPv6 trusted host address.', {
        onlyWhen: [{ key: 'type', values: ['ipv6-trusthost'] }],
      }),
    ],
  },
  [],
  'Trusthost.',
);

/*
 * Every key of a 6.0.4 API user, in the 6.0.0 CLI reference's order (…/6.0.0/cli-reference/883891:
 * `name, comments, api-key, accprofile, config vdom, schedule, cors-allow-origin, peer-auth,
 * peer-group, config trusthost`; the 6.0.5 ansible module `fortios_system_api_user.py` has the same
 * ten keys, and the collection's per-version data lists the module for v6.0.0, v6.0.5 and v6.0.11).
 */
export const systemApiUser: TableSchema = {
  path: 'system api-user',
  kind: 'table',
  mkey: 'name',
  scope: 'global',
  help: 'Configure API users.',
  fields: [
    field('name', { kind: 'name', maxLength: 35 }, '', 'User name.'),
    field('comments', { kind: 'string', maxLength: 255 }, '', 'Comment.'),
    // 6.0.4 keeps only the key's one-way hash, and prints it second: the FortiOS 6.0.4 REST API
    // Reference's api-user is `set comments …`, `set api-key ENC SH2…`, `set accprofile …`
    // (docs/fortios-6.0.md §4.8).
    field('api-key', { kind: 'password', maxLength: 128, hash: 'SH2' }, '', 'Admin user password.', {
      secretInPlace: true,
    }),
    field('accprofile', { kind: 'name', maxLength: 35 }, '', 'Admin user access profile.'),
    // `vdom` and `schedule` where the 6.0.0 CLI reference lists them (docs.fortinet.com/document/
    // fortigate/6.0.0/cli-reference/883891); backups print `set vdom "root"` after `set accprofile`
    // (docs/fortios-6.0.md §4.8).
    field('vdom', { kind: 'name-list', maxLength: 64 }, [], 'Virtual domains.'),
    field('schedule', { kind: 'string', maxLength: 35 }, '', 'Schedule name.'),
    field(
      'cors-allow-origin',
      { kind: 'string', maxLength: 269 },
      '',
      "Value for Access-Control-Allow-Origin on API responses. Avoid using '*' if possible.",
    ),
    // Stored and checked only: fgsim's doors have no TLS client certificates, so `peer-auth enable`
    // asks for none (**Decision**, docs/fortios-6.0.md §4.8). The peer group is a `user group`
    // (6.0.0 CLI reference: "Peer group name. size[35]"; `system admin`'s help: "Name of peer group
    // defined under config user group which has PKI members").
    toggle('peer-auth', 'disable', 'Enable/disable peer authentication.'),
    field('peer-group', { kind: 'reference', table: 'user group', optional: true }, '', 'Peer group name.'),
    apiTrusthost,
  ],
};
