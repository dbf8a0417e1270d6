import { taggingField } from './system-object-tagging';
import { field, toggle, type TableSchema } from './types';

/** The keys of a `template` address (docs/fortios-6.0.md §4.7). */
const TEMPLATE = ['template'];

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
 * list, config tagging, set comment, set template …`). The `template` type's keys (`template`,
 * `subnet-segment`, `host-type`, `host`: the 6.0.5 module, help and sizes from real units' 6.2.7+
 * schema answer, poroping/terraform-provider-fortios `v2/codegen/apischema/auto-merge/
 * firewall_address6.json`) come last, in the 6.2 listing's order; the 6.0.0 CLI reference: "only
 * available when type is set to template", `host` when `host-type` is `specific`. `template` names
 * a `firewall address6-template` row and `tagging`'s `category` a `system object-tagging` row.
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
      { kind: 'option', options: ['ipprefix', 'iprange', 'fqdn', 'dynamic', 'template'] },
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
    // The 6.0.5 module and 6.2.7's answer word this help without a full stop.
    taggingField('Config object tagging'),
    field('comment', { kind: 'string', maxLength: 255 }, '', 'Comment.'),
    field(
      'template',
      { kind: 'reference', table: 'firewall address6-template', optional: true },
      '',
      'IPv6 address template.',
      { onlyFor: TEMPLATE },
    ),
    field(
      'subnet-segment',
      {
        kind: 'sub-table',
        mkey: 'name',
        fields: [
          field('name', { kind: 'name', maxLength: 63 }, '', 'Name.'),
          field('type', { kind: 'option', options: ['any', 'specific'] }, 'any', 'Subnet segment type.'),
          field('value', { kind: 'string', maxLength: 35 }, '', 'Subnet segment value.'),
        ],
      },
      [],
      'IPv6 subnet segments.',
      { onlyFor: TEMPLATE },
    ),
    field('host-type', { kind: 'option', options: ['any', 'specific'] }, 'any', 'Host type.', {
      onlyFor: TEMPLATE,
    }),
    field('host', { kind: 'ipv6' }, '::', 'Host Address.', {
      onlyFor: TEMPLATE,
      onlyWhen: [{ key: 'host-type', values: ['specific'] }],
    }),
  ],
};
