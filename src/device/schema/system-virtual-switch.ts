import { field, type TableSchema } from './types';

/**
 * The 60E's hardware switch (docs/fortios-6.0.md §4.2): the `internal` interface's ports are rows of
 * `config port` here, not `member`s of the interface. Keys and help from the 6.0 schema as Fortinet's
 * terraform provider documents it (`fortinetdev/terraform-provider-fortios`,
 * `website/docs/r/fortios_system_virtualswitch.html.markdown`); options and help checked against the
 * ansible collection's per-version data (fortinet-ansible-dev/ansible-galaxy-fortios-collection
 * `plugins/modules/fortios_system_virtual_switch.py`: every key below has v6.0.0, v6.0.5 and v6.0.11;
 * docs/fortios-6.0.md §4.6).
 */
const spanOn = [{ key: 'span', values: ['enable'] }] as const;

export const systemVirtualSwitch: TableSchema = {
  path: 'system virtual-switch',
  kind: 'table',
  mkey: 'name',
  scope: 'global',
  help: 'Configure virtual hardware switch interfaces.',
  fields: [
    field('name', { kind: 'name', maxLength: 15 }, '', 'Name of the virtual switch.'),
    field('physical-switch', { kind: 'name', maxLength: 15 }, '', 'Physical switch parent.'),
    // `span` before `config port`, and the SPAN ports and direction only with SPAN on: a later unit's
    // full configuration prints `set physical-switch "sw0"`, `set span disable`, `config port` (the
    // netutils parser fixture below, docs/fortios-6.0.md §4.2); where the SPAN keys print with SPAN on
    // is a Decision.
    field('span', { kind: 'option', options: ['disable', 'enable'] }, 'disable', 'Enable/disable SPAN.'),
    field('span-source-port', { kind: 'name', maxLength: 15 }, '', 'SPAN source port.', { onlyWhen: spanOn }),
    field('span-dest-port', { kind: 'name', maxLength: 15 }, '', 'SPAN destination port.', {
      onlyWhen: spanOn,
    }),
    field('span-direction', { kind: 'option', options: ['rx', 'tx', 'both'] }, 'both', 'SPAN direction.', {
      onlyWhen: spanOn,
    }),
    field(
      'port',
      {
        kind: 'sub-table',
        mkey: 'name',
        // `speed` and `status` (per-version data v6.0.0 to v7.0.0; help and defaults from a 6.4.6 unit's
        // schema answer, poroping/terraform-provider-fortios
        // `v2/codegen/apischema/auto-merge/system_virtual_switch.json`), printed before `alias`, as a
        // later unit's full configuration prints its switch ports (`set speed auto`, `set status up`,
        // `set alias ''`: a netutils parser fixture, `fortinet_full_received.py`, found with code search
        // for `set physical-switch "sw0"`; docs/fortios-6.0.md §4.2).
        fields: [
          field('name', { kind: 'name', maxLength: 15 }, '', 'Physical interface name.'),
          field(
            'speed',
            {
              kind: 'option',
              options: [
                'auto',
                '10full',
                '10half',
                '100full',
                '100half',
                '1000full',
                '1000half',
                '1000auto',
                '10000full',
                '10000auto',
                '40000full',
                '100Gfull',
              ],
            },
            'auto',
            'Interface speed.',
          ),
          field('status', { kind: 'option', options: ['up', 'down'] }, 'up', 'Interface status.'),
          field('alias', { kind: 'string', maxLength: 25 }, '', 'Alias.'),
        ],
      },
      [],
      'Configure member ports.',
    ),
  ],
};
