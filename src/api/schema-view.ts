/**
 * `?action=schema`: a table's fields as FortiOS 6.0 describes them — `category`, `type`, `q_type`,
 * options as `{name, help}`, size or range, the table a reference draws from, default and help —
 * read from the device's schema, never kept apart (docs/fortios-6.0.md §5.2).
 *
 * fgsim's own GUI keys (each field's `label`) are not part of that answer: `withGuiKeys` adds them, in
 * one place, only for the console's own request (`fgsim_gui=1`, src/client/cmdb.ts).
 */
import {
  allowAccessLabels,
  featureToggles,
  optionHelp,
  restPathOf,
  type FieldDef,
  type FieldType,
  type TableSchema,
} from '../device';

type Described = Record<string, unknown>;

const datasource = (table: string): string => `${table.split(' ').join('.')}.name`;

/**
 * **Decision** (§5.2): 6.0 gives every node a numeric `q_type`; no source lists the numbers, so these
 * are fgsim's, one per kind of value, stable across versions of fgsim.
 */
const Q_TYPE: Record<FieldType['kind'], number> = {
  option: 1,
  'multi-option': 1,
  string: 2,
  name: 2,
  password: 3,
  integer: 4,
  ipv4: 5,
  uuid: 10,
  mac: 13,
  'ipv4-mask': 6,
  ipv6: 11,
  'ipv6-prefix': 12,
  reference: 2,
  'reference-list': 7,
  'name-list': 7,
  'sub-object': 8,
  'sub-table': 9,
};

/** Each option with its own help, as the CLI's `set <key> ?` lists it (one function, §5.2). */
const options = (f: FieldDef, names: readonly string[]) =>
  names.map((name) => ({ name, help: optionHelp(f, name) }));

function describeField(f: FieldDef): Described {
  const t = f.type;
  const common = {
    name: f.name,
    help: f.help,
    q_type: Q_TYPE[t.kind],
    ...(f.readOnly ? { readonly: true } : {}),
    ...(f.createOnly ? { 'create-only': true } : {}),
  };
  switch (t.kind) {
    case 'option':
      return {
        ...common,
        category: 'unitary',
        type: 'option',
        options: options(f, t.options),
        default: f.default,
      };
    case 'multi-option':
      return {
        ...common,
        category: 'unitary',
        type: 'option',
        multiple_values: true,
        options: options(f, t.options),
        default: f.default,
      };
    case 'string':
      // A PEM value is the device's `user` type, sizeless (a 6.2.7+ unit's answer for `vpn
      // certificate local`'s `certificate`, `private-key`, `csr`, `state`; docs/fortios-6.0.md §4.8.1).
      if (t.pem || t.form === 'user')
        return { ...common, category: 'unitary', type: 'user', default: f.default };
      return { ...common, category: 'unitary', type: 'string', size: t.maxLength, default: f.default };
    case 'name':
      return { ...common, category: 'unitary', type: 'string', size: t.maxLength, default: f.default };
    case 'password':
      return { ...common, category: 'unitary', type: 'password', size: t.maxLength };
    case 'integer':
      return {
        ...common,
        category: 'unitary',
        type: 'integer',
        'min-value': t.min,
        'max-value': t.max,
        default: f.default,
      };
    case 'ipv4':
      return { ...common, category: 'unitary', type: 'ipv4-address', default: f.default };
    case 'uuid':
      return { ...common, category: 'unitary', type: 'uuid', default: f.default };
    case 'mac':
      return { ...common, category: 'unitary', type: 'mac-address', default: f.default };
    case 'ipv4-mask':
      return { ...common, category: 'unitary', type: 'ipv4-classnet', default: f.default };
    case 'ipv6':
      return { ...common, category: 'unitary', type: 'ipv6-address', default: f.default };
    case 'ipv6-prefix':
      return { ...common, category: 'unitary', type: 'ipv6-network', default: f.default };
    case 'reference':
      return {
        ...common,
        category: 'unitary',
        type: 'string',
        datasource: [datasource(t.table)],
        ...(t.optional ? { optional: true } : {}),
        default: f.default,
      };
    case 'reference-list':
      return {
        ...common,
        category: 'table',
        mkey: 'name',
        children: {
          name: {
            name: 'name',
            category: 'unitary',
            type: 'string',
            q_type: Q_TYPE.reference,
            datasource: [datasource(t.table)],
          },
        },
      };
    case 'name-list':
      return {
        ...common,
        category: 'table',
        mkey: 'name',
        children: {
          name: {
            name: 'name',
            category: 'unitary',
            type: 'string',
            q_type: Q_TYPE.string,
            size: t.maxLength,
          },
        },
      };
    case 'sub-object':
      return { ...common, category: 'complex', children: describeFields(t.fields) };
    case 'sub-table':
      return { ...common, category: 'table', mkey: t.mkey, children: describeFields(t.fields) };
  }
}

function describeFields(fields: readonly FieldDef[]): Record<string, Described> {
  return Object.fromEntries(fields.map((f) => [f.name, describeField(f)]));
}

export function describeTable(schema: TableSchema): Described {
  const [path = '', name = ''] = restPathOf(schema).split('/');
  return {
    name,
    path,
    category: schema.kind === 'table' ? 'table' : 'complex',
    help: schema.help,
    ...(schema.kind === 'table' ? { mkey: schema.mkey ?? 'name', mkey_type: 'string' } : {}),
    children: describeFields(schema.fields),
  };
}

function addLabels(
  fields: readonly FieldDef[],
  children: Record<string, Described>,
): Record<string, Described> {
  const out: Record<string, Described> = {};
  for (const f of fields) {
    const node = children[f.name] as Described;
    const nested =
      f.type.kind === 'sub-object' || f.type.kind === 'sub-table'
        ? { children: addLabels(f.type.fields, node.children as Record<string, Described>) }
        : {};
    out[f.name] = { ...node, ...(f.label !== undefined ? { label: f.label } : {}), ...nested };
  }
  return out;
}

/**
 * The keys fgsim's own console reads beside the 6.0 answer: each field's GUI `label` (DESIGN.md: the
 * labels on the screens come from the schema), and the hints below. Other clients never see them.
 */
export function withGuiKeys(schema: TableSchema, described: Described): Described {
  return {
    ...described,
    children: withGuiHints(schema, addLabels(schema.fields, described.children as Record<string, Described>)),
  };
}

/**
 * fgsim's own keys in a table's schema answer, for its GUI (6.0 keeps these facts in the GUI's code;
 * fgsim keeps them in the device's schema, and the GUI reads them here rather than copying them):
 * - on a Feature Visibility toggle, `gui-section` (the section it sits in) and `gui-position` (its
 *   place in the page's reading order, across `system settings` and `system global`);
 * - on `system interface` `allowaccess`, `gui-option-labels`: what the GUI calls each keyword, in the
 *   order the GUI lists them (not the device's option order, which `options` keeps).
 */
function withGuiHints(schema: TableSchema, children: Record<string, Described>): Record<string, Described> {
  const hinted = { ...children };
  featureToggles.forEach((toggle, position) => {
    const field = hinted[toggle.key];
    if (toggle.table === schema.path && field)
      hinted[toggle.key] = { ...field, 'gui-section': toggle.section, 'gui-position': position };
  });
  const access = hinted['allowaccess'];
  if (schema.path === 'system interface' && access)
    hinted['allowaccess'] = { ...access, 'gui-option-labels': Object.fromEntries(allowAccessLabels) };
  return hinted;
}
