/**
 * System › Feature Visibility as data: which toggles exist, their labels and the section each sits in
 * (all from the REST schema of `system/settings` and `system/global`: `label`, `help`, and fgsim's
 * `gui-section`/`gui-position`, src/api/schema-view.ts), and what Apply must send.
 */
import type { CmdbRow } from '../../client';

/** The REST paths of the two tables the toggles live in. */
export type HomeTable = 'system/settings' | 'system/global';
export const HOME_TABLES: readonly HomeTable[] = ['system/settings', 'system/global'];

export interface FeatureToggle {
  key: string;
  label: string;
  help: string;
  table: HomeTable;
  /** The section the schema puts it in, and its place in the page's order; none for a toggle it does not. */
  section?: string;
  position?: number;
}

export interface Section {
  title: string;
  toggles: FeatureToggle[];
}

/** Where a toggle the schema gives no section goes (reference §4), after that section's own. */
export const UNSECTIONED = 'Additional Features';

interface SchemaField {
  name: string;
  label?: string;
  help?: string;
  section?: string;
  position?: number;
  options: string[];
}

const optionNames = (raw: unknown): string[] => {
  if (!Array.isArray(raw)) return [];
  return raw.map((o: unknown) =>
    typeof o === 'string' ? o : String((o as { name?: unknown } | null)?.name ?? ''),
  );
};

/**
 * The fields of a `?action=schema` answer. Accepts FortiOS's own shape (`children`: an object of
 * fields with `options: [{ name }]`) and a flat `fields` list (`type.options` or `options`).
 */
export function schemaFields(schema: unknown): SchemaField[] {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as { children?: unknown; fields?: unknown };
  const raw: unknown[] = Array.isArray(s.fields)
    ? s.fields
    : s.children && typeof s.children === 'object'
      ? Object.entries(s.children as Record<string, unknown>).map(([name, f]) => ({ name, ...(f as object) }))
      : [];
  return raw.flatMap((f) => {
    if (!f || typeof f !== 'object') return [];
    const field = f as {
      name?: unknown;
      label?: unknown;
      help?: unknown;
      options?: unknown;
      type?: unknown;
      'gui-section'?: unknown;
      'gui-position'?: unknown;
    };
    const section = field['gui-section'];
    const position = field['gui-position'];
    if (typeof field.name !== 'string') return [];
    const typeOptions =
      field.type && typeof field.type === 'object'
        ? (field.type as { options?: unknown }).options
        : undefined;
    return [
      {
        name: field.name,
        ...(typeof field.label === 'string' ? { label: field.label } : {}),
        ...(typeof field.help === 'string' ? { help: field.help } : {}),
        ...(typeof section === 'string' ? { section } : {}),
        ...(typeof position === 'number' ? { position } : {}),
        options: optionNames(field.options ?? typeOptions),
      },
    ];
  });
}

const isToggle = (f: SchemaField): boolean =>
  f.name.startsWith('gui-') &&
  f.label !== undefined &&
  f.options.length === 2 &&
  f.options.includes('enable') &&
  f.options.includes('disable');

/** The Feature Visibility toggles a table's schema declares (labelled `gui-*` enable/disable fields). */
export function togglesOf(table: HomeTable, schema: unknown): FeatureToggle[] {
  return schemaFields(schema)
    .filter(isToggle)
    .map((f) => ({
      key: f.name,
      label: f.label ?? f.name,
      help: f.help ?? '',
      table,
      ...(f.section !== undefined ? { section: f.section } : {}),
      ...(f.position !== undefined ? { position: f.position } : {}),
    }));
}

/**
 * The toggles grouped into the schema's sections, each in the schema's order and the sections in the
 * order of their first toggle; toggles without a section last, under UNSECTIONED.
 */
export function groupIntoSections(toggles: readonly FeatureToggle[]): Section[] {
  const order = (t: FeatureToggle): number => t.position ?? Number.MAX_SAFE_INTEGER;
  const sectioned = toggles.filter((t) => t.section !== undefined).sort((a, b) => order(a) - order(b));
  const out = new Map<string, FeatureToggle[]>();
  for (const t of sectioned) {
    const title = t.section as string;
    out.set(title, [...(out.get(title) ?? []), t]);
  }
  const rest = toggles.filter((t) => t.section === undefined);
  if (rest.length) out.set(UNSECTIONED, [...(out.get(UNSECTIONED) ?? []), ...rest]);
  return [...out].map(([title, list]) => ({ title, toggles: list }));
}

/** The device's values, per table. */
export type DeviceValues = Record<HomeTable, CmdbRow>;

export const isEnabled = (values: DeviceValues, t: FeatureToggle): boolean =>
  values[t.table][t.key] === 'enable';

/**
 * What Apply sends: for each table, only the keys whose draft differs from the device. Tables with no
 * change are left out (no PUT at all).
 */
export function pendingChanges(
  toggles: readonly FeatureToggle[],
  values: DeviceValues,
  draft: Readonly<Record<string, boolean>>,
): Partial<Record<HomeTable, CmdbRow>> {
  const out: Partial<Record<HomeTable, CmdbRow>> = {};
  for (const t of toggles) {
    const wanted = draft[t.key];
    if (wanted === undefined || wanted === isEnabled(values, t)) continue;
    (out[t.table] ??= {})[t.key] = wanted ? 'enable' : 'disable';
  }
  return out;
}
