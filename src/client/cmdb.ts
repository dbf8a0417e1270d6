/** The configuration API (`/api/v2/cmdb/...`), typed by table. Paths are REST paths: `system/interface`. */
import { request, type Query } from './http';

export type CmdbValue = string | number | Array<{ name: string }> | CmdbRow | CmdbRow[];
export interface CmdbRow {
  [key: string]: CmdbValue;
}

const url = (path: string, mkey?: string): string =>
  `/api/v2/cmdb/${path}${mkey === undefined ? '' : `/${encodeURIComponent(mkey)}`}`;

export const cmdb = {
  /** All rows of a table (or a filtered/paged slice). */
  async list<R = CmdbRow>(path: string, query?: Query): Promise<R[]> {
    return (await request<R[]>('GET', url(path), { query })).results ?? [];
  },
  /** One row of a table. */
  async get<R = CmdbRow>(path: string, mkey: string, query?: Query): Promise<R> {
    const rows = (await request<R[]>('GET', url(path, mkey), { query })).results ?? [];
    return rows[0] as R;
  },
  /** A single-object table (`system/settings`). */
  async single<R = CmdbRow>(path: string, query?: Query): Promise<R> {
    return (await request<R>('GET', url(path), { query })).results as R;
  },
  async create(path: string, body: CmdbRow): Promise<void> {
    await request('POST', url(path), { body });
  },
  /** Updates a row (`mkey`) or a single object (`mkey` omitted) with only the fields given. */
  async update(path: string, body: CmdbRow, mkey?: string): Promise<void> {
    await request('PUT', url(path, mkey), { body });
  },
  async remove(path: string, mkey: string): Promise<void> {
    await request('DELETE', url(path, mkey));
  },
  async schema(path: string): Promise<unknown> {
    // `fgsim_gui=1`: the GUI labels fgsim's schema answer carries for its own console (src/api/schema-view.ts).
    return (await request('GET', url(path), { query: { action: 'schema', fgsim_gui: '1' } })).results;
  },
};
