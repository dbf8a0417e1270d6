/**
 * The configuration API: `/api/v2/cmdb/<path>/<name>[/<mkey>]` over the device's tables (reference
 * §11). GET reads a table, a row or a single object (or its schema/defaults); POST creates a row;
 * PUT changes a row or a single object with the fields given; DELETE removes a row.
 */
import { DeviceError, defaultRow, mkeyOf, tableByRestPath, type Row, type TableSchema } from '../../device';
import { success, successWithJson, type Where } from '../envelope';
import type { DeviceHost } from '../host';
import { originOf } from '../origin';
import { formatFields, pick, select } from '../query';
import { under } from '../paths';
import { HttpFailure, guarded, readJson, type ApiResolver } from '../resolvers';
import { route, type Route } from '../routes';
import { describeTable } from '../schema-view';
import { decryptSecrets, presentRow } from '../secrets';

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
  if (vdom !== null && vdom !== 'root') throw new DeviceError('not-found', `VDOM ${vdom} not found`);
  return { schema, mkey };
}

/** `with_meta=1`: each row also carries `q_origin_key` and `q_ref` (the GUI's Ref. column). */
const withMeta = (params: URLSearchParams): boolean => ['1', 'true'].includes(params.get('with_meta') ?? '');

const rowCache = new WeakMap<Row, string>();
const tableCache = new WeakMap<readonly Row[], Uint8Array>();
const encoder = new TextEncoder();

/**
 * A whole table as REST shows it, as JSON bytes, kept per version of the table and per row. The
 * device replaces a table's array on every change to it and a row's object on every change to that
 * row, so nothing cached can be stale: re-reading after a change elsewhere costs nothing, and after a
 * change to one of the `large` device's 5,440 interfaces only that row is serialised again.
 */
function tableJson(schema: TableSchema, rows: readonly Row[]): Uint8Array {
  let hit = tableCache.get(rows);
  if (!hit) {
    const parts = rows.map((r) => {
      let json = rowCache.get(r);
      if (json === undefined) rowCache.set(r, (json = JSON.stringify(presentRow(schema, r))));
      return json;
    });
    hit = encoder.encode(`[${parts.join(',')}]`);
    tableCache.set(rows, hit);
  }
  return hit;
}

const notFound = (mkey: string): DeviceError => new DeviceError('not-found', `Entry not found: ${mkey}`);
const notAllowed = (what: string): HttpFailure => new HttpFailure(405, `Method not allowed on ${what}.`);

const read: ApiResolver = ({ device, url, where }) => {
  const { schema, mkey } = cmdbTarget(url);
  const params = url.searchParams;
  const action = params.get('action');
  if (action === 'schema') return success(device, where, { results: describeTable(schema) });
  if (action === 'default')
    return success(device, where, { results: presentRow(schema, defaultRow(schema.fields)) });
  if (action !== null && action !== '')
    throw new DeviceError(-651, `unknown action: ${action}`, { field: 'action', value: action });
  const fields = formatFields(params);
  const refs = withMeta(params) && schema.kind === 'table' ? device.refCounts(schema.path) : undefined;
  const show = (row: Row): Row => {
    const shown = pick(presentRow(schema, row), fields);
    if (!refs) return shown;
    const key = String(row[mkeyOf(schema)]);
    return { ...shown, q_origin_key: key, q_ref: refs.get(key) ?? 0 };
  };
  if (schema.kind === 'single') {
    if (mkey !== undefined) throw notFound(mkey);
    return success(device, where, { results: show(device.single(schema.path)) });
  }
  if (mkey !== undefined) {
    const row = device.find(schema.path, mkey);
    if (!row) throw notFound(mkey);
    return success(device, where, { results: [show(row)] });
  }
  const all = device.rows(schema.path);
  if (!fields && !refs && !params.has('filter') && !params.has('start') && !params.has('count'))
    return successWithJson(device, where, tableJson(schema, all), {
      size: all.length,
      matched_count: all.length,
      next_idx: all.length,
    });
  const { rows, size, matched, next } = select(schema, all, params);
  return success(device, where, {
    results: rows.map(show),
    extra: { size, matched_count: matched, next_idx: next },
  });
};

const create: ApiResolver = async ({ request, device, url, where, caller }) => {
  const { schema, mkey } = cmdbTarget(url);
  if (schema.kind === 'single') throw notAllowed('a single object');
  if (mkey !== undefined) throw notAllowed('a row (POST creates in the table)');
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
  if (schema.kind === 'single' && mkey !== undefined) throw notFound(mkey);
  const key = schema.kind === 'single' ? null : (mkey ?? null);
  const current = key === null ? device.single(schema.path) : device.find(schema.path, key);
  if (!current) throw notFound(String(key));
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

export function cmdbRoutes(host: DeviceHost): Route[] {
  const on = (resolver: ApiResolver) => guarded(host, locateCmdb, resolver);
  return [
    route('GET', CMDB_PATHS, on(read)),
    route('POST', CMDB_PATHS, on(create)),
    route('PUT', CMDB_PATHS, on(update)),
    route('DELETE', CMDB_PATHS, on(remove)),
  ];
}
