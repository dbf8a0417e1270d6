import {
  enableDisable,
  field,
  toggle,
  type FieldDef,
  type FieldType,
  type OnlyWhen,
  type TableSchema,
} from './types';

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

const ed = enableDisable;
const option = (...options: string[]): FieldType => ({ kind: 'option', options });
const int = (min: number, max: number): FieldType => ({ kind: 'integer', min, max });
const str = (maxLength: number): FieldType => ({ kind: 'string', maxLength });
/** A key whose help names no bounds: 0–4294967295, as `system global`'s (docs §4.6.2). */
const U32 = int(0, 4294967295);
const ipv4: FieldType = { kind: 'ipv4' };
const ipv4Mask: FieldType = { kind: 'ipv4-mask' };
const ipv6: FieldType = { kind: 'ipv6' };
const ipv6Prefix: FieldType = { kind: 'ipv6-prefix' };
const mac: FieldType = { kind: 'mac' };
const ifRef: FieldType = { kind: 'reference', table: 'system interface', optional: true };
const only = (...types: string[]): Pick<FieldDef, 'onlyFor'> => ({ onlyFor: types });

/**
 * The fields with every sub-table, at any depth, marked `omitEmpty`: a real unit's `show
 * full-configuration` prints none of an interface's empty ones (no `config secondaryip`, `config vrrp`,
 * `config tagging`, `config ip6-extra-addr`, … in docs §4.1's source).
 */
function omitEmptyTables(fields: readonly FieldDef[]): FieldDef[] {
  return fields.map((f) => {
    const t = f.type;
    if (t.kind === 'sub-table')
      return { ...f, omitEmpty: true, type: { ...t, fields: omitEmptyTables(t.fields) } };
    if (t.kind === 'sub-object') return { ...f, type: { ...t, fields: omitEmptyTables(t.fields) } };
    return f;
  });
}

/**
 * The keys a row has only while another key has some value — the real unit leaves them out of its
 * full configuration otherwise, and its CLI does not take them (docs/fortios-6.0.md §3, §4.1.1). The
 * source is a later unit's full configuration of two static ports (§4.1.1's), which prints none of
 * them at their defaults while printing the keys that open them (`dhcp-relay-service disable`,
 * `fail-detect disable`, `pptp-client disable`, `mtu-override disable`, `mode static`, …), and the
 * keys' own help (`username` "of the PPPoE account", `dhcp-renew-time` "DHCP renew time"). **Decision**
 * for the pairing of each key with its opener, where the help names none.
 */
const OPENED_BY: Record<string, OnlyWhen> = {
  ...each(['dhcp-relay-ip', 'dhcp-relay-type', 'dhcp-relay-agent-option'], 'dhcp-relay-service', 'enable'),
  ...each(['detectserver', 'detectprotocol', 'ha-priority'], 'gwdetect', 'enable'),
  // Not the keys that name other rows (`fail-alert-interfaces`, `security-groups`): a hidden name would
  // keep its row in use where no CLI line could clear it (Decision, §4.1.1).
  ...each(['fail-detect-option', 'fail-alert-method'], 'fail-detect', 'enable'),
  ...each(['dhcp-client-identifier', 'dhcp-renew-time'], 'mode', 'dhcp'),
  ...each(
    [
      'ipunnumbered',
      'username',
      'pppoe-unnumbered-negotiate',
      'password',
      'idle-timeout',
      'disc-retry-timeout',
      'padt-retry-timeout',
      'service-name',
      'ac-name',
      'lcp-echo-interval',
      'lcp-max-echo-fails',
      'auth-type',
    ],
    'mode',
    'pppoe',
  ),
  ...each(
    ['pptp-user', 'pptp-password', 'pptp-server-ip', 'pptp-auth-type', 'pptp-timeout'],
    'pptp-client',
    'enable',
  ),
  ...each(['bfd-desired-min-tx', 'bfd-detect-mult', 'bfd-required-min-rx'], 'bfd', 'enable'),
  ...each(['stpforward-mode'], 'stpforward', 'enable'),
  ...each(
    [
      'security-mac-auth-bypass',
      'security-external-web',
      'security-external-logout',
      'security-redirect-url',
      'security-exempt-list',
    ],
    'security-mode',
    'captive-portal',
  ),
  ...each(
    [
      'device-user-identification',
      'device-identification-active-scan',
      'device-access-list',
      'device-netscan',
    ],
    'device-identification',
    'enable',
  ),
  ...each(
    ['fortilink-stacking', 'fortilink-split-interface', 'fortilink-backup-link'],
    'fortilink',
    'enable',
  ),
  ...each(['mtu'], 'mtu-override', 'enable'),
};

