import { field, toggle, type TableSchema } from './types';

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
  ],
};
