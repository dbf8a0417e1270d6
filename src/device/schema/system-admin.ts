/**
 * `config system admin` and `config system api-user`: who may log in to the device. 6.0's fields
 * (Fortinet's ansible collection `fortinet/fortios`, 6.0 schema of `fortios_system_admin` and
 * `fortios_system_api_user`; FortiOS REST API Reference, "Token-based authentication"): the admin's
 * `password`, `accprofile` and `trusthost1`..`trusthost10`; the API user's `api-key`, `accprofile`,
 * `comments`. The admin's password is kept as 6.0 keeps it, a one-way `SH2…` hash
 * (src/device/admin-password.ts, docs/fortios-6.0.md §8), so a real 6.0 backup's admin line restores and
 * logs in. **Decision**: the API user's key keeps the device's reversible secret codec (shown `ENC …`),
 * because the REST door compares a presented key with it.
 */
import { field, type FieldDef, type TableSchema } from './types';

const trusthosts: FieldDef[] = Array.from({ length: 10 }, (_, i) =>
  field(
    `trusthost${i + 1}`,
    { kind: 'ipv4-mask' },
    '0.0.0.0 0.0.0.0',
    'Any IPv4 address or subnet address and netmask from which the administrator can connect to the FortiGate unit. Default allows access from any IPv4 address.',
  ),
);

export const systemAdmin: TableSchema = {
  path: 'system admin',
  kind: 'table',
  mkey: 'name',
  scope: 'global',
  help: 'Configure admin users.',
  fields: [
    field('name', { kind: 'name', maxLength: 64 }, '', 'User name.'),
    field(
      'remote-auth',
      { kind: 'option', options: ['enable', 'disable'] },
      'disable',
      'Enable/disable authentication using a remote RADIUS, LDAP, or TACACS+ server.',
    ),
    ...trusthosts,
    field(
      'accprofile',
      { kind: 'name', maxLength: 35 },
      '',
      'Access profile for this administrator. Access profiles control administrator access to FortiGate features.',
    ),
    // 6.0 backups print `set vdom "root"` right after `set accprofile` (docs/fortios-6.0.md §8).
    field(
      'vdom',
      { kind: 'name-list', maxLength: 31 },
      [],
      'Virtual domain(s) that the administrator can access.',
    ),
    field('comments', { kind: 'string', maxLength: 255 }, '', 'Comment.'),
    field('password', { kind: 'password', maxLength: 128, hash: 'SH2' }, '', 'Admin user password.'),
  ],
};

export const systemApiUser: TableSchema = {
  path: 'system api-user',
  kind: 'table',
  mkey: 'name',
  scope: 'global',
  help: 'Configure API users.',
  fields: [
    field('name', { kind: 'name', maxLength: 35 }, '', 'User name.'),
    field('comments', { kind: 'string', maxLength: 255 }, '', 'Comment.'),
    field('api-key', { kind: 'password', maxLength: 128 }, '', 'Admin user password.'),
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
  ],
};
