/**
 * Saved configuration revisions, as 6.0 keeps them on flash (docs/fortios-6.0.md "Saved revisions"):
 * `execute backup config flash <comment>` and the Revisions page save one, `execute revision list
 * config` lists them (id, time, admin, firmware, comment), `execute revision delete config <id…>`
 * deletes, and `execute restore config flash <id>` puts one back and reboots. Saving on logout is
 * `config system global` `set revision-backup-on-logout enable`.
 *
 * A revision keeps the configuration as the device's own snapshot text (what differs from the
 * scenario), so the revision of a `large` device costs the size of its changes. Every change to the
 * list is a transaction, so it is stored, and reaches every tab, like any other change.
 */
import { clockText } from './clock';
import { Device, type ChangeOrigin, type Tx } from './config';
import { BUILD_DATE, backupConfig } from './cli/backup';
import { restoreParsed, type ParsedConfig } from './cli/restore';
import { DeviceError } from './errors';
import { MAX_REVISIONS, MAX_REVISION_BYTES, importState, snapshotText } from './storage-format';
import { tables } from './schema';
import type { DeviceState, SavedRevision, TableData } from './state';

/** The longest comment a revision keeps (docs/fortios-6.0.md, Decision). */
export const MAX_COMMENT_LENGTH = 255;

/** What a revision saved at logout says (docs/fortios-6.0.md, Decision). */
export const LOGOUT_COMMENT = 'Automatic backup (logout)';

/** `V6.0.4-build0231-190107`, as the FIRMWARE VERSION column prints it. */
export function firmwareOf(state: DeviceState): string {
  const { version, build } = state.identity;
  return `${version.replace(/^v/, 'V')}-build${String(build).padStart(4, '0')}-${BUILD_DATE}`;
}

/** The error a full revision store answers: -4, "Maximum number of entries has been reached". */
const full = (what: string): DeviceError =>
  new DeviceError(-4, `The revision list is full (${what}). Delete a revision to save another.`, {
    field: 'comments',
    value: '',
  });

function checkComment(comment: string): void {
  if (comment.length > MAX_COMMENT_LENGTH)
    throw new DeviceError(-651, `comments may be at most ${MAX_COMMENT_LENGTH} characters`, {
      field: 'comments',
      value: comment.slice(0, 40),
    });
}

const bytesOf = (list: readonly SavedRevision[]): number =>
  list.reduce((n, r) => n + r.snapshot.length + r.comment.length, 0);

/** Adds a revision of the draft's configuration inside `tx`. Throws -4 when the list is full. */
export function addRevision(tx: Tx, state: DeviceState, comment: string, admin: string): SavedRevision {
  checkComment(comment);
  const list = tx.revisions();
  if (list.length >= MAX_REVISIONS) throw full(`${MAX_REVISIONS} revisions`);
  const revision: SavedRevision = {
    id: list.reduce((max, r) => Math.max(max, r.id), 0) + 1,
    time: tx.clock.now(),
    admin,
    firmware: firmwareOf(state),
    comment,
    snapshot: snapshotText(state),
  };
  if (bytesOf(list) + revision.snapshot.length + comment.length > MAX_REVISION_BYTES)
    throw full(`${MAX_REVISION_BYTES / 1024 / 1024} MB`);
  tx.setRevisions([...list, revision]);
  return revision;
}

/** Saves the running configuration as a new revision. */
export function saveRevision(device: Device, comment: string, origin: ChangeOrigin): SavedRevision {
  return device.transact((tx) => addRevision(tx, device.state, comment, origin.admin || 'admin'), origin);
}

export function revisionList(device: Device): readonly SavedRevision[] {
  return device.state.revisions ?? [];
}

function revisionNamed(device: Device, id: number): SavedRevision {
  const found = revisionList(device).find((r) => r.id === id);
  if (!found)
    throw new DeviceError('not-found', `revision ${id} not found`, { field: 'config_id', value: String(id) });
  return found;
}

/** Deletes revisions by id, all or none: an id that does not exist refuses the lot (-3). */
export function deleteRevisions(device: Device, ids: readonly number[], origin: ChangeOrigin): void {
  for (const id of ids) revisionNamed(device, id);
  const gone = new Set(ids);
  device.transact((tx) => tx.setRevisions(tx.revisions().filter((r) => !gone.has(r.id))), origin);
}

export function updateRevisionComment(
  device: Device,
  id: number,
  comment: string,
  origin: ChangeOrigin,
): void {
  checkComment(comment);
  revisionNamed(device, id);
  device.transact(
    (tx) => tx.setRevisions(tx.revisions().map((r) => (r.id === id ? { ...r, comment } : r))),
    origin,
  );
}

/** Each revision's configuration as a device state, read once (the snapshot text never changes). */
const states = new WeakMap<SavedRevision, DeviceState>();

/** The configuration a revision holds, as a state of the device (for Diff and Restore). */
export function revisionState(device: Device, id: number): DeviceState {
  const revision = revisionNamed(device, id);
  let state = states.get(revision);
  if (!state) {
    const loaded = importState(revision.snapshot, device.clock, device.state);
    if (loaded.notice)
      throw new DeviceError(-651, `revision ${id} cannot be read`, { field: 'config_id', value: String(id) });
    state = loaded.device.state;
    states.set(revision, state);
  }
  return state;
}

/** The configuration file of a revision (Revisions › Download, `config-revision/file`). */
export function revisionFile(device: Device, id: number): string {
  return backupConfig(new Device(revisionState(device, id), device.clock));
}

/**
 * Puts a revision's configuration back as ONE transaction and reboots, as `execute restore config
 * flash` does (the reboot rule of every restore, `restoreParsed`); answers whether it rebooted. Only
 * the tables either side changed from its scenario need replacing (the rest are the scenario's on both
 * sides); a revision of another scenario replaces every table.
 */
export function restoreRevision(device: Device, id: number, origin: ChangeOrigin): boolean {
  const saved = revisionState(device, id);
  const current = device.state;
  const paths = saved.scenario === current.scenario ? new Set([...saved.touched, ...current.touched]) : null;
  const parsed: ParsedConfig = { model: undefined, tables: new Map<string, TableData>() };
  for (const schema of tables)
    if (!paths || paths.has(schema.path)) {
      const data = saved.config[schema.path];
      if (data !== undefined) parsed.tables.set(schema.path, data);
    }
  return restoreParsed(device, parsed, origin);
}

/** `execute revision list config`, columns as a 6.0 unit prints them. */
export function revisionListLines(device: Device): string[] {
  const pad = (s: string, n: number): string => (s.length >= n ? `${s} ` : s.padEnd(n));
  const out = [`ID TIME                   ADMIN                 FIRMWARE VERSION        COMMENT`];
  for (const r of revisionList(device))
    out.push(
      `${String(r.id).padStart(2)} ${pad(revisionTime(r.time), 23)}${pad(r.admin, 22)}${pad(r.firmware, 24)}${r.comment}`,
    );
  return out;
}

/** `2019-01-15 09:30:00` (the device clock, UTC). */
export const revisionTime = clockText;

/** Saves a revision if `revision-backup-on-logout` is on; a full list does not stop the logout. */
export function saveOnLogout(device: Device, origin: ChangeOrigin): SavedRevision | null {
  if (device.single('system global')['revision-backup-on-logout'] !== 'enable') return null;
  try {
    return saveRevision(device, LOGOUT_COMMENT, origin);
  } catch (e) {
    if (e instanceof DeviceError && e.code === -4) return null;
    throw e;
  }
}
