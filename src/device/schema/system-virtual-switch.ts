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
export const systemVirtualSwitch: TableSchema = {
  path: 'system virtual-switch',
  kind: 'table',
  mkey: 'name',
  scope: 'global',
  help: 'Configure virtual hardware switch interfaces.',
  fields: [
    field('name', { kind: 'name', maxLength: 15 }, '', 'Name of the virtual switch.'),
    field('physical-switch', { kind: 'name', maxLength: 15 }, '', 'Physical switch parent.'),
    field(
      'port',
      {
        kind: 'sub-table',
        mkey: 'name',
        fields: [
          field('name', { kind: 'name', maxLength: 15 }, '', 'Physical interface name.'),
          field('alias', { kind: 'string', maxLength: 25 }, '', 'Alias.'),
        ],
      },
      [],
      'Configure member ports.',
    ),
    field('span', { kind: 'option', options: ['disable', 'enable'] }, 'disable', 'Enable/disable SPAN.'),
    field('span-source-port', { kind: 'name', maxLength: 15 }, '', 'SPAN source port.'),
    field('span-dest-port', { kind: 'name', maxLength: 15 }, '', 'SPAN destination port.'),
    field('span-direction', { kind: 'option', options: ['rx', 'tx', 'both'] }, 'both', 'SPAN direction.'),
  ],
};
