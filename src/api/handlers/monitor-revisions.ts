/**
 * The 6.0 GUI's calls for saved revisions (FortiOS 6.0.4 REST API Reference, Monitor API, "system":
 * `config-revision: select|update-comments|delete|file|info|save`, access group `sysgrp.cfg`), as
 * entries of the monitor route table. The list's shape is a 6.0.1 unit's answer (`revisions` with
 * `id`, `time` in epoch seconds, `version_id`, `admin`, `comment`; `categories` keyed by
 * `version_id`; `current_config_unsaved`), captured in a public fortiosapi example
 * (docs/fortios-6.0.md "Saved revisions").
 */
import {
  DeviceError,
  deleteRevisions,
  revisionList,
  saveRevision,
  snapshotText,
  updateRevisionComment,
  type Device,
  type SavedRevision,
} from '../../device';
import type { MonitorRoute } from './monitor';

const bad = (field: string, message: string, value = ''): DeviceError =>
  new DeviceError(-651, message, { field, value });

/** `config_id`: a whole number, from the query (GET) or the body (POST). */
export function configId(value: unknown): number {
  const n = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1)
    throw bad('config_id', 'config_id must be a revision id', String(value));
  return n;
}

function bodyOf(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw bad('body', 'body must be an object');
  return body as Record<string, unknown>;
}

function comments(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') throw bad('comments', 'comments must be a string', String(value));
  return value;
}

/** `version_id` of each firmware the revisions were saved with, `1` for the first seen. */
function versions(list: readonly SavedRevision[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const r of list) if (!ids.has(r.firmware)) ids.set(r.firmware, String(ids.size + 1));
  return ids;
}

function entry(r: SavedRevision, ids: Map<string, string>) {
  return {
    id: r.id,
    time: Math.floor(r.time / 1000),
    version_id: ids.get(r.firmware) ?? '1',
    admin: r.admin,
    comment: r.comment,
  };
}

/** `V6.0.4-build0231-190107` → the category object of the 6.0.1 answer. */
function category(firmware: string) {
  const m = /^V(\d+)\.(\d+)\.(\d+)-build(\d+)/.exec(firmware);
  return {
    major_version: Number(m?.[1] ?? 0),
    minor_version: Number(m?.[2] ?? 0),
    patch_number: Number(m?.[3] ?? 0),
    build_number: Number(m?.[4] ?? 0),
    release_number: 0,
  };
}

/** The configuration as a revision would keep it, without the change counter (which always moves). */
const configText = (snapshot: string): string => snapshot.replace(/,"changes":\d+,/, ',');

/** True unless the newest revision holds the running configuration. */
function unsaved(device: Device): boolean {
  const newest = revisionList(device).at(-1);
  return !newest || configText(newest.snapshot) !== configText(snapshotText(device.state));
}

export const revisionMonitorRoutes: readonly MonitorRoute[] = [
  {
    method: 'GET',
    path: 'system/config-revision',
    action: 'select',
    answer: (device) => {
      const list = revisionList(device);
      const ids = versions(list);
      const categories = Object.create(null) as Record<string, ReturnType<typeof category>>;
      for (const [firmware, id] of ids) categories[id] = category(firmware);
      return {
        revisions: list.map((r) => entry(r, ids)),
        categories,
        current_config_unsaved: unsaved(device),
      };
    },
  },
  {
    method: 'GET',
    path: 'system/config-revision',
    action: 'info',
    answer: (device, { url }) => {
      const id = configId(url.searchParams.get('config_id'));
      const list = revisionList(device);
      const found = list.find((r) => r.id === id);
      if (!found) throw new DeviceError('not-found', `revision ${id} not found`);
      return entry(found, versions(list));
    },
  },
  {
    method: 'POST',
    path: 'system/config-revision',
    action: 'save',
    answer: (device, { body, origin }) => {
      const saved = saveRevision(device, comments(bodyOf(body ?? {}).comments), origin);
      return { config_id: saved.id };
    },
  },
  {
    method: 'POST',
    path: 'system/config-revision',
    action: 'delete',
    answer: (device, { body, origin }) => {
      const ids = bodyOf(body).config_ids;
      if (!Array.isArray(ids) || ids.length === 0 || ids.length > 1000)
        throw bad('config_ids', 'config_ids must be a list of revision ids');
      deleteRevisions(device, ids.map(configId), origin);
      return {};
    },
  },
  {
    method: 'POST',
    path: 'system/config-revision',
    action: 'update-comments',
    answer: (device, { body, origin }) => {
      const b = bodyOf(body);
      updateRevisionComment(device, configId(b.config_id), comments(b.comments), origin);
      return {};
    },
  },
];
