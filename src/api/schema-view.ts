/**
 * `?action=schema`: a table's fields as FortiOS describes them — type, options, size or range, the
 * table a reference draws from, default and help — read from the device's schema, never kept apart.
 */
import { allowAccessLabels, featureToggles, restPathOf, type FieldDef, type TableSchema } from '../device';

type Described = Record<string, unknown>;

const datasource = (table: string): string => `${table.split(' ').join('.')}.name`;

function describeField(f: FieldDef): Described {
  const t = f.type;
  const common = {
    name: f.name,
    help: f.help,
    ...(f.label !== undefined ? { label: f.label } : {}),
    ...(f.readOnly ? { readonly: true } : {}),
    ...(f.createOnly ? { 'create-only': true } : {}),
  };
  switch (t.kind) {
    case 'option':
      return {
        ...common,
        category: 'unitary',
        type: 'option',
        options: t.options.map((name) => ({ name })),
        default: f.default,
      };
    case 'multi-option':
      return {
        ...common,
        category: 'unitary',
        type: 'option',
        multiple_values: true,
        options: t.options.map((name) => ({ name })),
        default: f.default,
      };
    case 'string':
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
    case 'ipv4-mask':
      return { ...common, category: 'unitary', type: 'ipv4-classnet', default: f.default };
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
          name: { name: 'name', category: 'unitary', type: 'string', datasource: [datasource(t.table)] },
        },
      };
    case 'name-list':
      return {
        ...common,
        category: 'table',
        mkey: 'name',
        children: { name: { name: 'name', category: 'unitary', type: 'string', size: t.maxLength } },
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
    scope: schema.scope,
    children: withGuiHints(schema, describeFields(schema.fields)),
  };
}

/**
 * fgsim's own keys in a table's schema answer, for its GUI (6.0 keeps these facts in the GUI's code;
 * fgsim keeps them in the device's schema, and the GUI reads them here rather than copying them):
 * - on a Feature Visibility toggle, `gui-section` (the section it sits in) and `gui-position` (its
 *   place in the page's reading order, across `system settings` and `system global`);
 * - on `system interface` `allowaccess`, `gui-option-labels`: what the GUI calls each keyword.
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
