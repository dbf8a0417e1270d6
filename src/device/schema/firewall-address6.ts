import { field, toggle, type TableSchema } from './types';

/**
 * `config firewall address6` (docs/fortios-6.0.md §4.7). Keys, options and help: the 6.0.5 module
 * `fortios_firewall_address6` (coll-test/fortinet.fortios, "Tested with FOS v6.0.5"); key order:
 * terraform's `fortios_firewall_address6` argument list (fortinetdev/terraform-provider-fortios); the
 * `cache-ttl` rule: the 6.0 CLI reference ("cache-ttl is only available when type is set to fqdn").
 * Like `firewall address`, the types fgsim models are the ones whose keys it has.
 */
export const firewallAddress6: TableSchema = {
  path: 'firewall address6',
  kind: 'table',
  mkey: 'name',
  scope: 'vdom',
  help: 'Configure IPv6 firewall addresses.',
  fields: [
    field('name', { kind: 'name', maxLength: 63 }, '', 'Address name.'),
    field(
      'uuid',
      { kind: 'uuid' },
      '00000000-0000-0000-0000-000000000000',
      'Universally Unique Identifier (UUID; automatically assigned but can be manually reset).',
    ),
    field(
      'type',
      { kind: 'option', options: ['ipprefix', 'iprange', 'fqdn'] },
      'ipprefix',
      'Type of IPv6 address object.',
    ),
    field(
      'ip6',
      { kind: 'ipv6-prefix' },
      '::/0',
      'IPv6 address prefix (format: xxxx:xxxx:xxxx:xxxx:xxxx:xxxx:xxxx:xxxx/xxx).',
    ),
    field(
      'start-ip',
      { kind: 'ipv6' },
      '::',
      'First IP address (inclusive) in the range for the address (format: xxxx:xxxx:xxxx:xxxx:xxxx:xxxx:xxxx:xxxx).',
    ),
    field(
      'end-ip',
      { kind: 'ipv6' },
      '::',
      'Final IP address (inclusive) in the range for the address (format: xxxx:xxxx:xxxx:xxxx:xxxx:xxxx:xxxx:xxxx).',
    ),
    field('fqdn', { kind: 'string', maxLength: 255 }, '', 'Fully qualified domain name.'),
    field(
      'cache-ttl',
      { kind: 'integer', min: 0, max: 86400 },
      0,
      'Minimal TTL of individual IPv6 addresses in FQDN cache.',
      { onlyFor: ['fqdn'] },
    ),
    toggle('visibility', 'enable', 'Enable/disable the visibility of the object in the GUI.'),
    field(
      'color',
      { kind: 'integer', min: 0, max: 32 },
      0,
      'Integer value to determine the color of the icon in the GUI (range 1 to 32, default = 0, which sets the value to 1).',
    ),
    field('comment', { kind: 'string', maxLength: 255 }, '', 'Comment.'),
  ],
};
