import { field, toggle, type TableSchema } from './types';

/** The keys of a `dynamic` address (an SDN's object): 6.0's `sdn` is NSX only (docs/fortios-6.0.md §4.7). */
const DYNAMIC = ['dynamic'];

/**
 * `config firewall address6` (docs/fortios-6.0.md §4.7). Keys, options and help: the 6.0.5 module
 * `fortios_firewall_address6` (coll-test/fortinet.fortios, "Tested with FOS v6.0.5"); key order:
 * terraform's `fortios_firewall_address6` argument list (fortinetdev/terraform-provider-fortios); the
 * `cache-ttl` rule: the 6.0 CLI reference ("cache-ttl is only available when type is set to fqdn").
 * The `dynamic` type's keys (`sdn`, `obj-id`, `list`) and their place in the row: the 6.0.5 module,
 * the per-version schema of fortinet-ansible-dev/ansible-galaxy-fortios-collection
 * (`fortios_firewall_address6.py`: `dynamic`, `sdn` `nsx`, `obj-id` and `list` in v6.0.0, v6.0.5 and
 * v6.0.11) and the 6.2 CLI reference's listing (`… set sdn, set ip6 … set color, set obj-id, config
 * list, config tagging, set comment, set template …`). Left out, a Decision each (§4.7): the
 * `template` type and its keys (`template`, `subnet-segment`, `host-type`, `host`), which need
 * `firewall address6-template` rows, and `tagging`, whose categories and tags are `system
 * object-tagging` rows; fgsim models neither table.
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
      { kind: 'option', options: ['ipprefix', 'iprange', 'fqdn', 'dynamic'] },
      'ipprefix',
      'Type of IPv6 address object.',
    ),
    // **Decision** (§4.7): `nsx`, 6.0's only word, is the default; `show` prints no `set sdn` then.
    field('sdn', { kind: 'option', options: ['nsx'] }, 'nsx', 'SDN.', { onlyFor: DYNAMIC }),
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
    // **Decision** (§4.7): 255 characters, as a comment (the sources give the key no size).
    field('obj-id', { kind: 'string', maxLength: 255 }, '', 'Object ID for NSX.', { onlyFor: DYNAMIC }),
    field(
      'list',
      {
        kind: 'sub-table',
        mkey: 'ip',
        fields: [field('ip', { kind: 'string', maxLength: 89 }, '', 'IP.')],
      },
      [],
      'IP address list.',
      { onlyFor: DYNAMIC },
    ),
    field('comment', { kind: 'string', maxLength: 255 }, '', 'Comment.'),
  ],
};
