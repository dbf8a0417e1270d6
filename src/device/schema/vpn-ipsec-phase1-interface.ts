import { field, type FieldDef, type FieldType, type OnlyWhen, type TableSchema } from './types';

const hashes = ['md5', 'sha1', 'sha256', 'sha384', 'sha512'];
const prfs = ['prfsha1', 'prfsha256', 'prfsha384', 'prfsha512'];
const suites = (cipher: string, parts: readonly string[]): string[] => parts.map((p) => `${cipher}-${p}`);

/**
 * 6.0's 57 phase1 proposals, in the device's order: every one has v6.0.0, v6.0.5 and v6.0.11 in the
 * collection's per-version data (fortinet-ansible-dev/ansible-galaxy-fortios-collection
 * `plugins/modules/fortios_vpn_ipsec_phase1_interface.py`, `proposal` options); the GCM and
 * ChaCha20-Poly1305 ones came with 6.0.1 (6.0 CLI reference, phase1-interface "History").
 * docs/fortios-6.0.md §4.6.
 */
const proposals: readonly string[] = [
  ...suites('des', hashes),
  ...suites('3des', hashes),
  ...suites('aes128', hashes),
  ...suites('aes128gcm', prfs),
  ...suites('aes192', hashes),
  ...suites('aes256', hashes),
  ...suites('aes256gcm', prfs),
  ...suites('chacha20poly1305', prfs),
  ...suites('aria128', hashes),
  ...suites('aria192', hashes),
  ...suites('aria256', hashes),
  ...suites('seed', hashes),
];

/** 6.0's DH groups (the 6.0.2 module's `dhgrp` choices; 32 came with 6.2). */
const dhGroups = [
  '1',
  '2',
  '5',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
  '21',
  '27',
  '28',
  '29',
  '30',
  '31',
];

const opt = (...options: string[]): FieldType => ({ kind: 'option', options });
/** `enable|disable`, in that order. */
const ED = opt('enable', 'disable');
/** `disable|enable`, the order the device lists some toggles in (`add-route`, `mode-cfg`, …). */
const DE = opt('disable', 'enable');
const ipv4: FieldType = { kind: 'ipv4' };
const ipv6: FieldType = { kind: 'ipv6' };
const int = (min: number, max: number): FieldType => ({ kind: 'integer', min, max });
const str = (maxLength: number): FieldType => ({ kind: 'string', maxLength });
const secret: FieldType = { kind: 'password', maxLength: 128 };

const when = (key: string, ...values: string[]): OnlyWhen => ({ key, values });
const MODE_CFG = when('mode-cfg', 'enable');
const IKE1 = when('ike-version', '1');
const IKE2 = when('ike-version', '2');
const IPV4 = when('ip-version', '4');
const IPV6 = when('ip-version', '6');
const SIGNATURE = when('authmethod', 'signature');
const XAUTH_SERVER = when('xauthtype', 'pap', 'chap', 'auto');
const RANGE = when('assign-ip-from', 'range');
const NAMED = when('assign-ip-from', 'name');
const STATIC_OR_DDNS = ['static', 'ddns'];

/** A field printed only when every condition holds (docs/fortios-6.0.md §4.8, the skip rules). */
const f = (
  name: string,
  type: FieldType,
  def: FieldDef['default'],
  help: string,
  onlyWhen: readonly OnlyWhen[] = [],
  extra: Partial<FieldDef> = {},
): FieldDef => field(name, type, def, help, { ...(onlyWhen.length > 0 ? { onlyWhen } : {}), ...extra });

