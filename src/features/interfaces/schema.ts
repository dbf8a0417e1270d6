/** What the interface pages read from the `system/interface` schema answer besides labels. */
import { ACCESS_ORDER, ROLE_LABELS } from './labels';

/** The option names of a field of a `?action=schema` answer (`children.<field>.options[].name`). */
export function optionsOf(schema: unknown, field: string, fallback: readonly string[]): readonly string[] {
  const children = (schema as { children?: Record<string, { options?: unknown }> } | null)?.children;
  const options = children?.[field]?.options;
  if (!Array.isArray(options)) return fallback;
  const names = options
    .map((o: unknown) => (o as { name?: unknown } | null)?.name)
    .filter((n): n is string => typeof n === 'string');
  return names.length ? names : fallback;
}

export const accessOptionsOf = (schema: unknown): readonly string[] =>
  optionsOf(schema, 'allowaccess', ACCESS_ORDER);

export const roleOptionsOf = (schema: unknown): readonly string[] =>
  optionsOf(schema, 'role', Object.keys(ROLE_LABELS));
