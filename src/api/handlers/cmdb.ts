/**
 * The configuration API: `/api/v2/cmdb/<path>/<name>[/<mkey>]` over the device's tables (reference
 * §11). GET reads a table, a row or a single object (or its schema/defaults); POST creates a row;
 * PUT changes a row or a single object with the fields given; DELETE removes a row.
 */
import {
  DeviceError,
  appliesTo,
  defaultRow,
  mkeyOf,
  restPathOf,
  tableByRestPath,
  tables,
  type Row,
  type TableSchema,
} from '../../device';
import { HttpResponse } from 'msw';
import { success, successWithJson, type Where } from '../envelope';
import type { DeviceHost } from '../host';
import { originOf } from '../origin';
import { formatFields, pick, select } from '../query';
import { exactly, under } from '../url-patterns';
import { HttpFailure, guarded, readJson, type ApiResolver } from '../resolvers';
import { route, type Route } from '../request-table';
import { describeTable, withGuiKeys } from '../schema-view';
import { fnv1a } from '../../device/rng';
import { restRow, restRowJson } from '../rest-row';
import { decryptSecrets } from '../secrets';

const PREFIX = '/api/v2/cmdb/';
const CMDB_PATHS = under(PREFIX);

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** `/api/v2/cmdb/vpn.ssl/settings` → [`vpn.ssl`, `settings`]; `…/system/interface/ssl.root` → 3 parts. */
function segments(url: URL): string[] {
  const at = url.pathname.indexOf(PREFIX);
  const rest = at < 0 ? '' : url.pathname.slice(at + PREFIX.length);
  const parts = rest.split('/').map(decode);
  if (parts.length > 2 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

export function locateCmdb(url: URL, method: string): Where {
  const [path = '', name = '', mkey] = segments(url);
  return { method, path, name, ...(mkey !== undefined ? { mkey } : {}) };
}

interface Target {
  schema: TableSchema;
  mkey: string | undefined;
}

/** The table a URL names (404 when none), and the row key when one is given. */
export function cmdbTarget(url: URL): Target {
  const [path = '', name = '', mkey, ...extra] = segments(url);
  const schema = tableByRestPath(`${path}/${name}`);
  if (!schema || extra.length > 0) throw new HttpFailure(404, `Unknown path: ${url.pathname}`);
  const vdom = url.searchParams.get('vdom');
  // `vdom=*` asks every VDOM; with VDOMs off there is one, root (docs/fortios-6.0.md §5).
  if (vdom !== null && vdom !== 'root' && vdom !== '*')
    throw new DeviceError('not-found', `VDOM ${vdom} not found`);
  return { schema, mkey };
}

/** `with_meta=1`: each row also carries `q_origin_key` and `q_ref` (the GUI's Ref. column). */
const withMeta = (params: URLSearchParams): boolean => ['1', 'true'].includes(params.get('with_meta') ?? '');

const rowCache = new WeakMap<Row, Uint8Array>();
const tableCache = new WeakMap<readonly Row[], Uint8Array>();
const encoder = new TextEncoder();
const COMMA = 0x2c;

/**
 * A whole table as REST shows it, as JSON bytes, kept per version of the table and per row. The
 * device replaces a table's array on every change to it and a row's object on every change to that
 * row, so nothing cached can be stale: re-reading after a change elsewhere costs nothing, and after a
 * change to one of the `large` device's 5,440 interfaces only that row is serialised and encoded
 * again; the others' bytes are copied into the answer (26 MB with every 6.0 key of an interface).
 */
function tableJson(schema: TableSchema, rows: readonly Row[]): Uint8Array {
  let hit = tableCache.get(rows);
  if (!hit) {
    hit = rowsJson(schema, rows);
    tableCache.set(rows, hit);
  }
  return hit;
}

/** A row's JSON bytes, kept per row object (see `tableJson`). */
function rowJson(schema: TableSchema, row: Row): Uint8Array {
  let json = rowCache.get(row);
  if (json === undefined) rowCache.set(row, (json = encoder.encode(restRowJson(schema, row))));
  return json;
}

/** `[row,row,…]` as JSON bytes, from each row's kept bytes. */
function rowsJson(schema: TableSchema, rows: readonly Row[]): Uint8Array {
  const parts = rows.map((r) => rowJson(schema, r));
  let length = 2 + Math.max(0, parts.length - 1);
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  out[0] = 0x5b;
  let at = 1;
  parts.forEach((part, i) => {
    if (i > 0) out[at++] = COMMA;
    out.set(part, at);
    at += part.length;
  });
  out[at] = 0x5d;
  return out;
}

const entryNotFound = (mkey: string): DeviceError => new DeviceError('not-found', `Entry not found: ${mkey}`);
const notAllowed = (what: string): HttpFailure => new HttpFailure(405, `Method not allowed on ${what}.`);

/** `skip=1`: leave out the fields the CLI's skip rules hide for the row's type (a port's `vlanid`). */
function skipped(schema: TableSchema, row: Row, shown: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(shown)) {
    const f = schema.fields.find((x) => x.name === k);
    if (!f || appliesTo(f, row)) out[k] = v;
  }
  return out;
}

/** `key=<field>&pattern=<value>`: the rows whose field has exactly that value. */
function keyPattern(schema: TableSchema, params: URLSearchParams, rows: readonly Row[]): readonly Row[] {
  const key = params.get('key');
  if (key === null || key === '') return rows;
  if (!schema.fields.some((f) => f.name === key))
    throw new DeviceError(-651, `unknown field: ${key}`, { field: 'key', value: key });
  const pattern = params.get('pattern') ?? '';
  return rows.filter((r) => String(r[key]) === pattern);
}

const flag = (params: URLSearchParams, name: string): boolean =>
  ['1', 'true'].includes(params.get(name) ?? '');

const READ_ACTIONS = new Set(['select', 'default', 'schema', 'revision']);

/** A table's schema node, with fgsim's GUI keys when its console asks (`fgsim_gui=1`). */
const schemaNode = (schema: TableSchema, params: URLSearchParams) => {
  const described = describeTable(schema);
  return flag(params, 'fgsim_gui') ? withGuiKeys(schema, described) : described;
};

/**
 * `GET /api/v2/cmdb?action=schema` (also `/api/v2/cmdb/?action=schema`): every table's schema at once,
 * as the tools that read a unit's whole schema get it (fortinet-ansible-dev/fortios-ansible-generator
 * `scripts/download_fgt_schema.sh` fetches it; its `scripts/merge_schema.py` reads `results` as items
 * of exactly `path`, `name` and `schema`, and `version`/`build` beside them). docs/fortios-6.0.md §5.4.
 */
const wholeSchema: ApiResolver = ({ device, url, where }) => {
  const action = url.searchParams.get('action');
  if (action !== 'schema') throw new HttpFailure(404, 'The CMDB answers only action=schema here.');
  const results = tables.map((schema) => {
    const [path = '', name = ''] = restPathOf(schema).split('/');
    return { path, name, schema: schemaNode(schema, url.searchParams) };
  });
  return success(device, where, { results });
};

/** The whole CMDB's envelope: no table, so no `path`/`name`; the action it answers, when it is one. */
const locateWhole = (url: URL, method: string): Where => ({
  method,
  path: '',
  name: '',
  ...(url.searchParams.get('action') === 'schema' ? { action: 'schema' } : {}),
});

const read: ApiResolver = ({ device, url, where }) => {
  const { schema, mkey } = cmdbTarget(url);
  const params = url.searchParams;
  const action = params.get('action');
  if (action === 'schema') return success(device, where, { results: schemaNode(schema, params) });
  // **Decision** (docs/fortios-6.0.md §5.3): the revision of the configuration the table is part of.
  if (action === 'revision') return success(device, where, { results: { revision: device.revision } });
  if (action === 'default')
    return success(device, where, { results: restRow(schema, defaultRow(schema.fields)) });
  if (action !== null && action !== '' && !READ_ACTIONS.has(action))
    throw new DeviceError(-651, `unknown action: ${action}`, { field: 'action', value: action });
  const fields = formatFields(params);
  const skip = flag(params, 'skip');
  const refs = withMeta(params) && schema.kind === 'table' ? device.refCounts(schema.path) : undefined;
  const show = (row: Row): Row => {
    let shown = pick(restRow(schema, row), fields && new Set([...fields, 'q_origin_key']));
    if (skip) shown = skipped(schema, row, shown);
    if (!refs) return shown;
    const key = String(row[mkeyOf(schema)]);
    return { ...shown, q_ref: refs.get(key) ?? 0 };
  };
  // A row read whole (no `format`, `skip` or `with_meta`) is answered from its kept bytes: an
  // interface row of every 6.0 key is some 5 kB of JSON, and clients poll single rows.
  const whole = !fields && !skip && !refs;
  if (schema.kind === 'single') {
    if (mkey !== undefined) throw entryNotFound(mkey);
    const row = device.single(schema.path);
    return whole
      ? successWithJson(device, where, rowJson(schema, row))
      : success(device, where, { results: show(row) });
  }
  if (mkey !== undefined) {
    const row = device.find(schema.path, mkey);
    if (!row) throw entryNotFound(mkey);
    return whole
      ? successWithJson(device, where, rowsJson(schema, [row]))
      : success(device, where, { results: [show(row)] });
  }
  const all = device.rows(schema.path);
  const plain = ['filter', 'start', 'count', 'key', 'skip'].every((p) => !params.has(p));
  if (!fields && !refs && plain)
    return successWithJson(device, where, tableJson(schema, all), {
      size: all.length,
      matched_count: all.length,
      next_idx: all.length,
    });
  const { rows, size, matched, next } = select(schema, keyPattern(schema, params, all), params);
  return success(device, where, {
    results: rows.map(show),
    extra: { size: params.has('key') ? all.length : size, matched_count: matched, next_idx: next },
  });
};

const create: ApiResolver = async ({ request, device, url, where, caller }) => {
  const { schema, mkey } = cmdbTarget(url);
  if (schema.kind === 'single') throw notAllowed('a single object');
  if (mkey !== undefined) {
    // `POST …/<mkey>?action=clone&nkey=<new>` copies the row under a new key (docs/fortios-6.0.md §5).
    const nkey = url.searchParams.get('nkey');
    if (url.searchParams.get('action') !== 'clone') throw notAllowed('a row (POST creates in the table)');
    if (nkey === null || nkey === '')
      throw new DeviceError(-651, 'nkey is required', { field: 'nkey', value: '' });
    device.transact((tx) => tx.clone(schema.path, mkey, nkey));
    return success(device, { ...where, mkey: nkey }, { extra: { revision_changed: true } });
  }
  const body = decryptSecrets(schema, await readJson(request));
  const row = device.transact((tx) => tx.create(schema.path, body), originOf(caller));
  return success(
    device,
    { ...where, mkey: String(row[mkeyOf(schema)]) },
    { extra: { revision_changed: true } },
  );
};

const update: ApiResolver = async ({ request, device, url, where, caller }) => {
  const { schema, mkey } = cmdbTarget(url);
  if (schema.kind === 'table' && mkey === undefined) throw notAllowed('a whole table');
  if (schema.kind === 'single' && mkey !== undefined) throw entryNotFound(mkey);
  const key = schema.kind === 'single' ? null : (mkey ?? null);
  const current = key === null ? device.single(schema.path) : device.find(schema.path, key);
  if (!current) throw entryNotFound(String(key));
  if (key !== null && url.searchParams.get('action') === 'move') {
    // `PUT …/<mkey>?action=move&before=<other>` (or `after=`) puts the row next to another.
    const before = url.searchParams.get('before');
    const after = url.searchParams.get('after');
    const other = before ?? after;
    if (other === null || other === '')
      throw new DeviceError(-651, 'before or after is required', { field: 'before', value: '' });
    device.transact((tx) => tx.move(schema.path, key, before !== null ? 'before' : 'after', other));
    return success(device, where, { extra: { revision_changed: true } });
  }
  const body = decryptSecrets(schema, await readJson(request));
  device.transact((tx) => tx.update(schema.path, key, body), originOf(caller));
  return success(device, where, { extra: { revision_changed: true } });
};

const remove: ApiResolver = ({ device, url, where, caller }) => {
  const { schema, mkey } = cmdbTarget(url);
  if (schema.kind === 'single') throw notAllowed('a single object');
  if (mkey === undefined) throw notAllowed('a whole table');
  device.transact((tx) => tx.remove(schema.path, mkey), originOf(caller));
  return success(device, where, { extra: { revision_changed: true } });
};

/**
 * What every read also does: `vdom=*` answers a list of one envelope per VDOM (here: root), and the
 * answer carries an `ETag` that changes with the configuration; a GET whose `If-None-Match` names the
 * current one is answered 304 with no body, as the 6.0 REST reference describes.
 */
const cached =
  (resolver: ApiResolver): ApiResolver =>
  async (ctx) => {
    const { url, request, device } = ctx;
    const tag = `"${fnv1a(`${device.revision} ${url.pathname}${url.search}`)}"`;
    if (request.headers.get('If-None-Match') === tag)
      return new HttpResponse(null, { status: 304, headers: { ETag: tag } });
    const answer = await resolver(ctx);
    if (!answer.ok) return answer;
    const headers = { 'Content-Type': 'application/json', ETag: tag };
    if (url.searchParams.get('vdom') !== '*') {
      answer.headers.set('ETag', tag);
      return answer;
    }
    return new HttpResponse(`[${await answer.text()}]`, { status: 200, headers });
  };

export function cmdbRoutes(host: DeviceHost): Route[] {
  const on = (resolver: ApiResolver) => guarded(host, locateCmdb, resolver);
  return [
    route('GET', exactly('/api/v2/cmdb'), guarded(host, locateWhole, cached(wholeSchema))),
    route('GET', CMDB_PATHS, on(cached(read))),
    route('POST', CMDB_PATHS, on(create)),
    route('PUT', CMDB_PATHS, on(update)),
    route('DELETE', CMDB_PATHS, on(remove)),
  ];
}
