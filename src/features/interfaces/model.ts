/**
 * Network › Interfaces as data: what each row shows (reference §5), how rows group by type and nest
 * under their parent (VLANs and IPsec tunnel interfaces under the port in their `interface` field), and
 * the search that keeps the parents of matching children in view.
 */
import type { CmdbRow, InterfaceStatus } from '../../client';
import type { TreeNode, TreeRowNode } from '../../ui';
import { FORTITELEMETRY, inAccessOrder, typeLabel, TYPE_ORDER, type AccessWords } from './labels';
import { prefixOf } from './ipv4';

/** The fields the list asks for (`format=`), so a 5,000-tunnel device answers quickly. */
export const LIST_FIELDS = [
  'name',
  'alias',
  'type',
  'interface',
  'member',
  'mode',
  'ip',
  'allowaccess',
  'fortiheartbeat',
  'status',
] as const;

/** One row of the list, ready to draw and to search. */
export interface InterfaceItem {
  name: string;
  alias: string;
  type: string;
  typeLabel: string;
  /** The parent interface (`interface`), or '' at the top. */
  parent: string;
  members: string;
  /** `a.b.c.d/nn`: the configured address, or the DHCP/PPPoE lease the monitor reports. */
  address: string;
  /** The Access column: labels in the GUI's order, then FortiTelemetry. */
  access: readonly string[];
  fortitelemetry: boolean;
  /** Link up (true), down (false), or not reported. */
  link: boolean | undefined;
  ref: number | undefined;
  /** Lower-case text the search looks in: name, alias, address, type. */
  haystack: string;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

// A list of thousands of interfaces has a handful of distinct masks and access sets: work each out once.
const prefixes = new Map<string, number | null>();
const accessSets = new WeakMap<AccessWords, Map<string, readonly string[]>>();

/** `"10.10.10.1 255.255.255.0"` → `10.10.10.1/24`. */
export function slashNotation(ipMask: string): string {
  const [ip = '0.0.0.0', mask = '0.0.0.0'] = ipMask.trim().split(/\s+/);
  let prefix = prefixes.get(mask);
  if (prefix === undefined) prefixes.set(mask, (prefix = prefixOf(mask)));
  return prefix === null ? `${ip} ${mask}` : `${ip}/${prefix}`;
}

/** The Access column of a row: its keywords in `words`' order and words, then FortiTelemetry. */
export function accessOf(row: CmdbRow, words: AccessWords): readonly string[] {
  let sets = accessSets.get(words);
  if (!sets) accessSets.set(words, (sets = new Map()));
  const key = `${text(row.allowaccess)}|${text(row.fortiheartbeat)}`;
  const known = sets.get(key);
  if (known) return known;
  const on = text(row.allowaccess).split(/\s+/).filter(Boolean);
  const labels = inAccessOrder(words.order, on).map(words.label);
  if (row.fortiheartbeat === 'enable') labels.push(FORTITELEMETRY);
  sets.set(key, labels);
  return labels;
}

/** DHCP and PPPoE interfaces show their lease; blank until the monitor has answered. */
function addressOf(row: CmdbRow, status: InterfaceStatus | undefined): string {
  const mode = text(row.mode);
  if (mode === 'dhcp' || mode === 'pppoe') return status ? `${status.ip}/${status.mask}` : '';
  return slashNotation(text(row.ip));
}

/**
 * Gives each hardware-switch interface the ports of its `system virtual-switch` row as `member`, the
 * way aggregates carry theirs, so the Members column reads one field for every type.
 */
export function withSwitchPorts(rows: readonly CmdbRow[], switches: readonly CmdbRow[]): CmdbRow[] {
  const ports = new Map(switches.map((s) => [text(s.name), s.port]));
  return rows.map((r) => {
    const own = r.type === 'hard-switch' ? ports.get(text(r.name)) : undefined;
    return Array.isArray(own) ? { ...r, member: own.map((p) => ({ name: text((p as CmdbRow).name) })) } : r;
  });
}

const memberNames = (v: unknown): string =>
  Array.isArray(v) ? v.map((m) => text((m as { name?: unknown }).name)).join(', ') : '';

export function toItem(row: CmdbRow, status: InterfaceStatus | undefined, words: AccessWords): InterfaceItem {
  const name = text(row.name);
  const alias = text(row.alias);
  const type = text(row.type);
  const label = typeLabel(type);
  const address = addressOf(row, status);
  const ref = typeof row.q_ref === 'number' ? row.q_ref : undefined;
  return {
    name,
    alias,
    type,
    typeLabel: label,
    parent: text(row.interface),
    members: memberNames(row.member),
    address,
    access: accessOf(row, words),
    fortitelemetry: row.fortiheartbeat === 'enable',
    link: status?.link,
    ref,
    haystack: `${name}\n${alias}\n${address}\n${label}\n${type}`.toLowerCase(),
  };
}

export type InterfaceNode = TreeNode<InterfaceItem>;

// Made on first use: building a collator loads ICU's collation data, tens of milliseconds at boot
// for a page (the Dashboard) that never sorts interfaces.
let collator: Intl.Collator | undefined;
const byName = (a: InterfaceItem, b: InterfaceItem): number =>
  (collator ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' })).compare(a.name, b.name);

/**
 * Groups by type (in the GUI's order, with counts of their top-level rows) and nests each interface
 * under the one named in its `interface` field. A child whose parent is missing stays at the top of
 * its own type's group.
 */
export function buildTree(items: readonly InterfaceItem[]): InterfaceNode[] {
  const byNameMap = new Map(items.map((i) => [i.name, i]));
  const children = new Map<string, InterfaceItem[]>();
  const top: InterfaceItem[] = [];
  for (const item of items) {
    const nested = item.parent !== '' && item.parent !== item.name && byNameMap.has(item.parent);
    if (nested) {
      const list = children.get(item.parent);
      if (list) list.push(item);
      else children.set(item.parent, [item]);
    } else top.push(item);
  }
  const seen = new Set<string>();
  const node = (item: InterfaceItem): TreeRowNode<InterfaceItem> => {
    seen.add(item.name);
    const kids = (children.get(item.name) ?? []).filter((c) => !seen.has(c.name)).sort(byName);
    return {
      kind: 'row',
      id: item.name,
      data: item,
      ...(kids.length ? { children: kids.map(node) } : {}),
    };
  };
  const groups = new Map<string, InterfaceItem[]>();
  for (const item of top.sort(byName)) {
    const list = groups.get(item.type);
    if (list) list.push(item);
    else groups.set(item.type, [item]);
  }
  const rank = (type: string): number => {
    const i = TYPE_ORDER.indexOf(type);
    return i < 0 ? TYPE_ORDER.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([type, list]) => ({
      kind: 'group' as const,
      id: `group:${type}`,
      label: typeLabel(type),
      children: list.map(node),
    }));
}

export interface Filtered {
  nodes: InterfaceNode[];
  /** Rows to show open because a match lies below them. */
  open: ReadonlySet<string>;
  /** How many rows matched. */
  matches: number;
}

/**
 * The rows whose name, alias, address or type contains `query` (case-insensitive). Parents of a
 * match stay, open; a matching row none of whose children match keeps them all, closed.
 */
export function filterTree(nodes: readonly InterfaceNode[], query: string): Filtered {
  const q = query.trim().toLowerCase();
  const open = new Set<string>();
  let matches = 0;
  if (q === '') return { nodes: [...nodes], open, matches: -1 };
  const keep = (list: readonly InterfaceNode[]): InterfaceNode[] => {
    const out: InterfaceNode[] = [];
    for (const n of list) {
      const below = n.children ? keep(n.children) : [];
      if (n.kind === 'group') {
        if (below.length) out.push({ ...n, children: below });
        continue;
      }
      const hit = n.data.haystack.includes(q);
      if (hit) matches++;
      if (below.length) {
        open.add(n.id);
        out.push({ ...n, children: below });
      } else if (hit) out.push(n);
    }
    return out;
  };
  return { nodes: keep(nodes), open, matches };
}
