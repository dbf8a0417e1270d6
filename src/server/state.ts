/**
 * The served device on disk, in its state dir: a snapshot (`device.json`, `exportState`'s text — the
 * format the browser stores, src/device/storage-format.ts: the configuration, the saved revisions
 * and the change log) and the changes committed after it (`device.log`, append-only).
 *
 * Each commit appends its change record — the browser's IndexedDB log entry, a `StoredChange` with the
 * change log step that made it (`changeBetween` + `withSteps`) — and a request is answered once the
 * record is fsynced; the commits that arrive during one fsync go to disk together with the next
 * (group commit). The snapshot is rewritten only when the log holds `COMPACT_RECORDS` records or
 * `COMPACT_BYTES` bytes (and after a change that is not a change of the device, a whole new device),
 * and once at every start; a record costs the size of its change, not of the device (on `large` the
 * snapshot is 1.26 MB after 500 changes, a one-field PUT's record about 1 kB).
 *
 * Why those bounds: a rewrite of `large`'s snapshot costs what about a thousand records do, so at
 * 1,000 records it adds at most one write's worth per record; a start replays at most 1,000 records
 * (on `large` well under a second, see state.test.ts) and reads at most 4 MiB of log. A restore of a
 * large configuration makes one big record; the byte bound folds it into the snapshot at once.
 *
 * The log file's lines: a header naming the snapshot it follows (the SHA-256 of its text), then one
 * record per line, each `<crc32 of the JSON, 8 hex digits> <JSON>\n` (JSON text holds no raw newline).
 * A last record that is cut short or does not match its checksum — a `kill -9` or a power cut in the
 * middle of an append — is dropped: that write was never answered. A damaged record with good ones
 * after it is not a torn append: the log is set aside (renamed), and the records before it are kept.
 *
 * Compaction never leaves a state that loses an answered write: the new log (its header only) and the
 * new snapshot are written to temporary files and fsynced, then the snapshot is renamed over the old
 * one, then the log, then the directory is fsynced. Killed before the first rename: the old pair, which
 * holds everything answered. Between the renames: the new snapshot and the old log, whose header names
 * the old snapshot, so it is not replayed (everything in it is in the new snapshot). After: the new pair.
 *
 * A snapshot that cannot be used (torn by something else, garbage, an old format) is set aside —
 * renamed, not deleted — with a log line, and the scenario is opened instead. A state dir from before
 * the log (a snapshot alone) is read as it is.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  buildScenario,
  changeBetween,
  exportState,
  importLogged,
  importState,
  withSteps,
  type Clock,
  type Device,
  type DeviceState,
  type ScenarioName,
  type StoredChange,
} from '../device';

export const STATE_FILE = 'device.json';
export const LOG_FILE = 'device.log';

/** The snapshot is rewritten once the log holds this many records (see the module comment)… */
export const COMPACT_RECORDS = 1000;
/** …or this many bytes. */
export const COMPACT_BYTES = 4 * 1024 * 1024;

/** What the log's header says it is. */
const LOG_KIND = 'fgsim change log';
const LOG_FORMAT = 1;

export interface Opened {
  device: Device;
  /** What happened, for the log. */
  log: string[];
}

const checksum = (json: string): string => zlib.crc32(json).toString(16).padStart(8, '0');

/** One line of the log file. */
export const frame = (json: string): string => `${checksum(json)} ${json}\n`;

const snapshotId = (snapshot: string): string => crypto.createHash('sha256').update(snapshot).digest('hex');

/** The log file's first line: the snapshot it follows. */
const headerLine = (snapshot: string): string =>
  frame(JSON.stringify({ log: LOG_KIND, format: LOG_FORMAT, snapshot: snapshotId(snapshot) }));

/** A line's JSON when its checksum matches, else undefined. */
function unframe(line: string): unknown {
  const m = /^([0-9a-f]{8}) (.*)$/s.exec(line);
  if (!m || checksum(m[2] as string) !== m[1]) return undefined;
  try {
    return JSON.parse(m[2] as string) as unknown;
  } catch {
    return undefined;
  }
}

const isChange = (v: unknown): v is StoredChange =>
  !!v && typeof v === 'object' && Number.isSafeInteger((v as StoredChange).changes);

