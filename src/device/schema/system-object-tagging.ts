import { field, type FieldDef, type TableSchema } from './types';

/** Whether objects of one kind take a tag of the category (`disable|mandatory|optional`). */
const objectUse = (name: string, help: string): FieldDef =>
  field(name, { kind: 'option', options: ['disable', 'mandatory', 'optional'] }, 'optional', help);

/**
 * `config system object-tagging` (docs/fortios-6.0.md §4.7.1), a tag category per row. Keys, help
 * and options: the 6.0.5 module (ansible/ansible `lib/ansible/modules/network/fortios/
 * fortios_system_object_tagging.py`, "Tested with FOS v6.0.5": `category`, `address`, `device`,
 * `interface`, `multiple`, `color`, `tags`); sizes, ranges and defaults: real units' schema answer,
 * 6.2.7 to 7.0.3 (poroping/terraform-provider-fortios `v2/codegen/apischema/auto-merge/
 * system_object_tagging.json`: `category` 63, `color` 0–32, the three uses `optional`, `multiple`
 * `enable`, `tags` a member table of names of 79). **Decision**: the module's order with the mkey
 * first (no real 6.0 listing of a row with values was found). Factory row: `default`, as a real
 * 6.0.6 backup prints it (src/device/scenarios/base.ts).
 */
export const systemObjectTagging: TableSchema = {
  path: 'system object-tagging',
  kind: 'table',
  mkey: 'category',
  scope: 'vdom',
  help: 'Configure object tagging.',
  fields: [
    field('category', { kind: 'name', maxLength: 63 }, '', 'Tag Category.'),
    objectUse('address', 'Address.'),
    objectUse('device', 'Device.'),
    objectUse('interface', 'Interface.'),
    field(
      'multiple',
      { kind: 'option', options: ['enable', 'disable'] },
      'enable',
      'Allow multiple tag selection.',
    ),
    field('color', { kind: 'integer', min: 0, max: 32 }, 0, 'Color of icon on the GUI.'),
    field('tags', { kind: 'name-list', maxLength: 79 }, [], 'Tags.'),
  ],
};

/**
 * An object's `config tagging` (`firewall address`, `firewall address6`): entries naming a
 * `system object-tagging` category (6.0: "Tag category. Source system.object-tagging.category.") and
 * some of its tags ("Tag name. Source system.object-tagging.tags.name."; the 6.0.5 modules). The
 * category is checked as every reference is (-3 at commit, -23 on deleting a category in use);
 * **Decision**: the tags are names of the size 6.2.7's answer gives (79), not checked against the
 * category's own tags (docs/fortios-6.0.md §4.7.1).
 */
export const taggingField = (help: string): FieldDef =>
  field(
    'tagging',
    {
      kind: 'sub-table',
      mkey: 'name',
      fields: [
        field('name', { kind: 'name', maxLength: 63 }, '', 'Tagging entry name.'),
        field(
          'category',
          { kind: 'reference', table: 'system object-tagging', optional: true },
          '',
          'Tag category.',
        ),
        field('tags', { kind: 'name-list', maxLength: 79 }, [], 'Tags.'),
      ],
    },
    [],
    help,
  );