function each(names: readonly string[], key: string, value: string): Record<string, OnlyWhen> {
  return Object.fromEntries(names.map((n) => [n, { key, values: [value] }]));
}

/** The row's top-level fields with `OPENED_BY`'s conditions added to their own. */
function openedBy(fields: readonly FieldDef[]): FieldDef[] {
  return fields.map((f) => {
    const c = OPENED_BY[f.name];
    return c ? { ...f, onlyWhen: [...(f.onlyWhen ?? []), c] } : f;
  });
}

/** 6.0's `ip6-allowaccess` keywords (the 6.0.2 module's `ipv6.ip6-allowaccess` choices). */
export const ip6AllowAccess = ['ping', 'https', 'ssh', 'snmp', 'http', 'telnet', 'fgfm', 'capwap'] as const;

const vrrp6Fields: readonly FieldDef[] = [
  field('vrid', int(1, 255), 0, 'Virtual router identifier (1 - 255).'),
  field('vrgrp', int(0, 65535), 0, 'VRRP group ID (1 - 65535).'),
  field('vrip6', ipv6, '::', 'IPv6 address of the virtual router.'),
  field('priority', int(1, 255), 100, 'Priority of the virtual router (1 - 255).'),
  field('adv-interval', int(1, 255), 1, 'Advertisement interval (1 - 255 seconds).'),
  field('start-time', int(1, 255), 3, 'Startup time (1 - 255 seconds).'),
  toggle('preempt', 'enable', 'Enable/disable preempt mode.'),
  toggle('accept-mode', 'disable', 'Enable/disable accept mode.'),
  field('vrdst6', ipv6, '::', 'Monitor the route to this destination.'),
  toggle('status', 'enable', 'Enable/disable VRRP.'),
];

/**
 * `config ipv6`: the 6.0.2 module's `ipv6` keys. Order: the later CLI schema's (terraform's attribute
 * list), except that `ip6-send-adv` and the keys it governs, `autoconf` and the DHCPv6 relay keys print
 * after `vrip6_link_local`, as the real full configuration prints them (docs §4.1).
 */