export interface LogRead {
  /** The records that follow `snapshot`, in order. */
  changes: StoredChange[];
  /** The log names another snapshot: one written after it, holding all of it (a compaction was cut short). */
  stale: boolean;
  /** A torn last record was dropped. */
  torn: boolean;
  /** Set when the log is damaged elsewhere than at its end (`changes` then holds the records before that). */
  damaged: string | null;
}

/** Reads a log file's text against the snapshot it should follow. */
export function readLog(text: string, snapshot: string): LogRead {
  const lines = text.split('\n');
  // The piece after the last newline is a record cut short, unless it is empty.
  const tail = lines.pop() ?? '';
  const header = lines.length > 0 ? unframe(lines[0] as string) : undefined;
  const head = header as { log?: unknown; format?: unknown; snapshot?: unknown } | undefined;
  if (!head || head.log !== LOG_KIND || head.format !== LOG_FORMAT)
    return { changes: [], stale: false, torn: false, damaged: 'its first line is not a change log header' };
  if (head.snapshot !== snapshotId(snapshot)) return { changes: [], stale: true, torn: false, damaged: null };
  const records = lines.slice(1).map(unframe);
  const changes: StoredChange[] = [];
  let bad = -1;
  for (const [i, r] of records.entries()) {
    const prev = changes.at(-1);
    if (!isChange(r) || (prev && r.changes <= prev.changes)) {
      bad = i;
      break;
    }
    changes.push(r);
  }
  if (bad < 0) return { changes, stale: false, torn: tail !== '', damaged: null };
  // Nothing good after the bad record: the end of an append that was cut short.
  if (records.slice(bad + 1).every((r) => !isChange(r)))
    return { changes, stale: false, torn: true, damaged: null };
  return { changes, stale: false, torn: false, damaged: `record ${bad + 1} does not match its checksum` };
}

/**
 * The device the state dir holds (snapshot + log), read only: for tests and tools that look at what
 * is on disk. Null when there is no snapshot.
 */
export function readState(dir: string, clock: Clock): ReturnType<typeof importLogged> | null {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, STATE_FILE), 'utf8');
  } catch {
    return null;
  }
  const changes = logText(dir);
  return importLogged(text, changes === null ? [] : readLog(changes, text).changes, clock);
}

function logText(dir: string): string | null {
  try {
    return fs.readFileSync(path.join(dir, LOG_FILE), 'utf8');
  } catch {
    return null;
  }
}

/** Temporary files a write that was cut short left behind. */
function removeLeftovers(dir: string): void {
  for (const name of fs.readdirSync(dir))
    if (/^\.device\.(json|log)\.\d+\.\d+\.tmp$/.test(name)) fs.rmSync(path.join(dir, name), { force: true });
}

/**
 * Opens the device: `scenario` given → that scenario fresh (the files are replaced at once);
 * otherwise the snapshot and the log after it if they are usable, else the default scenario
 * (`fallback`). Either way the device is then written as a new snapshot with an empty log.
 */
export function openState(
  dir: string,
  clock: Clock,
  scenario: ScenarioName | null,
  fallback: ScenarioName,
  stamp: () => string,
): Opened {
  fs.mkdirSync(dir, { recursive: true });
  removeLeftovers(dir);
  const file = path.join(dir, STATE_FILE);
  const logFile = path.join(dir, LOG_FILE);
  if (scenario !== null) {
    const device = buildScenario(scenario, clock);
    save(dir, device);
    return { device, log: [`state: opened the "${scenario}" scenario fresh; kept in ${file}`] };
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    const device = buildScenario(fallback, clock);
    save(dir, device);
    return { device, log: [`state: no ${file} yet; opened the "${fallback}" scenario and keep it there`] };
  }
  const lines: string[] = [];
  const setAside = (what: string, why: string): string => {
    const aside = `${what}.unusable-${stamp()}`;
    fs.renameSync(what, aside);
    lines.push(`state: ${what} could not be used (${why}); set it aside as ${aside}`);
    return aside;
  };
  const logged = logText(dir);
  const read = logged === null ? null : readLog(logged, text);
  let loaded = importLogged(text, read?.changes ?? [], clock);
  if (loaded.notice && read && read.changes.length > 0) {
    // The snapshot alone may still be good: then it is the log that cannot be replayed.
    const alone = importState(text, clock);
    if (!alone.notice) {
      setAside(logFile, `its records do not fit the snapshot: ${loaded.notice}`);
      loaded = alone;
    }
  } else if (read?.damaged) {
    setAside(logFile, read.damaged);
    lines.push(`state: kept the ${read.changes.length} records before the damage`);
  }
  if (loaded.notice !== null) {
    setAside(file, loaded.notice);
    if (fs.existsSync(logFile)) setAside(`${logFile}`, 'it follows a snapshot that could not be used');
    const device = buildScenario(fallback, clock);
    save(dir, device);
    return { device, log: [...lines, `state: opened the "${fallback}" scenario instead`] };
  }
  const device = loaded.device;
  save(dir, device);
  return {
    device,
    log: [
      `state: restored the device from ${file}${read && read.changes.length > 0 ? ` and ${read.changes.length} changes logged after it` : ''} (revision ${device.revision})`,
      ...(read?.torn
        ? ['state: dropped a last change record that was cut short (it was never answered)']
        : []),
      ...(loaded.repaired ? [`state: ${loaded.repaired}`] : []),
      ...lines,
    ],
  };
}