/**
 * `config vpn ipsec phase1-interface`: every key a 6.0 unit has (the 6.0.2 ansible module's, ansible/ansible
 * `lib/ansible/modules/network/fortios/fortios_vpn_ipsec_phase1_interface.py`, "Tested with FOS v6.0.2"),
 * with its words; types, sizes, ranges and option words from a 6.2.7+ unit's schema answer
 * (poroping/terraform-provider-fortios `v2/codegen/apischema/auto-merge/vpn.ipsec_phase1_interface.json`)
 * where 6.0 has the key with the same meaning. The keys after 6.0 (`aggregate-member`, `fec-*`, …) are
 * left out, and so is nothing else. docs/fortios-6.0.md §4.8 gives the order and the skip rules and
 * their sources: the keys are declared in the order the device prints them (`show`, the backup file,
 * `get`, REST rows), from real full-configuration output; `onlyFor`/`onlyWhen` say which rows print a key.
 */
export const vpnIpsecPhase1Interface: TableSchema = {
  path: 'vpn ipsec phase1-interface',
  kind: 'table',
  mkey: 'name',
  scope: 'vdom',
  help: 'Configure VPN remote gateway.',
  fields: [
    field('name', { kind: 'name', maxLength: 15 }, '', 'IPsec remote gateway name.', { label: 'Name' }),
    field('type', opt('static', 'dynamic', 'ddns'), 'static', 'Remote gateway type.', {
      label: 'Remote Gateway',
    }),
    field(
      'interface',
      { kind: 'reference', table: 'system interface' },
      '',
      'Local physical, aggregate, or VLAN outgoing interface.',
      { label: 'Interface' },
    ),
    f('ip-version', opt('4', '6'), '4', 'IP version to use for VPN interface.'),
    f('ike-version', opt('1', '2'), '1', 'IKE protocol version.'),
    f('local-gw', ipv4, '0.0.0.0', "IPv4 address of the local gateway's external interface.", [IPV4]),
    f('local-gw6', ipv6, '::', "IPv6 address of the local gateway's external interface.", [IPV6]),
    f('keylife', int(120, 172800), 86400, 'Time to wait in seconds before phase 1 encryption key expires.'),
    f('authmethod', opt('psk', 'signature'), 'psk', 'Authentication method.'),
    f('authmethod-remote', opt('psk', 'signature'), '', 'Authentication method (remote side).', [IKE2]),
    f(
      'mode',
      opt('aggressive', 'main'),
      'main',
      'The ID protection mode used to establish a secure channel.',
      [IKE1],
    ),
    f('peertype', opt('any', 'one', 'dialup', 'peer', 'peergrp'), 'any', 'Accept this peer type.'),
    f('net-device', ED, 'disable', 'Enable/disable kernel device creation for dialup instances.', [], {
      onlyFor: ['dynamic'],
    }),
    f('exchange-interface-ip', ED, 'disable', 'Enable/disable exchange of IPsec interface IP address.'),
    f('mode-cfg', DE, 'disable', 'Enable/disable configuration method.'),
    f('ipv4-dns-server1', ipv4, '0.0.0.0', 'IPv4 DNS server 1.', [MODE_CFG, when('dns-mode', 'manual')]),
    f('ipv4-dns-server2', ipv4, '0.0.0.0', 'IPv4 DNS server 2.', [MODE_CFG, when('dns-mode', 'manual')]),
    f('ipv4-dns-server3', ipv4, '0.0.0.0', 'IPv4 DNS server 3.', [MODE_CFG, when('dns-mode', 'manual')]),
    f('ipv4-wins-server1', ipv4, '0.0.0.0', 'WINS server 1.', [MODE_CFG]),
    f('ipv4-wins-server2', ipv4, '0.0.0.0', 'WINS server 2.', [MODE_CFG]),
    f('ipv6-dns-server1', ipv6, '::', 'IPv6 DNS server 1.', [MODE_CFG, when('dns-mode', 'manual')]),
    f('ipv6-dns-server2', ipv6, '::', 'IPv6 DNS server 2.', [MODE_CFG, when('dns-mode', 'manual')]),
    f('ipv6-dns-server3', ipv6, '::', 'IPv6 DNS server 3.', [MODE_CFG, when('dns-mode', 'manual')]),
    f(
      'proposal',
      {
        kind: 'multi-option',
        options: proposals,
        typedOrder: true,
      },
      'aes128-sha256 aes256-sha256 aes128-sha1 aes256-sha1',
      'Phase1 proposal.',
    ),
    f('add-route', DE, 'enable', 'Enable/disable control addition of a route to peer destination selector.'),
    f('localid', str(63), '', 'Local ID.'),
    f(
      'localid-type',
      opt('auto', 'fqdn', 'user-fqdn', 'keyid', 'address', 'asn1dn'),
      'auto',
      'Local ID type.',
    ),
    f('negotiate-timeout', int(1, 300), 30, 'IKE SA negotiation timeout in seconds (1 - 300).'),
    f('fragmentation', ED, 'enable', 'Enable/disable fragment IKE message on re-transmission.'),
    f('fragmentation-mtu', int(500, 16000), 1200, 'IKE fragmentation MTU (500 - 16000).', [IKE2]),
    f('dpd', opt('disable', 'on-idle', 'on-demand'), 'on-demand', 'Dead Peer Detection mode.'),
    f('forticlient-enforcement', ED, 'disable', 'Enable/disable FortiClient enforcement.'),
    field('comments', str(255), '', 'Comment.', { label: 'Comments' }),
    f('npu-offload', ED, 'enable', 'Enable/disable offloading NPU.'),
    // Real full-configuration output prints the default `set dhgrp 14 5` (docs/fortios-6.0.md §4.8),
    // not in the option list's order: a preference list, kept as given, as `proposal` is.
    f('dhgrp', { kind: 'multi-option', options: dhGroups, typedOrder: true }, '14 5', 'DH group.'),
    f('suite-b', opt('disable', 'suite-b-gcm-128', 'suite-b-gcm-256'), 'disable', 'Use Suite-B.'),
    f('eap', ED, 'disable', 'Enable/disable IKEv2 EAP authentication.', [IKE2]),
    f(
      'eap-identity',
      opt('use-id-payload', 'send-request'),
      'use-id-payload',
      'IKEv2 EAP peer identity type.',
      [IKE2, when('eap', 'enable')],
    ),
    // **Decision** (§4.8): neither real output (IKEv1 both) prints it; fgsim prints it on IKEv2 rows.
    f('acct-verify', ED, 'disable', 'Enable/disable verification of RADIUS accounting record.', [IKE2]),
    f(
      'wizard-type',
      opt(
        'custom',
        'dialup-forticlient',
        'dialup-ios',
        'dialup-android',
        'dialup-windows',
        'dialup-cisco',
        'static-fortigate',
        'dialup-fortigate',
        'static-cisco',
        'dialup-cisco-fw',
      ),
      'custom',
      'GUI VPN Wizard Type.',
    ),
    f('xauthtype', opt('disable', 'client', 'pap', 'chap', 'auto'), 'disable', 'XAuth type.'),
    f('reauth', DE, 'disable', 'Enable/disable re-authentication upon IKE SA lifetime expiration.', [
      XAUTH_SERVER,
    ]),
    f(
      'authusrgrp',
      { kind: 'reference', table: 'user group', optional: true },
      '',
      'Authentication user group.',
      [XAUTH_SERVER],
    ),
    f('authusr', str(64), '', 'XAuth user name.', [when('xauthtype', 'client')]),
    f('authpasswd', secret, '', 'XAuth password (max 35 characters).', [when('xauthtype', 'client')], {
      secretInPlace: true,
    }),
    f('group-authentication', ED, 'disable', 'Enable/disable IKEv2 IDi group authentication.', [IKE2]),
    f(
      'group-authentication-secret',
      secret,
      '',
      'Password for IKEv2 IDi group authentication.  (ASCII string or hexadecimal indicated by a leading 0x.)',
      [IKE2, when('group-authentication', 'enable')],
      { secretInPlace: true },
    ),
    f('idle-timeout', ED, 'disable', 'Enable/disable IPsec tunnel idle timeout.'),
    f('idle-timeoutinterval', int(5, 43200), 15, 'IPsec tunnel idle timeout in minutes (5 - 43200).', [
      when('idle-timeout', 'enable'),
    ]),
    f('ha-sync-esp-seqno', ED, 'enable', 'Enable/disable sequence number jump ahead for IPsec HA.'),
    f('auto-discovery-sender', ED, 'disable', 'Enable/disable sending auto-discovery short-cut messages.'),
    f(
      'auto-discovery-receiver',
      ED,
      'disable',
      'Enable/disable accepting auto-discovery short-cut messages.',
    ),
    f(
      'auto-discovery-forwarder',
      ED,
      'disable',
      'Enable/disable forwarding auto-discovery short-cut messages.',
    ),
    f(
      'auto-discovery-psk',
      ED,
      'disable',
      'Enable/disable use of pre-shared secrets for authentication of auto-discovery tunnels.',
      [IKE2],
    ),
    f('encapsulation', opt('none', 'gre', 'vxlan'), 'none', 'Enable/disable GRE/VXLAN encapsulation.'),
    f('encapsulation-address', opt('ike', 'ipv4', 'ipv6'), 'ike', 'Source for GRE/VXLAN tunnel address.', [
      when('encapsulation', 'gre', 'vxlan'),
    ]),
    f('encap-local-gw4', ipv4, '0.0.0.0', 'Local IPv4 address of GRE/VXLAN tunnel.', [
      when('encapsulation', 'gre', 'vxlan'),
      when('encapsulation-address', 'ipv4'),
    ]),
    f('encap-local-gw6', ipv6, '::', 'Local IPv6 address of GRE/VXLAN tunnel.', [
      when('encapsulation', 'gre', 'vxlan'),
      when('encapsulation-address', 'ipv6'),
    ]),
    f('encap-remote-gw4', ipv4, '0.0.0.0', 'Remote IPv4 address of GRE/VXLAN tunnel.', [
      when('encapsulation', 'gre', 'vxlan'),
      when('encapsulation-address', 'ipv4'),
    ]),
    f('encap-remote-gw6', ipv6, '::', 'Remote IPv6 address of GRE/VXLAN tunnel.', [
      when('encapsulation', 'gre', 'vxlan'),
      when('encapsulation-address', 'ipv6'),
    ]),
    // **Decision** (§4.8): the 6.2.7+ answer gives 1 - 16777215 and the default 0, which a row must hold, so
    // fgsim takes 0 too (the value of a tunnel without VXLAN).
    f('vni', int(0, 16777215), 0, 'VNI of VXLAN tunnel.', [when('encapsulation', 'vxlan')]),
    f('nattraversal', opt('enable', 'disable', 'forced'), 'enable', 'Enable/disable NAT traversal.'),
    f('rekey', ED, 'enable', 'Enable/disable phase1 rekey.'),
    f(
      'enforce-unique-id',
      opt('disable', 'keep-new', 'keep-old'),
      'disable',
      'Enable/disable peer ID uniqueness check.',
    ),
    f('childless-ike', ED, 'disable', 'Enable/disable childless IKEv2 initiation (RFC 6023).', [IKE2]),
    f(
      'digital-signature-auth',
      ED,
      'disable',
      'Enable/disable IKEv2 Digital Signature Authentication (RFC 7427).',
      [IKE2],
    ),
    f(
      'signature-hash-alg',
      { kind: 'multi-option', options: ['sha1', 'sha2-256', 'sha2-384', 'sha2-512'] },
      'sha2-512',
      'Digital Signature Authentication hash algorithms.',
      [IKE2, when('digital-signature-auth', 'enable')],
    ),
    f(
      'rsa-signature-format',
      opt('pkcs1', 'pss'),
      'pkcs1',
      'Digital Signature Authentication RSA signature format.',
      [IKE2, when('digital-signature-auth', 'enable')],
    ),
    f(
      'cert-id-validation',
      ED,
      'enable',
      "Enable/disable cross validation of peer ID and the identity in the peer's certificate as specified in RFC 4945.",
      [SIGNATURE],
    ),
    f('send-cert-chain', ED, 'enable', 'Enable/disable sending certificate chain.', [SIGNATURE]),
    f(
      'ppk',
      opt('disable', 'allow', 'require'),
      'disable',
      'Enable/disable IKEv2 Postquantum Preshared Key (PPK).',
      [IKE2],
    ),
    f('ppk-identity', str(35), '', 'IKEv2 Postquantum Preshared Key Identity.', [
      IKE2,
      when('ppk', 'allow', 'require'),
    ]),
    f(
      'ppk-secret',
      secret,
      '',
      'IKEv2 Postquantum Preshared Key (ASCII string or hexadecimal encoded with a leading 0x).',
      [IKE2, when('ppk', 'allow', 'require')],
      { secretInPlace: true },
    ),
    f(
      'default-gw',
      ipv4,
      '0.0.0.0',
      'IPv4 address of default route gateway to use for traffic exiting the interface.',
    ),
    f(
      'default-gw-priority',
      int(0, 4294967295),
      0,
      'Priority for default gateway route. A higher priority number signifies a less preferred route.',
    ),
    f(
      'assign-ip',
      DE,
      'enable',
      'Enable/disable assignment of IP to IPsec interface via configuration method.',
      [MODE_CFG],
    ),
    f(
      'assign-ip-from',
      opt('range', 'usrgrp', 'dhcp', 'name'),
      'range',
      'Method by which the IP address will be assigned.',
      [MODE_CFG],
    ),
    f('ipv4-start-ip', ipv4, '0.0.0.0', 'Start of IPv4 range.', [MODE_CFG, RANGE]),
    f('ipv4-end-ip', ipv4, '0.0.0.0', 'End of IPv4 range.', [MODE_CFG, RANGE]),
    f('ipv4-netmask', ipv4, '255.255.255.255', 'IPv4 Netmask.', [MODE_CFG, RANGE]),
    f(
      'ipv4-exclude-range',
      {
        kind: 'sub-table',
        mkey: 'id',
        fields: [
          field('id', int(0, 4294967295), 0, 'ID.'),
          field('start-ip', ipv4, '0.0.0.0', 'Start of IPv4 exclusive range.'),
          field('end-ip', ipv4, '0.0.0.0', 'End of IPv4 exclusive range.'),
        ],
      },
      [],
      'Configuration Method IPv4 exclude ranges.',
      [MODE_CFG, RANGE],
      // A later unit's full configuration prints no block for an empty member table (§4.8).
      { omitEmpty: true },
    ),
    f(
      'ipv4-name',
      { kind: 'reference', table: 'firewall address', optional: true },
      '',
      'IPv4 address name.',
      [MODE_CFG, NAMED],
    ),
    f('dns-mode', opt('manual', 'auto'), 'manual', 'DNS server mode.', [MODE_CFG]),
    f(
      'ipv4-split-include',
      { kind: 'reference', table: 'firewall address', optional: true },
      '',
      'IPv4 split-include subnets.',
      [MODE_CFG],
    ),
    f('split-include-service', { kind: 'name', maxLength: 79 }, '', 'Split-include services.', [MODE_CFG]),
    f('ipv6-start-ip', ipv6, '::', 'Start of IPv6 range.', [MODE_CFG, RANGE]),
    f('ipv6-end-ip', ipv6, '::', 'End of IPv6 range.', [MODE_CFG, RANGE]),
    f('ipv6-prefix', int(1, 128), 128, 'IPv6 prefix.', [MODE_CFG, RANGE]),
    f(
      'ipv6-exclude-range',
      {
        kind: 'sub-table',
        mkey: 'id',
        fields: [
          field('id', int(0, 4294967295), 0, 'ID.'),
          field('start-ip', ipv6, '::', 'Start of IPv6 exclusive range.'),
          field('end-ip', ipv6, '::', 'End of IPv6 exclusive range.'),
        ],
      },
      [],
      'Configuration method IPv6 exclude ranges.',
      [MODE_CFG, RANGE],
      // A later unit's full configuration prints no block for an empty member table (§4.8).
      { omitEmpty: true },
    ),
    f(
      'ipv6-name',
      { kind: 'reference', table: 'firewall address6', optional: true },
      '',
      'IPv6 address name.',
      [MODE_CFG, NAMED],
    ),
    f(
      'ipv6-split-include',
      { kind: 'reference', table: 'firewall address6', optional: true },
      '',
      'IPv6 split-include subnets.',
      [MODE_CFG],
    ),
    f(
      'unity-support',
      DE,
      'enable',
      'Enable/disable support for Cisco UNITY Configuration Method extensions.',
      [MODE_CFG],
    ),
    f('domain', str(63), '', 'Instruct unity clients about the default DNS domain.', [MODE_CFG]),
    f('banner', str(1024), '', 'Message that unity client should display after connecting.', [MODE_CFG]),
    f(
      'backup-gateway',
      {
        kind: 'sub-table',
        mkey: 'address',
        fields: [field('address', { kind: 'name', maxLength: 79 }, '', 'Address of backup gateway.')],
      },
      [],
      'Instruct unity clients about the backup gateway address(es).',
      [MODE_CFG],
      // A later unit's full configuration prints no block for an empty member table (§4.8).
      { omitEmpty: true },
    ),
    f('include-local-lan', DE, 'disable', 'Enable/disable allow local LAN access on unity clients.', [
      MODE_CFG,
    ]),
    f(
      'ipv4-split-exclude',
      { kind: 'reference', table: 'firewall address', optional: true },
      '',
      'IPv4 subnets that should not be sent over the IPsec tunnel.',
      [MODE_CFG],
    ),
    f(
      'ipv6-split-exclude',
      { kind: 'reference', table: 'firewall address6', optional: true },
      '',
      'IPv6 subnets that should not be sent over the IPsec tunnel.',
      [MODE_CFG],
    ),
    f('save-password', DE, 'disable', 'Enable/disable saving XAuth username and password on VPN clients.', [
      MODE_CFG,
    ]),
    f(
      'client-auto-negotiate',
      DE,
      'disable',
      'Enable/disable allowing the VPN client to bring up the tunnel when there is no traffic.',
      [MODE_CFG],
    ),
    f(
      'client-keep-alive',
      DE,
      'disable',
      'Enable/disable allowing the VPN client to keep the tunnel up when there is no traffic.',
      [MODE_CFG],
    ),
    f(
      'mesh-selector-type',
      opt('disable', 'subnet', 'host'),
      'disable',
      'Add selectors containing subsets of the configuration depending on traffic.',
      [],
      { onlyFor: STATIC_OR_DDNS },
    ),
    f(
      'tunnel-search',
      opt('selectors', 'nexthop'),
      'selectors',
      'Tunnel search method for when the interface is shared.',
      [],
      {
        onlyFor: ['dynamic'],
      },
    ),
    field('remote-gw', ipv4, '0.0.0.0', "IPv4 address of the remote gateway's external interface.", {
      label: 'IP Address',
      onlyFor: ['static'],
      onlyWhen: [IPV4],
    }),
    f('remote-gw6', ipv6, '::', "IPv6 address of the remote gateway's external interface.", [IPV6], {
      onlyFor: ['static'],
    }),
    f('remotegw-ddns', str(63), '', 'Domain name of remote gateway (eg. name.DDNS.com).', [], {
      onlyFor: ['ddns'],
    }),
    f(
      'certificate',
      { kind: 'reference-list', table: 'vpn certificate local' },
      [],
      'The names of up to 4 signed personal certificates.',
      [SIGNATURE],
    ),
    f('peer', { kind: 'name', maxLength: 35 }, '', 'Accept this peer certificate.', [
      when('peertype', 'peer'),
    ]),
    f('peergrp', { kind: 'name', maxLength: 35 }, '', 'Accept this peer certificate group.', [
      when('peertype', 'peergrp'),
    ]),
    f('peerid', str(255), '', 'Accept this peer identity.', [when('peertype', 'one')]),
    f(
      'usrgrp',
      { kind: 'reference', table: 'user group', optional: true },
      '',
      'User group name for dialup peers.',
      [when('peertype', 'dialup')],
    ),
    f(
      'monitor',
      { kind: 'name', maxLength: 35 },
      '',
      'IPsec interface as backup for primary interface.',
      [],
      {
        onlyFor: STATIC_OR_DDNS,
      },
    ),
    f(
      'monitor-hold-down-type',
      opt('immediate', 'delay', 'time'),
      'immediate',
      'Recovery time method when primary interface re-establishes.',
      [],
      { onlyFor: STATIC_OR_DDNS },
    ),
    f(
      'monitor-hold-down-delay',
      int(0, 31536000),
      0,
      'Time to wait in seconds before recovery once primary re-establishes.',
      [when('monitor-hold-down-type', 'delay')],
      { onlyFor: STATIC_OR_DDNS },
    ),
    f(
      'monitor-hold-down-time',
      { kind: 'string', maxLength: 5, form: 'time' },
      '00:00',
      'Time of day at which to fail back to primary after it re-establishes.',
      [when('monitor-hold-down-type', 'time')],
      { onlyFor: STATIC_OR_DDNS },
    ),
    f(
      'monitor-hold-down-weekday',
      opt('everyday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'),
      'sunday',
      'Day of the week to recover once primary re-establishes.',
      [when('monitor-hold-down-type', 'time')],
      { onlyFor: STATIC_OR_DDNS },
    ),
    f('passive-mode', ED, 'disable', 'Enable/disable IPsec passive mode for static tunnels.', [], {
      onlyFor: ['static'],
    }),
    f('add-gw-route', ED, 'disable', 'Enable/disable automatically add a route to the remote gateway.', [], {
      onlyFor: STATIC_OR_DDNS,
    }),
    field(
      'psksecret',
      secret,
      '',
      'Pre-shared secret for PSK authentication (ASCII string or hexadecimal encoded with a leading 0x).',
      { label: 'Pre-shared Key', onlyWhen: [when('authmethod', 'psk')], secretInPlace: true },
    ),
    f(
      'psksecret-remote',
      secret,
      '',
      'Pre-shared secret for remote side PSK authentication (ASCII string or hexadecimal encoded with a leading 0x).',
      [IKE2, when('authmethod-remote', 'psk')],
      { secretInPlace: true },
    ),
    f('keepalive', int(10, 900), 10, 'NAT-T keep alive interval.', [
      when('nattraversal', 'enable', 'forced'),
    ]),
    f('auto-negotiate', ED, 'enable', 'Enable/disable automatic initiation of IKE SA negotiation.', [], {
      onlyFor: STATIC_OR_DDNS,
    }),
    f('distance', int(1, 255), 15, 'Distance for routes added by IKE (1 - 255).'),
    f('priority', int(0, 4294967295), 0, 'Priority for routes added by IKE (0 - 4294967295).'),
    f('dpd-retrycount', int(0, 10), 3, 'Number of DPD retry attempts.', [
      when('dpd', 'on-idle', 'on-demand'),
    ]),
    f('dpd-retryinterval', int(1, 3600), 20, 'DPD retry interval.', [when('dpd', 'on-idle', 'on-demand')]),
  ],
};
