import { field, toggle, type TableSchema } from './types';

/**
 * `config system csf`: every key 6.0.4 has (docs/fortios-6.0.md §4.3). Keys, help and options: the
 * 6.0.5 module (coll-test/fortinet.fortios `plugins/modules/fortios_system_csf.py`, 11 keys with the
 * `trusted-list` and `fabric-device` sub-tables). Order: terraform's `fortios_system_csf` argument
 * list (fortinetdev/terraform-provider-fortios `website/docs/r/fortios_system_csf.html.markdown`,
 * the device's order) less the keys later releases added. The trusted list's sizes and defaults
 * (`serial` and `ha-members` 19, `action accept`, `downstream-authorization disable`): a model
 * generated from a later schema (hermanwjacobsen/hfortix-fortios `cmdb/system/_helpers/csf.py`);
 * 6.0's rows are keyed by `serial` (the 6.0.5 module's `trusted_list` has no `name`).
 */
export const systemCsf: TableSchema = {
  path: 'system csf',
  kind: 'single',
  scope: 'global',
  help: 'Add this FortiGate to a Security Fabric or set up a new Security Fabric on this FortiGate.',
  fields: [
    toggle('status', 'disable', 'Enable/disable Security Fabric.', 'FortiGate Telemetry'),
    field(
      'upstream-ip',
      { kind: 'ipv4' },
      '0.0.0.0',
      'IP address of the FortiGate upstream from this FortiGate in the Security Fabric.',
      {
        label: 'FortiGate IP',
      },
    ),
    field(
      'upstream-port',
      { kind: 'integer', min: 1, max: 65535 },
      8013,
      'The port number to use to communicate with the FortiGate upstream from this FortiGate in the Security Fabric (default = 8013).',
    ),
    field(
      'group-name',
      { kind: 'string', maxLength: 35 },
      '',
      'Security Fabric group name. All FortiGates in a Security Fabric must have the same group name.',
      {
        label: 'Group name',
      },
    ),
    field(
      'group-password',
      { kind: 'password', maxLength: 128 },
      '',
      'Security Fabric group password. All FortiGates in a Security Fabric must have the same group password.',
      {
        label: 'Group password',
      },
    ),
    // 6.0: default|local, not enable|disable (docs/fortios-6.0.md §4.3; ansible fortios_system_csf v_range).
    field(
      'configuration-sync',
      { kind: 'option', options: ['default', 'local'] },
      'default',
      'Configuration sync mode.',
    ),
    field(
      'management-ip',
      { kind: 'ipv4' },
      '0.0.0.0',
      'Management IP address of this FortiGate. Used to log into this FortiGate from another FortiGate in the Security Fabric.',
    ),
    field(
      'management-port',
      { kind: 'integer', min: 0, max: 65535 },
      0,
      'Overriding port for management connection (Overrides admin port).',
    ),
    // **Decision** (§4.3): fgsim does not make the key a root makes itself when none is set.
    field(
      'fixed-key',
      { kind: 'password', maxLength: 128 },
      '',
      'Auto-generated fixed key used when this device is the root. (Will automatically be generated if not set.)',
    ),
    field(
      'trusted-list',
      {
        kind: 'sub-table',
        mkey: 'serial',
        fields: [
          field('serial', { kind: 'name', maxLength: 19 }, '', 'Serial.'),
          field(
            'action',
            { kind: 'option', options: ['accept', 'deny'] },
            'accept',
            'Security fabric authorization action.',
          ),
          field('ha-members', { kind: 'string', maxLength: 19 }, '', 'HA members.'),
          field(
            'downstream-authorization',
            { kind: 'option', options: ['enable', 'disable'] },
            'disable',
            "Trust authorizations by this node's administrator.",
          ),
        ],
      },
      [],
      'Pre-authorized and blocked security fabric nodes.',
    ),
    // **Decision** (§4.3): the sizes of a FortiMail's name and login, and its default type (the only one).
    field(
      'fabric-device',
      {
        kind: 'sub-table',
        mkey: 'name',
        fields: [
          field('name', { kind: 'name', maxLength: 35 }, '', 'Device name.'),
          field('device-ip', { kind: 'ipv4' }, '0.0.0.0', 'Device IP.'),
          field('device-type', { kind: 'option', options: ['fortimail'] }, 'fortimail', 'Device type.'),
          field('login', { kind: 'string', maxLength: 64 }, '', 'Device login name.'),
          field('password', { kind: 'password', maxLength: 128 }, '', 'Device login password.'),
        ],
      },
      [],
      'Fabric device configuration.',
    ),
  ],
};
