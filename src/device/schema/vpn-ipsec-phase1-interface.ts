import { field, toggle, type TableSchema } from './types';

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
    field('remote-gw', { kind: 'ipv4' }, '0.0.0.0', 'Remote VPN gateway.', { label: 'IP Address' }),
    field(
      'mode-cfg',
      { kind: 'option', options: ['disable', 'enable'] },
      'disable',
      'Enable/disable configuration method.',
    ),
    field(
      'peertype',
      { kind: 'option', options: ['any', 'one', 'dialup', 'peer', 'peergrp'] },
      'any',
      'Accept this peer type.',
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
    toggle('forticlient-enforcement', 'disable', 'Enable/disable FortiClient enforcement.'),
    field(
      'proposal',
      {
        kind: 'multi-option',
        options: ['aes128-sha256', 'aes256-sha256', 'aes128-sha1', 'aes256-sha1', 'des-sha1', '3des-sha256'],
      },
      'aes128-sha256 aes256-sha256 aes128-sha1 aes256-sha1',
      'Phase1 proposal.',
    ),
    field('comments', { kind: 'string', maxLength: 255 }, '', 'Comment.', { label: 'Comments' }),
  ],
};