const ipv6Fields: readonly FieldDef[] = [
  field(
    'ip6-mode',
    option('static', 'dhcp', 'pppoe', 'delegated'),
    'static',
    'Addressing mode (static, DHCP, delegated).',
  ),
  field('nd-mode', option('basic', 'SEND-compatible'), 'basic', 'Neighbor discovery mode.'),
  field('nd-cert', str(35), '', 'Neighbor discovery certificate.'),
  field(
    'nd-security-level',
    int(0, 7),
    0,
    'Neighbor discovery security level (0 - 7; 0 = least secure, default = 0).',
  ),
  field(
    'nd-timestamp-delta',
    int(1, 3600),
    300,
    'Neighbor discovery timestamp delta value (1 - 3600 sec; default = 300).',
  ),
  field(
    'nd-timestamp-fuzz',
    int(1, 60),
    1,
    'Neighbor discovery timestamp fuzz factor (1 - 60 sec; default = 1).',
  ),
  field('nd-cga-modifier', str(31), '', 'Neighbor discovery CGA modifier.'),
  toggle('ip6-dns-server-override', 'enable', 'Enable/disable using the DNS server acquired by DHCP.'),
  field(
    'ip6-address',
    ipv6Prefix,
    '::/0',
    'Primary IPv6 address prefix, syntax: xxxx:xxxx:xxxx:xxxx:xxxx:xxxx:xxxx:xxxx/xxx',
  ),
  field(
    'ip6-extra-addr',
    {
      kind: 'sub-table',
      mkey: 'prefix',
      fields: [field('prefix', ipv6Prefix, '::/0', 'IPv6 address prefix.')],
    },
    [],
    'Extra IPv6 address prefixes of interface.',
  ),
  field(
    'ip6-allowaccess',
    { kind: 'multi-option', options: ip6AllowAccess },
    '',
    'Allow management access to the interface.',
  ),
  field('ip6-reachable-time', int(0, 3600000), 0, 'IPv6 reachable time (milliseconds; 0 means unspecified).'),
  field('ip6-retrans-time', U32, 0, 'IPv6 retransmit time (milliseconds; 0 means unspecified).'),
  field('ip6-hop-limit', int(0, 255), 0, 'Hop limit (0 means unspecified).'),
  field('ip6-upstream-interface', ifRef, '', 'Interface name providing delegated information.'),
  field(
    'ip6-subnet',
    ipv6Prefix,
    '::/0',
    ' Subnet to routing prefix, syntax: xxxx:xxxx:xxxx:xxxx:xxxx:xxxx:xxxx:xxxx/xxx',
  ),
  field(
    'dhcp6-client-options',
    { kind: 'multi-option', options: ['rapid', 'iapd', 'iana'] },
    '',
    'DHCPv6 client options.',
  ),
  toggle('dhcp6-prefix-delegation', 'disable', 'Enable/disable DHCPv6 prefix delegation.'),
  toggle('dhcp6-information-request', 'disable', 'Enable/disable DHCPv6 information request.'),
  field(
    'dhcp6-prefix-hint',
    ipv6Prefix,
    '::/0',
    'DHCPv6 prefix that will be used as a hint to the upstream DHCPv6 server.',
  ),
  field(
    'dhcp6-prefix-hint-plt',
    U32,
    604800,
    'DHCPv6 prefix hint preferred life time (sec), 0 means unlimited lease time.',
  ),
  field('dhcp6-prefix-hint-vlt', U32, 2592000, 'DHCPv6 prefix hint valid life time (sec).'),
  toggle('vrrp-virtual-mac6', 'disable', 'Enable/disable virtual MAC for VRRP.'),
  field('vrip6_link_local', ipv6, '::', 'Link-local IPv6 address of virtual router.'),
  field('vrrp6', { kind: 'sub-table', mkey: 'vrid', fields: vrrp6Fields }, [], 'IPv6 VRRP configuration.'),
  toggle('ip6-send-adv', 'disable', 'Enable/disable sending advertisements about the interface.'),
  toggle('ip6-manage-flag', 'disable', 'Enable/disable the managed flag.'),
  toggle('ip6-other-flag', 'disable', 'Enable/disable the other IPv6 flag.'),
  field('ip6-max-interval', int(4, 1800), 600, 'IPv6 maximum interval (4 to 1800 sec).'),
  field('ip6-min-interval', int(3, 1350), 198, 'IPv6 minimum interval (3 to 1350 sec).'),
  field('ip6-link-mtu', U32, 0, 'IPv6 link MTU.'),
  field('ip6-default-life', int(0, 9000), 1800, 'Default life (sec).'),
  field(
    'ip6-prefix-list',
    {
      kind: 'sub-table',
      mkey: 'prefix',
      fields: [
        field('prefix', ipv6Prefix, '::/0', 'IPv6 prefix.'),
        toggle('autonomous-flag', 'enable', 'Enable/disable the autonomous flag.'),
        toggle('onlink-flag', 'enable', 'Enable/disable the onlink flag.'),
        field('valid-life-time', U32, 2592000, 'Valid life time (sec).'),
        field('preferred-life-time', U32, 604800, 'Preferred life time (sec).'),
        field('rdnss', str(79), '', 'Recursive DNS server option.'),
        field(
          'dnssl',
          { kind: 'sub-table', mkey: 'domain', fields: [field('domain', str(79), '', 'Domain name.')] },
          [],
          'DNS search list option.',
        ),
      ],
    },
    [],
    'Advertised prefix list.',
  ),
  field(
    'ip6-delegated-prefix-list',
    {
      kind: 'sub-table',
      mkey: 'prefix-id',
      fields: [
        field('prefix-id', U32, 0, 'Prefix ID.'),
        field('upstream-interface', ifRef, '', 'Name of the interface that provides delegated information.'),
        toggle('autonomous-flag', 'enable', 'Enable/disable the autonomous flag.'),
        toggle('onlink-flag', 'enable', 'Enable/disable the onlink flag.'),
        field('subnet', ipv6Prefix, '::/0', ' Add subnet ID to routing prefix.'),
        field(
          'rdnss-service',
          option('delegated', 'default', 'specify'),
          'specify',
          'Recursive DNS service option.',
        ),
        field('rdnss', str(79), '', 'Recursive DNS server option.'),
      ],
    },
    [],
    'Advertised IPv6 delegated prefix list.',
  ),
  toggle('autoconf', 'disable', 'Enable/disable address auto config.'),
  field('dhcp6-relay-service', option('disable', 'enable'), 'disable', 'Enable/disable DHCPv6 relay.'),
  field('dhcp6-relay-type', option('regular'), 'regular', 'DHCPv6 relay type.'),
  field('dhcp6-relay-ip', str(79), '', 'DHCPv6 relay IP address.'),
];

