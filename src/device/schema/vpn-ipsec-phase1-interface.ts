import { field, toggle, type TableSchema } from './types';

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

export const vpnIpsecPhase1Interface: TableSchema = {
  path: 'vpn ipsec phase1-interface',
  kind: 'table',
  mkey: 'name',
  scope: 'vdom',
  help: 'Configure VPN remote gateway.',
  fields: [
    field('name', { kind: 'name', maxLength: 15 }, '', 'IPsec remote gateway name.', { label: 'Name' }),
    field(
      'type',
      { kind: 'option', options: ['static', 'dynamic', 'ddns'] },
      'static',
      'Remote gateway type.',
      { label: 'Remote Gateway' },
    ),
    field(
      'interface',
      { kind: 'reference', table: 'system interface' },
      '',
      'Local physical, aggregate, or VLAN outgoing interface.',
      {
        label: 'Interface',
      },
    ),
    field('ike-version', { kind: 'option', options: ['1', '2'] }, '1', 'IKE protocol version.'),
    // The device's order, from real `show full-configuration` output: … peertype, mode-cfg, proposal, …,
    // forticlient-enforcement, comments, …, remote-gw, …, psksecret (src/device/cli/fidelity-tables.test.ts
    // quotes it; docs/fortios-6.0.md §4.8). A dial-up (dynamic) tunnel prints no remote-gw.
    field(
      'peertype',
      { kind: 'option', options: ['any', 'one', 'dialup', 'peer', 'peergrp'] },
      'any',
      'Accept this peer type.',
    ),
    field(
      'mode-cfg',
      { kind: 'option', options: ['disable', 'enable'] },
      'disable',
      'Enable/disable configuration method.',
    ),
    field(
      'proposal',
      {
        kind: 'multi-option',
        options: proposals,
        typedOrder: true,
      },
      'aes128-sha256 aes256-sha256 aes128-sha1 aes256-sha1',
      'Phase1 proposal.',
    ),
    toggle('forticlient-enforcement', 'disable', 'Enable/disable FortiClient enforcement.'),
    field('comments', { kind: 'string', maxLength: 255 }, '', 'Comment.', { label: 'Comments' }),
    field(
      'remote-gw',
      { kind: 'ipv4' },
      '0.0.0.0',
      "IPv4 address of the remote gateway's external interface.",
      { label: 'IP Address', onlyFor: ['static'] },
    ),
    field(
      'psksecret',
      { kind: 'password', maxLength: 128 },
      '',
      'Pre-shared secret for PSK authentication (ASCII string or hexadecimal encoded with a leading 0x).',
      {
        label: 'Pre-shared Key',
      },
    ),
  ],
};
