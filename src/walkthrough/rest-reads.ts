/**
 * How the walkthrough's checks read the device: the `results` of a REST GET (cmdb or monitor), nothing else. The guide
 * passes `clientReads` (src/client, the GUI's only way to the device); the e2e journey passes a reader
 * over `fetch` in the page. Checks never write.
 */
import type { CmdbRow } from '../client';

export interface RestReads {
  /** `GET /api/v2/cmdb/<path>` → `results` (rows of a table, or a single object). */
  cmdb(path: string, query?: Record<string, string>): Promise<unknown>;
  /** `GET /api/v2/monitor/<path>` → `results`. */
  monitor(path: string): Promise<unknown>;
}

export async function readRows(
  read: RestReads,
  path: string,
  query?: Record<string, string>,
): Promise<CmdbRow[]> {
  const results = await read.cmdb(path, query);
  return Array.isArray(results) ? (results as CmdbRow[]) : [];
}

export async function readObject(read: RestReads, path: string): Promise<CmdbRow> {
  const results = await read.cmdb(path);
  return results && typeof results === 'object' && !Array.isArray(results) ? (results as CmdbRow) : {};
}

/** A sub-object of a row (`forticlient-winmac-settings`), or an empty one. */
export function subObject(row: CmdbRow, key: string): CmdbRow {
  const value = row[key];
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
