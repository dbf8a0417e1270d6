import { featureToggles } from './feature-visibility';
import { field, toggle, type TableSchema } from './types';

/**
 * 6.0 handbook, "Text strings": "There is a different character limitation for VDOM names and hostnames.
 * The only valid characters are numbers (0-9), letters (a-z, A-Z), and special characters - (dash) and
 * _ (underscore)." (docs.fortinet.com/document/fortigate/6.0.5/handbook/932330/text-strings); the 6.0 CLI
 * reference gives `set hostname {string}` size[35].
 */
export const hostnameCharset = {
  allowed: /^[A-Za-z0-9_-]+$/,
  message: 'hostname may contain only letters, digits, - and _',
};

/**
 * The 88 time zone numbers of 6.0 in the device's own order (by UTC offset, so `81` follows `05`), as
 * both 6.0 modules list them: ansible/ansible `lib/ansible/modules/network/fortios/fortios_system_global.py`
 * ("Tested with FOS v6.0.2") and coll-test/fortinet.fortios `plugins/modules/fortios_system_global.py`
 * ("Tested with FOS v6.0.5"). docs/fortios-6.0.md §4.6.
 */
const timezones = [
  ...'01 02 03 04 05 81 06 07 08 09 10 11 12 13 74 14 77 15 87 16 17 18 19 20 75 21 22 23 24 80 79 25'.split(
    ' ',
  ),
  ...'26 27 28 78 29 30 31 32 33 34 35 36 37 38 83 84 40 85 41 42 43 39 44 46 47 51 48 45 49 50 52 53'.split(
    ' ',
  ),
  ...'54 55 56 57 58 59 60 62 63 61 64 65 66 67 68 69 70 71 72 00 82 73 86 76'.split(' '),
];

export const systemGlobal: TableSchema = {
  path: 'system global',
  kind: 'single',
  scope: 'global',
  help: 'Configure global attributes.',
  // Help: the device's own text as the 6.0.2 module transcribes it (ansible/ansible
  // `lib/ansible/modules/network/fortios/fortios_system_global.py`, commit 28342bf, "Tested with FOS
  // v6.0.2"; the 6.0.5 module prints the same words less each `, default = …`). docs/fortios-6.0.md §4.6.
  // 6.0 prints `system global` in name order (`set admin-ssh-port`, `set alias`, `set hostname`, …
  // `set timezone` in backups; docs/fortios-6.0.md §3.1), so `set hostname` follows `set alias`.
  fields: [
    // Both before `hostname`, as `get system global` lists them (PowerFGT's README, a 6.x unit's
    // output: `revision-image-auto-backup : disable`, `revision-backup-on-logout : disable`).
    toggle(
      'revision-image-auto-backup',
      'disable',
      'Enable/disable back-up of the latest configuration revision after the firmware is upgraded.',
    ),
    toggle(
      'revision-backup-on-logout',
      'disable',
      'Enable/disable back-up of the latest configuration revision when an administrator logs out of the CLI or GUI.',
    ),
    field(
      'hostname',
      { kind: 'name', maxLength: 35, charset: hostnameCharset },
      'FGT60E',
      "FortiGate unit's hostname. Most models will truncate names longer than 24 characters. Some models support hostnames up to 35 characters.",
      // Every backup's `config system global` has its `set hostname` line (docs/fortios-6.0.md §3.1).
      { label: 'Hostname', alwaysShown: true },
    ),
    field('alias', { kind: 'string', maxLength: 35 }, '', 'Alias for your FortiGate unit.'),
    field(
      'admin-sport',
      { kind: 'integer', min: 1, max: 65535 },
      443,
      'Administrative access port for HTTPS. (1 - 65535, default = 443).',
      { label: 'HTTPS port' },
    ),
    field(
      'admin-port',
      { kind: 'integer', min: 1, max: 65535 },
      80,
      'Administrative access port for HTTP. (1 - 65535, default = 80).',
      { label: 'HTTP port' },
    ),
    field(
      'admin-ssh-port',
      { kind: 'integer', min: 1, max: 65535 },
      22,
      'Administrative access port for SSH. (1 - 65535, default = 22).',
    ),
    field(
      'admintimeout',
      { kind: 'integer', min: 1, max: 480 },
      5,
      'Number of minutes before an idle administrator session times out (5 - 480 minutes (8 hours), default = 5). A shorter idle timeout is more secure.',
      { label: 'Idle timeout' },
    ),
    field(
      'admin-lockout-threshold',
      { kind: 'integer', min: 1, max: 10 },
      3,
      'Number of failed login attempts before an administrator account is locked out for the admin-lockout-duration.',
    ),
    field(
      'admin-lockout-duration',
      { kind: 'integer', min: 1, max: 2147483647 },
      60,
      'Amount of time in seconds that an administrator account is locked out after reaching the admin-lockout-threshold for repeated failed login attempts.',
    ),
    field(
      'admin-concurrent',
      { kind: 'option', options: ['enable', 'disable'] },
      'enable',
      'Enable/disable concurrent administrator logins. (Use policy-auth-concurrent for firewall authenticated users.)',
    ),
    field(
      'timezone',
      { kind: 'option', options: timezones },
      '04',
      'Number corresponding to your time zone from 00 to 86. Enter set timezone ? to view the list of time zones and the numbers that represent them.',
    ),
    field(
      'gui-theme',
      { kind: 'option', options: ['green', 'red', 'blue', 'melongene', 'mariner'] },
      'green',
      'Color scheme for the administration GUI.',
      { label: 'Theme' },
    ),
    toggle(
      'admin-https-redirect',
      'enable',
      'Enable/disable redirection of HTTP administration access to HTTPS.',
    ),
    ...featureToggles
      .filter((f) => f.table === 'system global')
      .map((f) => toggle(f.key, f.default, f.help, f.label)),
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
};
