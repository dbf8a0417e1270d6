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

export const systemGlobal: TableSchema = {
  path: 'system global',
  kind: 'single',
  scope: 'global',
  help: 'Configure global attributes.',
  // 6.0 prints `system global` in name order (`set admin-ssh-port`, `set alias`, `set hostname`, …
  // `set timezone` in backups; docs/fortios-6.0.md §3.1), so `set hostname` follows `set alias`.
  fields: [
    // Both before `hostname`, as `get system global` lists them (PowerFGT's README, a 6.x unit's
    // output: `revision-image-auto-backup : disable`, `revision-backup-on-logout : disable`); help
    // from ansible fortios_system_global.
    toggle(
      'revision-image-auto-backup',
      'disable',
      'Enable/disable back-up of the latest image revision after the firmware is upgraded.',
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
      "FortiGate unit's hostname.",
      // Every backup's `config system global` has its `set hostname` line (docs/fortios-6.0.md §3.1).
      { label: 'Hostname', alwaysShown: true },
    ),
    field('alias', { kind: 'string', maxLength: 35 }, '', 'Alias for your FortiGate unit.'),
    field(
      'admin-sport',
      { kind: 'integer', min: 1, max: 65535 },
      443,
      'Administrative access port for HTTPS.',
      { label: 'HTTPS port' },
    ),
    field('admin-port', { kind: 'integer', min: 1, max: 65535 }, 80, 'Administrative access port for HTTP.', {
      label: 'HTTP port',
    }),
    field(
      'admin-ssh-port',
      { kind: 'integer', min: 1, max: 65535 },
      22,
      'Administrative access port for SSH.',
    ),
    field(
      'admintimeout',
      { kind: 'integer', min: 1, max: 480 },
      5,
      'Number of minutes before an idle administrator session times out.',
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
      { kind: 'option', options: ['00', '01', '02', '03', '04', '12', '13', '23', '80'] },
      '04',
      'Number corresponding to your time zone from 00 to 86.',
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
