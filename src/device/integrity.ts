/**
 * A whole-device check: every row matches its schema, keys are unique, every reference resolves, the
 * monitor's facts (endpoints, links) have the shape the monitor reads, and the revision counter can
 * count. Used when stored data is loaded and by the fuzz tests ("the device stays schema-valid").
 */
import { referencesOf, schemaProblems } from './rows';
import { tables, type Row } from './schema';
import type { Compliance, DeviceState } from './state';

/**
 * The highest stored `changes`. A counter past 2^53 stops counting (`n + 1 === n`) and freezes the
 * revision; this leaves 2^52 commits of room above any counter that is accepted.
 */
export const MAX_CHANGES = 2 ** 52;

const compliances: readonly Compliance[] = ['compliant', 'non-compliant', 'exempt', 'quarantined'];
const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is wrong with one endpoint's monitor facts (src/device/state.ts `EndpointInfo`). */
const wellFormedEndpoint = (i: Record<string, unknown>): boolean =>
  typeof i.host_name === 'string' &&
  typeof i.user === 'string' &&
  typeof i.os === 'string' &&
  typeof i.fct_version === 'string' &&
  typeof i.intf_name === 'string' &&
  compliances.includes(i.compliance as Compliance) &&
  (i.compliance_before_quarantine === undefined ||
    compliances.includes(i.compliance_before_quarantine as Compliance)) &&
  typeof i.blocked === 'boolean' &&
  typeof i.online === 'boolean' &&
  typeof i.last_seen === 'number' &&
  Number.isFinite(i.last_seen) &&
  i.last_seen >= 0;

function endpointProblems(uid: string, info: unknown): string[] {
  if (!isRecord(info)) return [`endpoints: ${uid} is not an object`];
  if (wellFormedEndpoint(info)) return [];
  const problems: string[] = [];
  for (const key of ['host_name', 'user', 'os', 'fct_version', 'intf_name'])
    if (typeof info[key] !== 'string') problems.push(`endpoints: ${uid}.${key} is not text`);
  if (!compliances.includes(info.compliance as Compliance))
    problems.push(`endpoints: ${uid}.compliance is not a compliance status`);
  if (
    info.compliance_before_quarantine !== undefined &&
    !compliances.includes(info.compliance_before_quarantine as Compliance)
  )
    problems.push(`endpoints: ${uid}.compliance_before_quarantine is not a compliance status`);
  for (const key of ['blocked', 'online'])
    if (typeof info[key] !== 'boolean') problems.push(`endpoints: ${uid}.${key} is not true or false`);
  if (typeof info.last_seen !== 'number' || !Number.isFinite(info.last_seen) || info.last_seen < 0)
    problems.push(`endpoints: ${uid}.last_seen is not a time`);
  return problems;
}

/** What is wrong with one interface's link facts (`LinkInfo`). */
function linkProblems(name: string, link: unknown): string[] {
  if (!isRecord(link)) return [`links: ${name} is not an object`];
  const problems: string[] = [];
  if (typeof link.link !== 'boolean') problems.push(`links: ${name}.link is not true or false`);
  if (typeof link.speed !== 'number' || !Number.isFinite(link.speed) || link.speed < 0)
    problems.push(`links: ${name}.speed is not a speed`);
  if (typeof link.mac !== 'string' || !MAC.test(link.mac))
    problems.push(`links: ${name}.mac is not a MAC address`);
  if (link.leased !== undefined && typeof link.leased !== 'string')
    problems.push(`links: ${name}.leased is not an address`);
  return problems;
}

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
  if (!isRecord(state.endpoints)) problems.push('endpoints: not an object');
  else
    for (const [uid, info] of Object.entries(state.endpoints)) {
      if (!uids.has(uid)) problems.push(`endpoints: ${uid} has no registration row`);
      for (const p of endpointProblems(uid, info)) problems.push(p);
    }
  if (!isRecord(state.links)) problems.push('links: not an object');
  else
    for (const [name, link] of Object.entries(state.links))
      for (const p of linkProblems(name, link)) problems.push(p);
  const { changes } = state as { changes: unknown };
  if (!Number.isSafeInteger(changes) || (changes as number) < 0 || (changes as number) > MAX_CHANGES)
    problems.push(`changes: ${String(changes)} is not a revision count (0 to ${MAX_CHANGES})`);
  return problems;
}
