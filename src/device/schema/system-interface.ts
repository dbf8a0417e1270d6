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

/**
 * The `allowaccess` options in the device's order, the order a value is stored and printed in
 * (docs/fortios-6.0.md §3): the 6.0.0 handbook's `set allowaccess {ping https ssh snmp http telnet
 * fgfm radius-acct probe-response capwap ftm}` ("Configuring administrative access to interfaces").
 */
const allowAccessOptions = [
  'ping',
  'https',
  'ssh',
  'snmp',
  'http',
  'telnet',
  'fgfm',
  'radius-acct',
  'probe-response',
  'capwap',
  'ftm',
] as const;

/**
 * 6.0.4's `type` options, in the device's order (docs/fortios-6.0.md §4.1; ansible
 * `plugins/modules/fortios_system_interface.py`, `v_range` of `type`). There is no `wireless`.
 */
export const interfaceTypes = [
  'physical',
  'vlan',
  'aggregate',
  'redundant',
  'tunnel',
  'vdom-link',
  'loopback',
  'switch',
  'hard-switch',
  'vap-switch',
  'wl-mesh',
  'fext-wan',
  'vxlan',
  'hdlc',
  'switch-vlan',
  'emac-vlan',
] as const;

/** Types a user may create directly; tunnels come from `vpn ipsec phase1-interface`. */
export const creatableInterfaceTypes = ['vlan', 'loopback', 'aggregate', 'redundant'] as const;

/**
 * Fields in the order a real 6.0 row prints them (docs/fortios-6.0.md §4.1): `vdom` first, `type` after
 * the addressing and access keys, `interface`/`vlanid` after `snmp-index`.
 */
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
      { alwaysShown: true, quoted: true },
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
    field(
      'allowaccess',
      { kind: 'multi-option', options: allowAccessOptions },
      '',
      'Permitted types of management access to this interface.',
      {
        label: 'Administrative Access',
      },
    ),
    field(
      'status',
      { kind: 'option', options: ['up', 'down'] },
      'up',
      'Bring the interface up or shut the interface down.',
      {
        label: 'Interface State',
      },
    ),
    field('type', { kind: 'option', options: interfaceTypes }, 'vlan', 'Interface type.', {
      label: 'Type',
      createOnly: true,
    }),
    field('remote-ip', { kind: 'ipv4-mask' }, '0.0.0.0 0.0.0.0', 'Remote IP address of tunnel.', {
      onlyFor: ['tunnel'],
    }),
    field(
      'member',
      { kind: 'name-list', maxLength: 15 },
      [],
      'Physical interfaces that belong to the aggregate or redundant interface.',
      {
        label: 'Members',
        onlyFor: ['aggregate', 'redundant'],
      },
    ),
    field('stp', enableDisable, 'disable', 'Enable/disable STP.', { onlyFor: ['hard-switch', 'switch'] }),
    field('description', { kind: 'string', maxLength: 255 }, '', 'Description.', { label: 'Comments' }),
    field(
      'alias',
      { kind: 'string', maxLength: 25 },
      '',
      'Alias will be displayed with the interface name to make it easier to distinguish.',
      {
        label: 'Alias',
      },
    ),
    toggle(
      'device-identification',
      'disable',
      'Enable/disable passively gathering of device identity information about the devices on the network connected to this interface.',
      'Device Detection',
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
    field(
      'role',
      { kind: 'option', options: ['lan', 'wan', 'dmz', 'undefined'] },
      'undefined',
      'Interface role.',
      { label: 'Role' },
    ),
    field(
      'snmp-index',
      { kind: 'integer', min: 0, max: 2147483647 },
      0,
      'Permanent SNMP Index of the interface.',
    ),
    field(
      'interface',
      { kind: 'reference', table: 'system interface', optional: true },
      '',
      'Interface name.',
      {
        label: 'Interface',
        createOnly: true,
        onlyFor: ['vlan', 'tunnel'],
      },
    ),
    field('vlanid', { kind: 'integer', min: 0, max: 4094 }, 0, 'VLAN ID (1 - 4094).', {
      label: 'VLAN ID',
      onlyFor: ['vlan'],
    }),
  ],
};
