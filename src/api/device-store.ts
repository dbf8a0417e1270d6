/**
 * Where the in-browser device is kept: IndexedDB, as a snapshot (`exportState`'s text) and an
 * append-only log of the changes committed after it, keyed by the device's change counter. A save
 * costs the size of the change; now and then the log is folded into a new snapshot. Every write is
 * one IndexedDB transaction, and a promise here resolves only once that transaction has committed,
 * so a caller that waits for it knows the change is kept (or learns that the browser refused it).
 */
import type { StoredChange } from '../device';

/** What storage holds: the snapshot, the counter it was taken at, and the changes after it in order. */
export interface StoredDevice {
  snapshot: string | null;
  /** The change counter of the snapshot (0 when there is none). */
  base: number;
  log: Array<{ changes: number; change: unknown }>;
}

export interface DeviceStore {
  /** The whole stored device. */
  load(): Promise<StoredDevice>;
  /** The counter of the last stored change (the snapshot's when the log is empty); 0 when empty. */
  head(): Promise<number>;
  /**
   * The changes after `after`, in order, when the log still holds them all (its first entry after
   * `after` follows on from it); null when it does not (read it all).
   */
  since(after: number): Promise<StoredDevice['log'] | null>;
  /** Adds the change from counter `from` to `changes`; resolves once it is committed. */
  append(changes: number, change: StoredChange, from: number): Promise<void>;
  /**
   * A new snapshot at `changes`. The log up to it goes, except (for a snapshot that only folds the
   * log in) the entries after `keepAfter`, so a tab a little behind can still catch up by replaying.
   */
  snapshot(changes: number, text: string, keepAfter?: number): Promise<void>;
  close(): void;
}

export const DB_NAME = 'fgsim';
const DB_VERSION = 1;
const SNAPSHOT = 'snapshot';
const LOG = 'log';
const SNAPSHOT_KEY = 'device';

interface SnapshotRecord {
  changes: number;
  text: string;
}

/** One log entry: the change, and the counter it was made from. */
interface LogRecord {
  from: number;
  change: StoredChange;
}

const logRecordOf = (value: unknown): LogRecord | null =>
  value && typeof value === 'object' && Number.isSafeInteger((value as LogRecord).from)
    ? (value as LogRecord)
    : null;

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const committed = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });

function snapshotOf(value: unknown): SnapshotRecord | null {
  if (!value || typeof value !== 'object') return null;
  const { changes, text } = value as Partial<SnapshotRecord>;
  return typeof text === 'string' && Number.isSafeInteger(changes)
    ? { changes: changes as number, text }
    : null;
}

/** Opens (creating on first use) the device's database. Rejects when the browser offers none. */
export function openDeviceStore(
  factory: IDBFactory = indexedDB,
  name = DB_NAME,
  keyRange: typeof IDBKeyRange = IDBKeyRange,
): Promise<DeviceStore> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (e) {
      reject(e as Error);
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(SNAPSHOT)) db.createObjectStore(SNAPSHOT);
      if (!db.objectStoreNames.contains(LOG)) db.createObjectStore(LOG);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    request.onsuccess = () => resolve(new IdbDeviceStore(request.result, keyRange));
  });
}

class IdbDeviceStore implements DeviceStore {
  constructor(
    private readonly db: IDBDatabase,
    private readonly keyRange: typeof IDBKeyRange,
  ) {
    // Another page upgrading the database (a newer fgsim) closes this one rather than blocking it.
    db.onversionchange = () => db.close();
  }

  async load(): Promise<StoredDevice> {
    const tx = this.db.transaction([SNAPSHOT, LOG], 'readonly');
    const [snap, keys, values] = await Promise.all([
      done(tx.objectStore(SNAPSHOT).get(SNAPSHOT_KEY)),
      done(tx.objectStore(LOG).getAllKeys()),
      done(tx.objectStore(LOG).getAll()),
    ]);
    const record = snapshotOf(snap);
    const base = record?.changes ?? 0;
    const log: StoredDevice['log'] = [];
    keys.forEach((key, i) => {
      if (typeof key === 'number' && key > base)
        log.push({ changes: key, change: logRecordOf(values[i])?.change ?? values[i] });
    });
    return { snapshot: record?.text ?? (snap === undefined ? null : ''), base, log };
  }

  async head(): Promise<number> {
    const tx = this.db.transaction([SNAPSHOT, LOG], 'readonly');
    const [snap, last] = await Promise.all([
      done(tx.objectStore(SNAPSHOT).get(SNAPSHOT_KEY)),
      done(tx.objectStore(LOG).openKeyCursor(null, 'prev')),
    ]);
    const base = snapshotOf(snap)?.changes ?? 0;
    const key = last?.key;
    return typeof key === 'number' && key > base ? key : base;
  }

  async since(after: number): Promise<StoredDevice['log'] | null> {
    const tx = this.db.transaction([SNAPSHOT, LOG], 'readonly');
    const range = this.keyRange.lowerBound(after, true);
    const [snap, keys, values] = await Promise.all([
      done(tx.objectStore(SNAPSHOT).get(SNAPSHOT_KEY)),
      done(tx.objectStore(LOG).getAllKeys(range)),
      done(tx.objectStore(LOG).getAll(range)),
    ]);
    const record = snapshotOf(snap);
    if (!record) return null;
    if (keys.length === 0) return record.changes <= after ? [] : null;
    const entries = values.map(logRecordOf);
    if (entries[0]?.from !== after || entries.some((e) => e === null)) return null;
    return keys.map((key, i) => ({ changes: Number(key), change: entries[i]?.change }));
  }

  async append(changes: number, change: StoredChange, from: number): Promise<void> {
    const tx = this.db.transaction(LOG, 'readwrite');
    const end = committed(tx);
    tx.objectStore(LOG).add({ from, change } satisfies LogRecord, changes);
    await end;
  }

  async snapshot(changes: number, text: string, keepAfter?: number): Promise<void> {
    const tx = this.db.transaction([SNAPSHOT, LOG], 'readwrite');
    const end = committed(tx);
    tx.objectStore(SNAPSHOT).put({ changes, text } satisfies SnapshotRecord, SNAPSHOT_KEY);
    tx.objectStore(LOG).delete(this.keyRange.upperBound(Math.min(changes, keepAfter ?? changes)));
    await end;
  }

  close(): void {
    this.db.close();
  }
}

/**
 * Opens the store and starts reading the device at once, before the device's code has even loaded
 * (src/device-loading.ts): the first `load()` answers from that read. Rejects as `openDeviceStore`.
 */
export async function openDeviceStoreEarly(): Promise<DeviceStore> {
  const store = await openDeviceStore();
  let first: Promise<StoredDevice> | null = store.load();
  first.catch(() => undefined); // asked for again, and reported, by whoever loads first
  return {
    load: () => {
      const read = first ?? store.load();
      first = null;
      return read;
    },
    head: () => store.head(),
    since: (after) => store.since(after),
    append: (changes, change, from) => store.append(changes, change, from),
    snapshot: (changes, text, keepAfter) => store.snapshot(changes, text, keepAfter),
    close: () => store.close(),
  };
}