const vrrpFields: readonly FieldDef[] = [
  field('vrid', int(1, 255), 0, 'Virtual router identifier (1 - 255).'),
  field('version', option('2', '3'), '2', 'VRRP version.'),
  field('vrgrp', int(0, 65535), 0, 'VRRP group ID (1 - 65535).'),
  field('vrip', ipv4, '0.0.0.0', 'IP address of the virtual router.'),
  field('priority', int(1, 255), 100, 'Priority of the virtual router (1 - 255).'),
  field('adv-interval', int(1, 255), 1, 'Advertisement interval (1 - 255 seconds).'),
  field('start-time', int(1, 255), 3, 'Startup time (1 - 255 seconds).'),
  toggle('preempt', 'enable', 'Enable/disable preempt mode.'),
  toggle('accept-mode', 'disable', 'Enable/disable accept mode.'),
  field('vrdst', ipv4, '0.0.0.0', 'Monitor the route to this destination.'),
  field(
    'vrdst-priority',
    int(0, 254),
    0,
    'Priority of the virtual router when the virtual router destination becomes unreachable (0 - 254).',
  ),
  toggle('status', 'enable', 'Enable/disable this VRRP configuration.'),
  field(
    'proxy-arp',
    {
      kind: 'sub-table',
      mkey: 'id',
      fields: [field('id', U32, 0, 'ID.'), field('ip', str(79), '', 'Set IP addresses of proxy ARP.')],
    },
    [],
    'VRRP Proxy ARP configuration.',
  ),
];

const secondaryIpFields: readonly FieldDef[] = [
  field('id', U32, 0, 'ID.'),
  field('ip', ipv4Mask, '0.0.0.0 0.0.0.0', 'Secondary IP address of the interface.'),
  field(
    'allowaccess',
    { kind: 'multi-option', options: allowAccessOptions },
    '',
    'Management access settings for the secondary IP address.',
  ),
  toggle('gwdetect', 'disable', 'Enable/disable detect gateway alive for first.'),
  field('detectserver', str(79), '', "Gateway's ping server for this IP."),
  field(
    'detectprotocol',
    option('ping', 'tcp-echo', 'udp-echo'),
    'ping',
    'Protocols used to detect the server.',
  ),
  field('ha-priority', int(1, 50), 1, 'HA election priority for the PING server.'),
];

/**
 * Every 6.0 key of `config system interface`: the 6.0.2 module's `option_list` (ansible/ansible
 * `lib/ansible/modules/network/fortios/fortios_system_interface.py`, "Tested with FOS v6.0.2") less the
 * keys the device computes and never prints (`aggregate`, `redundant-interface`, `switch`, `devindex`,
 * `vindex`, `internal`, `cli-conn-status`, `detected-peer-mtu`, `ping-serv-status`, `captive-portal`)
 * and `vrf` (6.2). Order (docs/fortios-6.0.md §4.1): a real `show full-configuration system interface`
 * where it prints the key, the CLI schema's order (terraform's attribute list) between; `vdom` first,
 * `type` after the addressing, forwarding and access keys, the type's own keys (`remote-ip`, `member`,
 * `stp`) after `type` as docs §4.1 had them, `role` and `snmp-index`, `config ipv6`, the keys the real
 * output prints last, and `interface`/`vlanid` at the end.
 */