let counter = 0;
const tmpName = (dir: string, file: string): string =>
  path.join(dir, `.${file}.${process.pid}.${++counter}.tmp`);

function writeSynced(file: string, text: string): void {
  const fd = fs.openSync(file, 'w', 0o600);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function syncDir(dir: string): void {
  try {
    const dirFd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dirFd);
    } finally {
      fs.closeSync(dirFd);
    }
  } catch {
    // Some platforms cannot fsync a directory; the renames are still atomic.
  }
}

/**
 * Writes the device as a new snapshot with an empty log after it (see the module comment for the
 * order). Synchronous: the caller goes on after.
 */
export function save(dir: string, device: Device): void {
  const snapshot = exportState(device);
  const logTmp = tmpName(dir, LOG_FILE);
  const snapTmp = tmpName(dir, STATE_FILE);
  writeSynced(logTmp, headerLine(snapshot));
  writeSynced(snapTmp, snapshot);
  fs.renameSync(snapTmp, path.join(dir, STATE_FILE));
  fs.renameSync(logTmp, path.join(dir, LOG_FILE));
  syncDir(dir);
}

async function writeSyncedAsync(file: string, text: string): Promise<void> {
  const fh = await fs.promises.open(file, 'w', 0o600);
  try {
    await fh.writeFile(text);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** `save`, without holding up the process while the disk works. */
async function saveAsync(dir: string, snapshot: string, pause: Pause): Promise<number> {
  const logTmp = tmpName(dir, LOG_FILE);
  const snapTmp = tmpName(dir, STATE_FILE);
  const header = headerLine(snapshot);
  await writeSyncedAsync(logTmp, header);
  await writeSyncedAsync(snapTmp, snapshot);
  await pause('compaction: both files written, none renamed');
  await fs.promises.rename(snapTmp, path.join(dir, STATE_FILE));
  await pause('compaction: the snapshot renamed, not the log');
  await fs.promises.rename(logTmp, path.join(dir, LOG_FILE));
  try {
    const d = await fs.promises.open(dir, 'r');
    try {
      await d.sync();
    } finally {
      await d.close();
    }
  } catch {
    // Some platforms cannot fsync a directory; the renames are still atomic.
  }
  return Buffer.byteLength(header);
}

/**
 * Called between the steps of a write, for the crash tests (state.test.ts): one that throws there
 * leaves the files as a `kill -9` at that moment would. Absent in use.
 */
export type Pause = (where: string) => Promise<void> | void;

export interface WriterOptions {
  compactRecords?: number;
  compactBytes?: number;
  pause?: Pause;
}

/**
 * Keeps the files up to date after every commit. `changed()` (after each commit) turns it into its
 * change record at once; the records waiting when the disk is free go in one append and one fsync
 * (group commit). `durable()` is what a request waits for before it is answered: it resolves once
 * everything committed so far is on disk (at once when nothing is waiting), and rejects when the
 * write failed.
 */
export class StateWriter {
  private wanted = 0;
  private flushed = 0;
  private running = false;
  private waiters: Array<{ gen: number; resolve: () => void; reject: (e: unknown) => void }> = [];
  /** Framed records not yet appended. */
  private pending: string[] = [];
  /** The device and state the last record (or the snapshot) leaves: the next record starts there. */
  private base: { device: Device; state: DeviceState };
  /** The next write must be a whole snapshot (a new device, or the log's end is uncertain). */
  private snapshotDue: boolean;
  private logRecords = 0;
  private logBytes = 0;
  private handle: fs.promises.FileHandle | null = null;
  private closed = false;
  private readonly compactRecords: number;
  private readonly compactBytes: number;
  private readonly pause: Pause;

  constructor(
    private readonly dir: string,
    private readonly current: () => Device,
    private readonly log: (line: string) => void,
    options: WriterOptions = {},
  ) {
    const device = current();
    this.base = { device, state: device.state };
    this.compactRecords = options.compactRecords ?? COMPACT_RECORDS;
    this.compactBytes = options.compactBytes ?? COMPACT_BYTES;
    this.pause = options.pause ?? (() => undefined);
    // openState has just written the snapshot with an empty log; without one, the first write makes them.
    let size: number | null;
    try {
      size = fs.statSync(path.join(dir, LOG_FILE)).size;
    } catch {
      size = null;
    }
    this.snapshotDue = size === null;
    this.logBytes = size ?? 0;
  }

  /** A commit happened: its record is made now, and the files must catch up. */
  changed(): void {
    this.wanted++;
    const device = this.current();
    const state = device.state;
    if (!this.snapshotDue) {
      const before = this.base.state;
      const change = device === this.base.device ? changeBetween(before, state) : null;
      if (change) this.pending.push(frame(JSON.stringify(withSteps(device, before, change))));
      else {
        this.snapshotDue = true;
        this.pending = [];
      }
    }
    this.base = { device, state };
    if (!this.running) void this.pump();
  }

  durable(): Promise<void> {
    if (this.flushed >= this.wanted) return Promise.resolve();
    const gen = this.wanted;
    return new Promise((resolve, reject) => this.waiters.push({ gen, resolve, reject }));
  }

  /** Waits for what is being written, then lets go of the log file. */
  async close(): Promise<void> {
    await this.durable().catch(() => undefined);
    this.closed = true;
    await this.closeLog();
  }

  private async closeLog(): Promise<void> {
    const h = this.handle;
    this.handle = null;
    await h?.close().catch(() => undefined);
  }

  private async pump(): Promise<void> {
    this.running = true;
    try {
      while (this.flushed < this.wanted) {
        // Everything up to `gen` is in `pending` or in the device as it is now: nothing awaits between.
        const gen = this.wanted;
        try {
          if (
            this.snapshotDue ||
            this.logRecords >= this.compactRecords ||
            this.logBytes >= this.compactBytes
          )
            await this.compact();
          else await this.append();
          this.flushed = gen;
          this.settle((w) => w.gen <= gen, null);
        } catch (e) {
          // What is on disk is now uncertain: the next write is a whole snapshot.
          this.snapshotDue = true;
          this.pending = [];
          this.flushed = gen;
          this.log(`state: could not write ${path.join(this.dir, STATE_FILE)}: ${String(e)}`);
          this.settle((w) => w.gen <= gen, e);
        }
      }
    } finally {
      this.running = false;
    }
  }

  private async append(): Promise<void> {
    const records = this.pending;
    this.pending = [];
    const text = records.join('');
    if (this.closed) throw new Error('the state writer is closed');
    this.handle ??= await fs.promises.open(path.join(this.dir, LOG_FILE), 'a', 0o600);
    const pause = this.pause('append: before the write');
    if (pause) await pause;
    await this.handle.appendFile(text);
    await this.handle.datasync();
    this.logRecords += records.length;
    this.logBytes += Buffer.byteLength(text);
  }

  private async compact(): Promise<void> {
    // The device as it is now holds every commit so far; the records waiting are in it.
    const device = this.current();
    this.base = { device, state: device.state };
    this.pending = [];
    this.snapshotDue = false;
    const snapshot = exportState(device);
    if (this.closed) throw new Error('the state writer is closed');
    await this.closeLog();
    this.logBytes = await saveAsync(this.dir, snapshot, this.pause);
    this.logRecords = 0;
  }

  private settle(which: (w: { gen: number }) => boolean, error: unknown): void {
    const done = this.waiters.filter(which);
    this.waiters = this.waiters.filter((w) => !which(w));
    for (const w of done)
      if (error === null) w.resolve();
      else w.reject(error);
  }
}
