import { enableDisable, field, toggle, type TableSchema } from './types';

/** `allowaccess` keywords in the order the GUI lists them, with their labels (reference §2, §5). */
export const allowAccessLabels: ReadonlyArray<readonly [keyword: string, label: string]> = [
  ['https', 'HTTPS'],
  ['http', 'HTTP'],
  ['ping', 'PING'],
  ['fgfm', 'FMG-Access'],
  ['capwap', 'CAPWAP'],
  ['ssh', 'SSH'],
  ['snmp', 'SNMP'],
  ['telnet', 'TELNET'],
  ['ftm', 'FTM'],
  ['radius-acct', 'RADIUS Accounting'],
  ['probe-response', 'Probe Response'],
];

export const interfaceTypes = [
  'physical',
  'vlan',
  'aggregate',
  'redundant',
  'tunnel',
  'loopback',
  'hard-switch',
  'vdom-link',
  'wireless',
  'switch',
] as const;

/** Types a user may create directly; tunnels come from `vpn ipsec phase1-interface`. */
export const creatableInterfaceTypes = ['vlan', 'loopback', 'aggregate', 'redundant'] as const;

export const systemInterface: TableSchema = {
  path: 'system interface',
  kind: 'table',
  mkey: 'name',
  scope: 'global',
  help: 'Configure interfaces.',
  fields: [
    field('name', { kind: 'name', maxLength: 15 }, '', 'Name.', { label: 'Interface Name' }),
    field(
      'vdom',
      { kind: 'option', options: ['root'] },
      'root',
      'Interface is in this virtual domain (VDOM).',
    ),
    field('type', { kind: 'option', options: interfaceTypes }, 'vlan', 'Interface type.', {
      label: 'Type',
      createOnly: true,
    }),
    field(
      'interface',
      { kind: 'reference', table: 'system interface', optional: true },
      '',
      'Interface name.',
      {
        label: 'Interface',
        createOnly: true,
      },
    ),
    field('vlanid', { kind: 'integer', min: 0, max: 4094 }, 0, 'VLAN ID (1 - 4094).', { label: 'VLAN ID' }),
    field(
      'member',
      { kind: 'name-list', maxLength: 15 },
      [],
      'Physical interfaces that belong to the aggregate, redundant or hardware switch interface.',
      {
        label: 'Members',
      },
    ),
    field(
      'mode',
      { kind: 'option', options: ['static', 'dhcp', 'pppoe'] },
      'static',
      'Addressing mode (static, DHCP, PPPoE).',
      {
        label: 'Addressing mode',
      },
    ),
    field(
      'ip',
      { kind: 'ipv4-mask' },
      '0.0.0.0 0.0.0.0',
      'Interface IPv4 address and subnet mask, syntax: X.X.X.X/24.',
      {
        label: 'IP/Network Mask',
      },
    ),
    field('remote-ip', { kind: 'ipv4-mask' }, '0.0.0.0 0.0.0.0', 'Remote IP address of tunnel.'),
    field(
      'allowaccess',
      { kind: 'multi-option', options: allowAccessLabels.map(([k]) => k) },
      '',
      'Permitted types of management access to this interface.',
      {
        label: 'Administrative Access',
      },
    ),
    toggle(
      'fortiheartbeat',
      'disable',
      'Enable/disable FortiHeartBeat (FortiTelemetry on GUI).',
      'FortiTelemetry',
    ),
    field(
      'endpoint-compliance',
      enableDisable,
      'disable',
      'Enable/disable endpoint compliance enforcement.',
      {
        label: 'Enforce FortiClient compliance',
      },
    ),
    toggle(
      'device-identification',
      'disable',
      'Enable/disable passively gathering of device identity information about the devices on the network connected to this interface.',
      'Device Detection',
    ),
    field(
      'role',
      { kind: 'option', options: ['lan', 'wan', 'dmz', 'undefined'] },
      'undefined',
      'Interface role.',
      { label: 'Role' },
    ),
    field(
      'alias',
      { kind: 'string', maxLength: 25 },
      '',
      'Alias will be displayed with the interface name to make it easier to distinguish.',
      {
        label: 'Alias',
      },
    ),
    field('description', { kind: 'string', maxLength: 255 }, '', 'Description.', { label: 'Comments' }),
    field(
      'status',
      { kind: 'option', options: ['up', 'down'] },
      'up',
      'Bring the interface up or shut the interface down.',
      {
        label: 'Interface State',
      },
    ),
    field(
      'snmp-index',
      { kind: 'integer', min: 0, max: 2147483647 },
      0,
      'Permanent SNMP Index of the interface.',
    ),
  ],
};
