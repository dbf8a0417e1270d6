/**
 * Saved configuration revisions (admin › Configuration › Revisions), through the 6.0 monitor calls
 * `system/config-revision` (list, save, delete, update-comments) and `system/config/restore` with
 * `source: "revision"`, and fgsim's `fgsim/revision-diff` for the CLI between two of them.
 */
import { fetchFromDevice, fileText, request } from './http';

/** One revision as the list answers it (`time` in epoch seconds, device clock). */
export interface RevisionEntry {
  id: number;
  time: number;
  version_id: string;
  admin: string;
  comment: string;
}

export interface RevisionListAnswer {
  revisions: RevisionEntry[];
  categories: Record<
    string,
    { major_version: number; minor_version: number; patch_number: number; build_number: number }
  >;
  current_config_unsaved: boolean;
}

/** A revision id, or the running configuration. */
export type DiffSide = number | 'running';

const BASE = '/api/v2/monitor/system/config-revision';

async function text(url: string): Promise<string> {
  return fileText(await fetchFromDevice(url, { credentials: 'same-origin' }));
}

/** `v6.0.4 build0231`, as the GUI writes a firmware version, from the revision's category. */
export function firmwareLabel(answer: RevisionListAnswer, entry: RevisionEntry): string {
  const c = answer.categories[entry.version_id];
  if (!c) return '';
  return `v${c.major_version}.${c.minor_version}.${c.patch_number} build${String(c.build_number).padStart(4, '0')}`;
}

export const revisions = {
  async list(): Promise<RevisionListAnswer> {
    return (await request<RevisionListAnswer>('GET', BASE)).results as RevisionListAnswer;
  },
  async save(comments: string): Promise<number> {
    const env = await request<{ config_id: number }>('POST', `${BASE}/save`, { body: { comments } });
    return env.results?.config_id ?? 0;
  },
  async remove(ids: number[]): Promise<void> {
    await request('POST', `${BASE}/delete`, { body: { config_ids: ids } });
  },
  /** Puts the revision back; the device reboots. */
  async revert(id: number): Promise<void> {
    await request('POST', '/api/v2/monitor/system/config/restore', {
      body: { source: 'revision', config_id: id, scope: 'global' },
    });
  },
  /** The CLI lines that turn `from` into `to` (empty when they are the same). */
  async diff(from: DiffSide, to: DiffSide): Promise<string[]> {
    const query = new URLSearchParams({ from: String(from), to: String(to) });
    const body = await text(`/api/v2/fgsim/revision-diff?${query.toString()}`);
    return body === '' ? [] : body.replace(/\n$/, '').split('\n');
  },
};