export const systemInterface: TableSchema = {
  path: 'system interface',
  kind: 'table',
  mkey: 'name',
  scope: 'global',
  help: 'Configure interfaces.',
  fields: openedBy(
    omitEmptyTables([
      field('name', { kind: 'name', maxLength: 15 }, '', 'Name.', { label: 'Interface Name' }),
      field(
        'vdom',
        { kind: 'option', options: ['root'] },
        'root',
        'Interface is in this virtual domain (VDOM).',
        { alwaysShown: true, quoted: true },
      ),
      toggle(
        'fortilink',
        'disable',
        'Enable FortiLink to dedicate this interface to manage other Fortinet devices.',
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
        'distance',
        int(1, 255),
        5,
        'Distance for routes learned through PPPoE or DHCP, lower distance indicates preferred route.',
      ),
      field('priority', U32, 0, 'Priority of learned routes.'),
      field(
        'dhcp-relay-service',
        option('disable', 'enable'),
        'disable',
        'Enable/disable allowing this interface to act as a DHCP relay.',
      ),
      field('dhcp-relay-ip', str(79), '', 'DHCP relay IP address.'),
      field('dhcp-relay-type', option('regular', 'ipsec'), 'regular', 'DHCP relay type (regular or IPsec).'),
      toggle('dhcp-relay-agent-option', 'enable', 'Enable/disable DHCP relay agent option.'),
      field(
        'management-ip',
        ipv4Mask,
        '0.0.0.0 0.0.0.0',
        'High Availability in-band management IP address of this interface.',
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
      toggle('gwdetect', 'disable', 'Enable/disable detect gateway alive for first.'),
      field('detectserver', str(79), '', "Gateway's ping server for this IP."),
      field(
        'detectprotocol',
        option('ping', 'tcp-echo', 'udp-echo'),
        'ping',
        'Protocols used to detect the server.',
      ),
      field('ha-priority', int(1, 50), 1, 'HA election priority for the PING server.'),
      toggle('fail-detect', 'disable', 'Enable/disable fail detection features for this interface.'),
      field(
        'fail-detect-option',
        option('detectserver', 'link-down'),
        'link-down',
        'Options for detecting that this interface has failed.',
      ),
      field(
        'fail-alert-method',
        option('link-failed-signal', 'link-down'),
        'link-down',
        'Select link-failed-signal or link-down method to alert about a failed link.',
      ),
      field(
        'fail-action-on-extender',
        option('soft-restart', 'hard-restart', 'reboot'),
        'soft-restart',
        'Action on extender when interface fail .',
      ),
      field(
        'fail-alert-interfaces',
        { kind: 'reference-list', table: 'system interface' },
        [],
        'Names of the FortiGate interfaces from which the link failure alert is sent for this interface.',
      ),
      field('dhcp-client-identifier', str(48), '', 'DHCP client identifier.'),
      field(
        'dhcp-renew-time',
        int(0, 604800),
        0,
        'DHCP renew time in seconds (300-604800), 0 means use the renew time provided by the server.',
      ),
      field(
        'ipunnumbered',
        ipv4,
        '0.0.0.0',
        'Unnumbered IP used for PPPoE interfaces for which no unique local address is provided.',
      ),
      field('username', str(64), '', 'Username of the PPPoE account, provided by your ISP.'),
      toggle('pppoe-unnumbered-negotiate', 'enable', 'Enable/disable PPPoE unnumbered negotiation.'),
      field('password', { kind: 'password', maxLength: 128 }, '', "PPPoE account's password."),
      field('idle-timeout', U32, 0, 'PPPoE auto disconnect after idle timeout seconds, 0 means no timeout.'),
      field(
        'disc-retry-timeout',
        U32,
        1,
        'Time in seconds to wait before retrying to start a PPPoE discovery, 0 means no timeout.',
      ),
      field(
        'padt-retry-timeout',
        U32,
        1,
        'PPPoE Active Discovery Terminate (PADT) used to terminate sessions after an idle time.',
      ),
      field('service-name', str(63), '', 'PPPoE service name.'),
      field('ac-name', str(63), '', 'PPPoE server name.'),
      field(
        'lcp-echo-interval',
        U32,
        5,
        'Time in seconds between PPPoE Link Control Protocol (LCP) echo requests.',
      ),
      field('lcp-max-echo-fails', U32, 3, 'Maximum missed LCP echo messages before disconnect.'),
      field(
        'auth-type',
        option('auto', 'pap', 'chap', 'mschapv1', 'mschapv2'),
        'auto',
        'PPP authentication type to use.',
      ),
      toggle('pptp-client', 'disable', 'Enable/disable PPTP client.'),
      field('pptp-user', str(64), '', 'PPTP user name.'),
      field('pptp-password', { kind: 'password', maxLength: 128 }, '', 'PPTP password.'),
      field('pptp-server-ip', ipv4, '0.0.0.0', 'PPTP server IP address.'),
      field(
        'pptp-auth-type',
        option('auto', 'pap', 'chap', 'mschapv1', 'mschapv2'),
        'auto',
        'PPTP authentication type.',
      ),
      field('pptp-timeout', int(0, 65535), 0, 'Idle timer in minutes (0 for disabled).'),
      toggle('arpforward', 'enable', 'Enable/disable ARP forwarding.'),
      toggle('ndiscforward', 'enable', 'Enable/disable NDISC forwarding.'),
      toggle('broadcast-forward', 'disable', 'Enable/disable broadcast forwarding.'),
      field(
        'bfd',
        option('global', 'enable', 'disable'),
        'global',
        'Bidirectional Forwarding Detection (BFD) settings.',
      ),
      field('bfd-desired-min-tx', int(1, 100000), 250, 'BFD desired minimal transmit interval.'),
      field('bfd-detect-mult', int(1, 50), 3, 'BFD detection multiplier.'),
      field('bfd-required-min-rx', int(1, 100000), 250, 'BFD required minimal receive interval.'),
      toggle('l2forward', 'disable', 'Enable/disable l2 forwarding.'),
      toggle('icmp-send-redirect', 'enable', 'Enable/disable ICMP send redirect.'),
      toggle('icmp-accept-redirect', 'enable', 'Enable/disable ICMP accept redirect.'),
      toggle('vlanforward', 'disable', 'Enable/disable traffic forwarding between VLANs on this interface.'),
      toggle('stpforward', 'disable', 'Enable/disable STP forwarding.'),
      field(
        'stpforward-mode',
        option('rpl-all-ext-id', 'rpl-bridge-ext-id', 'rpl-nothing'),
        'rpl-all-ext-id',
        'Configure STP forwarding mode.',
      ),
      toggle(
        'ips-sniffer-mode',
        'disable',
        'Enable/disable the use of this interface as a one-armed sniffer.',
      ),
      toggle('ident-accept', 'disable', 'Enable/disable authentication for this interface.'),
      toggle('ipmac', 'disable', 'Enable/disable IP/MAC binding.'),
      toggle(
        'subst',
        'disable',
        'Enable to always send packets from this interface to a destination MAC address.',
      ),
      field('macaddr', mac, '00:00:00:00:00:00', "Change the interface's MAC address."),
      field(
        'substitute-dst-mac',
        mac,
        '00:00:00:00:00:00',
        'Destination MAC address that all packets are sent to from this interface.',
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
      field('netbios-forward', option('disable', 'enable'), 'disable', 'Enable/disable NETBIOS forwarding.'),
      field('wins-ip', ipv4, '0.0.0.0', 'WINS server IP.'),
      field('type', { kind: 'option', options: interfaceTypes }, 'vlan', 'Interface type.', {
        label: 'Type',
        createOnly: true,
      }),
      field('dedicated-to', option('none', 'management'), 'none', 'Configure interface for single purpose.'),
      field(
        'netflow-sampler',
        option('disable', 'tx', 'rx', 'both'),
        'disable',
        'Enable/disable NetFlow on this interface and set the data that NetFlow collects (rx, tx, or both).',
      ),
      toggle('sflow-sampler', 'disable', 'Enable/disable sFlow on this interface.'),
      field(
        'scan-botnet-connections',
        option('disable', 'block', 'monitor'),
        'disable',
        'Enable monitoring or blocking connections to Botnet servers through this interface.',
      ),
      toggle('src-check', 'enable', 'Enable/disable source IP check.'),
      field('sample-rate', int(10, 99999), 2000, 'sFlow sample rate (10 - 99999).'),
      field('polling-interval', int(1, 255), 20, 'sFlow polling interval (1 - 255 sec).'),
      field(
        'sample-direction',
        option('tx', 'rx', 'both'),
        'both',
        'Data that NetFlow collects (rx, tx, or both).',
      ),
      toggle('explicit-web-proxy', 'disable', 'Enable/disable the explicit web proxy on this interface.'),
      toggle('explicit-ftp-proxy', 'disable', 'Enable/disable the explicit FTP proxy on this interface.'),
      toggle('proxy-captive-portal', 'disable', 'Enable/disable proxy captive portal on this interface.'),
      field('tcp-mss', U32, 0, 'TCP maximum segment size. 0 means do not change segment size.'),
      field(
        'inbandwidth',
        int(0, 16776000),
        0,
        'Bandwidth limit for incoming traffic (0 - 16776000 kbps), 0 means unlimited.',
      ),
      field('outbandwidth', int(0, 16776000), 0, 'Bandwidth limit for outgoing traffic (0 - 16776000 kbps).'),
      field('egress-shaping-profile', str(35), '', 'Outgoing traffic shaping profile.'),
      field(
        'disconnect-threshold',
        U32,
        0,
        'Time in milliseconds to wait before sending a notification that this interface is down or disconnected.',
      ),
      field(
        'spillover-threshold',
        int(0, 16776000),
        0,
        'Egress Spillover threshold (0 - 16776000 kbps), 0 means unlimited.',
      ),
      field(
        'ingress-spillover-threshold',
        int(0, 16776000),
        0,
        'Ingress Spillover threshold (0 - 16776000 kbps).',
      ),
      field(
        'weight',
        int(0, 255),
        0,
        'Default weight for static routes (if route has no weight configured).',
      ),
      toggle(
        'external',
        'disable',
        "Enable/disable identifying the interface as an external interface (which usually means it's connected to the Internet).",
      ),
      field('forward-domain', int(0, 2147483647), 0, 'Transparent mode forward domain.'),
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
      field('lacp-mode', option('static', 'passive', 'active'), 'active', 'LACP mode.', only('aggregate')),
      field('lacp-ha-slave', ed, 'enable', 'LACP HA slave.', only('aggregate')),
      field(
        'lacp-speed',
        option('slow', 'fast'),
        'slow',
        'How often the interface sends LACP messages.',
        only('aggregate'),
      ),
      field(
        'min-links',
        int(1, 32),
        1,
        'Minimum number of aggregated ports that must be up.',
        only('aggregate'),
      ),
      field(
        'min-links-down',
        option('operational', 'administrative'),
        'operational',
        'Action to take when less than the configured minimum number of links are active.',
        only('aggregate'),
      ),
      field('algorithm', option('L2', 'L3', 'L4'), 'L4', 'Frame distribution algorithm.', only('aggregate')),
      field(
        'link-up-delay',
        int(50, 3600000),
        50,
        'Number of milliseconds to wait before considering a link is up.',
        only('aggregate', 'redundant'),
      ),
      field(
        'priority-override',
        ed,
        'enable',
        'Enable/disable fail back to higher priority port once recovered.',
        only('redundant'),
      ),
      field(
        'managed-device',
        { kind: 'sub-table', mkey: 'name', fields: [field('name', str(35), '', 'Managed dev identifier.')] },
        [],
        'Available when FortiLink is enabled, used for managed devices through FortiLink interface.',
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
      field(
        'security-mode',
        option('none', 'captive-portal', '802.1X'),
        'none',
        'Turn on captive portal authentication for this interface.',
      ),
      toggle('security-mac-auth-bypass', 'disable', 'Enable/disable MAC authentication bypass.'),
      field('security-external-web', str(127), '', 'URL of external authentication web server.'),
      field('security-external-logout', str(127), '', 'URL of external authentication logout server.'),
      field('replacemsg-override-group', str(35), '', 'Replacement message override group.'),
      field('security-redirect-url', str(127), '', 'URL redirection after disclaimer/authentication.'),
      field('security-exempt-list', str(35), '', 'Name of security-exempt-list.'),
      field(
        'security-groups',
        { kind: 'reference-list', table: 'user group' },
        [],
        'User groups that can authenticate with the captive portal.',
      ),
      toggle(
        'device-identification',
        'disable',
        'Enable/disable passively gathering of device identity information about the devices on the network connected to this interface.',
        'Device Detection',
      ),
      toggle(
        'device-user-identification',
        'enable',
        'Enable/disable passive gathering of user identity information about users on this interface.',
      ),
      toggle(
        'device-identification-active-scan',
        'enable',
        'Enable/disable active gathering of device identity information about the devices on the network connected to this interface.',
      ),
      field('device-access-list', str(35), '', 'Device access list.'),
      field(
        'device-netscan',
        option('disable', 'enable'),
        'disable',
        'Enable/disable inclusion of devices detected on this interface in network vulnerability scans.',
      ),
      field(
        'lldp-transmission',
        option('enable', 'disable', 'vdom'),
        'vdom',
        'Enable/disable Link Layer Discovery Protocol (LLDP) transmission.',
      ),
      toggle(
        'fortiheartbeat',
        'disable',
        'Enable/disable FortiHeartBeat (FortiTelemetry on GUI).',
        'FortiTelemetry',
      ),
      toggle(
        'broadcast-forticlient-discovery',
        'disable',
        'Enable/disable broadcasting FortiClient discovery messages.',
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
        'estimated-upstream-bandwidth',
        U32,
        0,
        'Estimated maximum upstream bandwidth (kbps). Used to estimate link utilization.',
      ),
      field(
        'estimated-downstream-bandwidth',
        U32,
        0,
        'Estimated maximum downstream bandwidth (kbps). Used to estimate link utilization.',
      ),
      toggle('vrrp-virtual-mac', 'disable', 'Enable/disable use of virtual MAC for VRRP.'),
      field('vrrp', { kind: 'sub-table', mkey: 'vrid', fields: vrrpFields }, [], 'VRRP configuration.'),
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
      toggle('secondary-IP', 'disable', 'Enable/disable adding a secondary IP to this interface.'),
      field(
        'secondaryip',
        { kind: 'sub-table', mkey: 'id', fields: secondaryIpFields },
        [],
        'Second IP address of interface.',
      ),
      toggle('preserve-session-route', 'disable', 'Enable/disable preservation of session route when dirty.'),
      toggle(
        'auto-auth-extension-device',
        'disable',
        'Enable/disable automatic authorization of dedicated Fortinet extension device on this interface.',
      ),
      toggle('ap-discover', 'enable', 'Enable/disable automatic registration of unknown FortiAP devices.'),
      toggle('fortilink-stacking', 'enable', 'Enable/disable FortiLink switch-stacking on this interface.'),
      toggle(
        'fortilink-split-interface',
        'disable',
        'Enable/disable FortiLink split interface to connect member link to different FortiSwitch in stack for uplink redundancy (maximum 2 interfaces in the "members" command).',
      ),
      field('fortilink-backup-link', int(0, 255), 0, 'fortilink split interface backup link.'),
      toggle('switch-controller-access-vlan', 'disable', 'Block FortiSwitch port-to-port traffic.'),
      toggle('switch-controller-igmp-snooping', 'disable', 'Switch controller IGMP snooping.'),
      toggle('switch-controller-dhcp-snooping', 'disable', 'Switch controller DHCP snooping.'),
      toggle(
        'switch-controller-dhcp-snooping-verify-mac',
        'disable',
        'Switch controller DHCP snooping verify MAC.',
      ),
      toggle(
        'switch-controller-dhcp-snooping-option82',
        'disable',
        'Switch controller DHCP snooping option82.',
      ),
      toggle('switch-controller-arp-inspection', 'disable', 'Enable/disable FortiSwitch ARP inspection.'),
      field(
        'switch-controller-learning-limit',
        int(0, 128),
        0,
        'Limit the number of dynamic MAC addresses on this VLAN (1 - 128, 0 = no limit, default).',
      ),
      field('color', int(0, 32), 0, 'Color of icon on the GUI.'),
      field(
        'tagging',
        {
          kind: 'sub-table',
          mkey: 'name',
          fields: [
            field('name', str(63), '', 'Tagging entry name.'),
            field('category', str(63), '', 'Tag category.'),
            field(
              'tags',
              { kind: 'sub-table', mkey: 'name', fields: [field('name', str(79), '', 'Tag name.')] },
              [],
              'Tags.',
            ),
          ],
        },
        [],
        'Config object tagging.',
      ),
      field('ipv6', { kind: 'sub-object', fields: ipv6Fields }, {}, 'IPv6 of interface.'),
      toggle('defaultgw', 'enable', 'Enable to get the gateway IP from the DHCP or PPPoE server.'),
      toggle('dns-server-override', 'enable', 'Enable/disable use DNS acquired by DHCP or PPPoE.'),
      field(
        'speed',
        option('auto', '10full', '10half', '100full', '100half', '1000full', '1000half', '1000auto'),
        'auto',
        'Interface speed. The default setting and the options available depend on the interface hardware.',
        only('physical'),
      ),
      ...[1, 2, 3].map((n) =>
        field(
          `trust-ip-${n}`,
          ipv4Mask,
          '0.0.0.0 0.0.0.0',
          'Trusted host for dedicated management traffic (0.0.0.0/24 for all hosts).',
        ),
      ),
      ...[1, 2, 3].map((n) =>
        field(
          `trust-ip6-${n}`,
          ipv6Prefix,
          '::/0',
          'Trusted IPv6 host for dedicated management traffic (::/0 for all hosts).',
        ),
      ),
      toggle('mtu-override', 'disable', 'Enable to set a custom MTU for this interface.'),
      field('mtu', U32, 1500, 'MTU value for this interface.'),
      toggle(
        'wccp',
        'disable',
        'Enable/disable WCCP on this interface. Used for encapsulated WCCP communication between WCCP clients and servers.',
      ),
      toggle('drop-overlapped-fragment', 'disable', 'Enable/disable drop overlapped fragment packets.'),
      toggle('drop-fragment', 'disable', 'Enable/disable drop fragment packets.'),
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
    ]),
  ),
};
