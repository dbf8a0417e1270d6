/**
 * A whole-device check: every row matches its schema, keys are unique, every reference resolves.
 * Used when stored data is loaded and by the fuzz tests ("the device stays schema-valid").
 */
import { referencesOf, schemaProblems } from './rows';
import { tables, type Row } from './schema';
import type { DeviceState } from './state';

export function stateProblems(state: DeviceState): string[] {
  const problems: string[] = [];
  const keys = new Map<string, Set<string>>();
  for (const t of tables) {
    const data = state.config[t.path];
    if (data === undefined) {
      problems.push(`${t.path}: missing`);
      continue;
    }
    if (t.kind === 'single') {
      if (Array.isArray(data)) problems.push(`${t.path}: expected an object`);
      else problems.push(...schemaProblems(t, data, t.path));
      continue;
    }
    if (!Array.isArray(data)) {
      problems.push(`${t.path}: expected rows`);
      continue;
    }
    const seen = new Set<string>();
    for (const row of data) {
      const key = String(row[t.mkey ?? 'name']);
      if (seen.has(key)) problems.push(`${t.path}: duplicate ${key}`);
      seen.add(key);
      problems.push(...schemaProblems(t, row, `${t.path}[${key}]`));
    }
    keys.set(t.path, seen);
  }
  for (const t of tables) {
    const data = state.config[t.path];
    const rows: Row[] = Array.isArray(data) ? data : data ? [data] : [];
    for (const row of rows)
      for (const ref of referencesOf(t.fields, row))
        if (!keys.get(ref.table)?.has(ref.name))
          problems.push(`${t.path}: ${ref.field} refers to missing ${ref.table} ${ref.name}`);
  }
  const uids = keys.get('endpoint-control registered-forticlient') ?? new Set();
  for (const uid of Object.keys(state.endpoints))
    if (!uids.has(uid)) problems.push(`endpoints: ${uid} has no registration row`);
  return problems;
}
