import { field, type TableSchema } from './types';

/**
 * `config firewall address6-template` (docs/fortios-6.0.md §4.7.1). Keys and help: the 6.0.2 module
 * (ansible/ansible `lib/ansible/modules/network/fortios/fortios_firewall_address6_template.py`,
 * "Tested with FOS v6.0.2": `name`, `ip6`, `subnet-segment-count`, `subnet-segment` with `id`,
 * `bits`, `exclusive`, `name` and `values` (`name`, `value`)). Sizes, ranges and defaults: real units'
 * schema answer, 6.2.7 to 7.0.3 (poroping/terraform-provider-fortios
 * `v2/codegen/apischema/auto-merge/firewall_address6_template.json`; its `fabric-object` came in
 * 7.0.0). **Decision**: the row's keys as `name, ip6, subnet-segment-count, subnet-segment`, a
 * segment's as the CLI reference lists them (`bits, exclusive, name, values`) after its `id`; no real
 * 6.0 listing of a template row was found.
 */
export const firewallAddress6Template: TableSchema = {
  path: 'firewall address6-template',
  kind: 'table',
  mkey: 'name',
  scope: 'vdom',
  help: 'Configure IPv6 address templates.',
  fields: [
    field('name', { kind: 'name', maxLength: 63 }, '', 'IPv6 address template name.'),
    field('ip6', { kind: 'ipv6-prefix' }, '::/0', 'IPv6 address prefix.'),
    // 1–6 when set; a new row answers 0 (the schema answer's default).
    field('subnet-segment-count', { kind: 'integer', min: 1, max: 6 }, 0, 'Number of IPv6 subnet segments.'),
    field(
      'subnet-segment',
      {
        kind: 'sub-table',
        mkey: 'id',
        fields: [
          field('id', { kind: 'integer', min: 0, max: 4294967295 }, 0, 'Subnet segment ID.'),
          field('bits', { kind: 'integer', min: 1, max: 16 }, 0, 'Number of bits.'),
          field(
            'exclusive',
            { kind: 'option', options: ['enable', 'disable'] },
            'disable',
            'Enable/disable exclusive value.',
          ),
          field('name', { kind: 'string', maxLength: 63 }, '', 'Subnet segment name.'),
          field(
            'values',
            {
              kind: 'sub-table',
              mkey: 'name',
              fields: [
                field('name', { kind: 'name', maxLength: 63 }, '', 'Subnet segment value name.'),
                field('value', { kind: 'string', maxLength: 35 }, '', 'Subnet segment value.'),
              ],
            },
            [],
            'Subnet segment values.',
          ),
        ],
      },
      [],
      'IPv6 subnet segments.',
    ),
  ],
};
