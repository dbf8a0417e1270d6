/**
 * What the GUI reads from a table's `?action=schema` answer: the option names of a field, and the
 * GUI labels it carries (DESIGN.md: the labels on the screens come
 * from the schema). Nested fields are keyed by their dotted path, as the device names them in errors:
 * `forticlient-winmac-settings.forticlient-system-compliance`, `authentication-rule.portal`.
 */
export type FieldLabels = ReadonlyMap<string, string>;

interface DescribedField {
  label?: unknown;
  children?: unknown;
}

function collect(children: unknown, prefix: string, out: Map<string, string>): void {
  if (!children || typeof children !== 'object') return;
  for (const [name, raw] of Object.entries(children as Record<string, unknown>)) {
    if (!raw || typeof raw !== 'object') continue;
    const field = raw as DescribedField;
    if (typeof field.label === 'string') out.set(prefix + name, field.label);
    collect(field.children, `${prefix}${name}.`, out);
  }
}

/** Every labelled field of a schema answer; an answer of another shape yields no labels. */
export function fieldLabels(schema: unknown): FieldLabels {
  const out = new Map<string, string>();
  if (schema && typeof schema === 'object') collect((schema as DescribedField).children, '', out);
  return out;
}

/** The schema's label for `path`, or `fallback` when the device gives none. */
export const labelOf = (labels: FieldLabels | undefined, path: string, fallback: string): string =>
  labels?.get(path) ?? fallback;

/** The option names of a field of a schema answer (`children.<field>.options[].name`), or `fallback`. */
export function optionsOf(schema: unknown, field: string, fallback: readonly string[]): readonly string[] {
  const children = (schema as { children?: Record<string, { options?: unknown }> } | null)?.children;
  const options = children?.[field]?.options;
  if (!Array.isArray(options)) return fallback;
  const names = options
    .map((o: unknown) => (o as { name?: unknown } | null)?.name)
    .filter((n): n is string => typeof n === 'string');
  return names.length ? names : fallback;
}

/**
 * What the GUI calls each option of a field, from fgsim's `gui-option-labels` in the schema answer
 * (src/api/schema-view.ts; `allowaccess`: `fgfm` → `FMG-Access`); empty when the answer has none.
 */
export function optionLabelsOf(schema: unknown, field: string): ReadonlyMap<string, string> {
  const children = (schema as { children?: Record<string, Record<string, unknown>> } | null)?.children;
  const raw = children?.[field]?.['gui-option-labels'];
  if (!raw || typeof raw !== 'object') return new Map();
  return new Map(
    Object.entries(raw as Record<string, unknown>).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    ),
  );
}
