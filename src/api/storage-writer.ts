/**
 * The device in the browser's storage (DESIGN.md rule 5), one writer per browser.
 *
 * Opening: `?scenario=<name>` builds that scenario fresh and stores it; otherwise the stored device
 * (./device-store.ts: a snapshot and the change log after it, in IndexedDB) is loaded, and unreadable
 * or outdated data falls back to the default scenario with a notice (and the fallback is stored). A
 * device an earlier fgsim kept in localStorage is moved to IndexedDB once, then removed there.
 *
 * Every tab holds a copy of the device, and storage is the one truth between them. A request that may
 * change the device runs under a Web Lock held by one tab of the browser at a time: it first brings in
 * what other tabs stored (replaying their log entries), then runs, then stores its change, and only
 * then is answered. So every accepted write is applied to the current device and kept, in order, and
 * each gets its own revision. When the browser refuses to store the change (quota, storage disabled),
 * the device goes back to what it was before the request and the request is answered with the
 * device's error (HTTP 500, error -4, docs/fortios-6.0.md) and a notice that lasts: never a 200 that
 * is lost on reload. Reads bring in other tabs' changes first too (one small IndexedDB read).
 */
import {
  DEFAULT_SCENARIO,
  STORAGE_KEY,
  UnusableChange,
  applyChange,
  buildScenario,
  changeBetween,
  exportState,
  stepsOf,
  withSteps,
  importLogged,
  importState,
  isScenarioName,
  Device,
  type Clock,
  type DeviceState,
  type StoredChange,
} from '../device';
import type { DeviceStore } from './device-store';
import { failure, type Where } from './envelope';
import type { DeviceHost } from './host';
import { takeScenario } from './scenario-param';

export type StorageArea = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The key earlier versions wrote beside the device in localStorage (removed on migration). */
export const MARK_KEY = `${STORAGE_KEY}.mark`;

/** The device's error number for a configuration it could not write (docs/fortios-6.0.md, Decision). */
export const STORE_FAILED = -4;

/** Runs `task` while no other tab of the browser runs one (a Web Lock, or an in-page queue). */
export type Lock = <T>(task: () => Promise<T>) => Promise<T>;

/** One lock for the whole page: tasks run one after the other. For tests and browsers without Web Locks. */
export function queueLock(): Lock {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** The browser-wide lock every tab's writes take (navigator.locks), or an in-page queue without it. */
export function browserLock(name = 'fgsim.device'): Lock {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return queueLock();
  return <T>(task: () => Promise<T>) => locks.request(name, task) as Promise<T>;
}

export interface Opened {
  device: Device;
  /** Shown to the user when what was asked for or stored could not be used. */
  notice: string | null;
  /** How many log entries follow the stored snapshot (to know when to fold them in). */
  logLength: number;
}

const reason = (e: unknown): string =>
  e instanceof Error || e instanceof DOMException ? `${e.name}: ${e.message}` : String(e);

/** What the notice says when the browser refuses to store: why, and what to do. */
export function refusalNotice(e: unknown): string {
  return (
    `The browser refused to store the configuration (${reason(e)}), so the last change was not applied. ` +
    'Changes cannot be kept until storage has room again: make a Backup now (System › Configuration › ' +
    'Backup) to keep your work, then open a scenario (?scenario=factory-default) or clear this site’s ' +
    'data in the browser, and Restore the backup.'
  );
}

/** A state with its change counter past `floor`, so its revision is one the browser has not seen. */
const after = (state: DeviceState, floor: number): DeviceState =>
  state.changes > floor ? state : { ...state, changes: floor + 1 };

async function headOf(store: DeviceStore): Promise<number> {
  try {
    return await store.head();
  } catch {
    return 0;
  }
}

/**
 * Opens the device from `store` (null: the browser has no usable IndexedDB — the device then runs in
 * memory and says so). `legacy` is the localStorage an earlier fgsim kept the device in.
 */
export async function openDevice(
  search: string,
  store: DeviceStore | null,
  legacy: StorageArea | null,
  clock: Clock,
): Promise<Opened> {
  const { requested } = takeScenario(search);
  const notices: string[] = [];
  const keep = async (device: Device): Promise<void> => {
    if (!store) return;
    try {
      await store.snapshot(device.state.changes, exportState(device));
    } catch (e) {
      notices.push(refusalNotice(e));
    }
  };
  const opened = (device: Device, logLength = 0): Opened => ({
    device,
    notice: notices.length > 0 ? notices.join(' ') : null,
    logLength,
  });
  if (!store)
    notices.push(
      'This browser does not let the simulator use IndexedDB, so the configuration cannot be kept: every change is refused. ' +
        'Allow this site to store data (or leave private browsing) and reload.',
    );

  if (requested !== null) {
    const known = isScenarioName(requested);
    const device = buildScenario(known ? requested : DEFAULT_SCENARIO, clock);
    if (!known)
      notices.push(
        `There is no scenario "${requested}". The "${DEFAULT_SCENARIO}" scenario was opened instead.`,
      );
    if (store) device.adopt(after(device.state, await headOf(store)));
    await keep(device);
    return opened(device);
  }
  if (!store) return opened(buildScenario(DEFAULT_SCENARIO, clock));

  let stored;
  try {
    stored = await store.load();
  } catch (e) {
    notices.push(`The saved configuration could not be read (${reason(e)}).`);
    return opened(buildScenario(DEFAULT_SCENARIO, clock));
  }
  if (stored.snapshot === null && stored.log.length === 0) {
    const old = readLegacy(legacy);
    if (old === null) return opened(buildScenario(DEFAULT_SCENARIO, clock));
    // Moved once: what an earlier fgsim kept in localStorage becomes the IndexedDB snapshot.
    const { device, notice } = importState(old, clock);
    if (notice) notices.push(notice);
    await keep(device);
    if (notices.length === 0 || notice) removeLegacy(legacy);
    return opened(device);
  }
  const head = stored.log.at(-1)?.changes ?? stored.base;
  const { device, notice, repaired } = importLogged(
    stored.snapshot,
    stored.log.map((e) => e.change),
    clock,
  );
  if (repaired) notices.push(repaired);
  if (!notice) return opened(device, stored.log.length);
  notices.push(notice);
  device.adopt(after(device.state, head));
  await keep(device);
  return opened(device);
}

function readLegacy(legacy: StorageArea | null): string | null {
  try {
    return legacy?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function removeLegacy(legacy: StorageArea | null): void {
  try {
    legacy?.removeItem(STORAGE_KEY);
    legacy?.removeItem(MARK_KEY);
  } catch {
    // Nothing to free: the move is done either way.
  }
}

/** What the REST envelope says a refused request was about. */
function whereOf(request: Request): Where {
  const url = new URL(request.url);
  const [, path = '', name = '', mkey] =
    /\/api\/v2\/(?:cmdb\/|monitor\/)?([^/]*)\/?([^/]*)\/?([^/]*)/.exec(url.pathname) ?? [];
  return { method: request.method, path, name, ...(mkey ? { mkey: decodeURIComponent(mkey) } : {}) };
}

export interface KeeperOptions {
  clock: Clock;
  lock: Lock;
  /** How many log entries follow the snapshot when the keeper starts (Opened.logLength). */
  logLength?: number;
  /** Fold the log into a new snapshot once it holds this many entries. */
  compactAfter?: number;
  /** Told after each stored change (the browser broadcasts the revision to other tabs then). */
  onStored?: (device: Device) => void;
  /** Told, with the notice to show, when the browser refused to store a change. */
  onRefused?: (notice: string) => void;
}

/**
 * Keeps one tab's copy of the device in step with storage and stores its writes before they are
 * answered. `serve` wraps the answering of every REST request.
 */
export class DeviceKeeper {
  /** The change counter of the last stored change this tab has applied. */
  private known: number;
  private logLength: number;
  private syncing: Promise<void> = Promise.resolve();
  private waiting: Promise<void> | null = null;

  constructor(
    private readonly host: DeviceHost,
    private readonly store: DeviceStore | null,
    private readonly options: KeeperOptions,
  ) {
    this.known = host.device.state.changes;
    this.logLength = options.logLength ?? 0;
  }

  /**
   * Brings in what other tabs stored since this one last read or wrote. Requests that ask while a
   * read of storage is waiting to start share it (the console's first four reads cost one or two
   * IndexedDB reads, not four in a row); one that asks once it has started waits for the next.
   */
  sync(): Promise<void> {
    if (this.waiting) return this.waiting;
    const run = this.syncing.then(() => {
      this.waiting = null;
      return this.pull();
    });
    this.waiting = run;
    this.syncing = run.catch(() => undefined);
    return run;
  }

  private async pull(): Promise<void> {
    const store = this.store;
    if (!store) return;
    let head: number;
    try {
      head = await store.head();
    } catch {
      return; // Unreadable just now: answer from this tab's copy; a write will say if storage fails.
    }
    if (head === this.known) return;
    const entries = await store.since(this.known).catch(() => null);
    if (entries) {
      try {
        const device = this.host.device;
        const start = device.state;
        const states: Array<{ state: DeviceState; change: StoredChange }> = [];
        let state = start;
        for (const { change } of entries) {
          state = applyChange(state, change as StoredChange);
          states.push({ state, change: change as StoredChange });
        }
        let prev = start;
        for (const { state: s, change } of states) {
          let steps;
          try {
            steps = stepsOf(prev, s, change);
          } catch {
            steps = undefined;
          }
          device.adopt(s, steps);
          prev = s;
        }
        this.known = state.changes;
        this.logLength += entries.length;
        return;
      } catch (e) {
        if (!(e instanceof UnusableChange)) throw e;
      }
    }
    await this.reload();
  }

  /** Reads the whole stored device (another tab took a snapshot, or a log entry did not fit). */
  private async reload(): Promise<void> {
    const store = this.store;
    if (!store) return;
    const stored = await store.load();
    const { device, notice } = importLogged(
      stored.snapshot,
      stored.log.map((e) => e.change),
      this.options.clock,
    );
    if (notice) this.options.onRefused?.(notice);
    const current = this.host.device;
    const state = device.state;
    if (state.scenario === current.state.scenario && state.bootTime === current.state.bootTime)
      current.takeOver(device);
    else this.host.replace(device, { announce: false });
    this.known = state.changes;
    this.logLength = stored.log.length;
  }

  /**
   * Answers one request. Reads are answered after bringing in other tabs' changes; anything else runs
   * under the lock and is answered only once its change is stored, or refused if it cannot be.
   */
  async serve(request: Request, answer: () => Promise<Response | undefined>): Promise<Response | undefined> {
    if (request.method === 'GET' || request.method === 'HEAD') {
      await this.sync().catch(() => undefined);
      return answer();
    }
    let reply!: (r: Response | undefined) => void;
    let fail!: (e: unknown) => void;
    const answered = new Promise<Response | undefined>((resolve, reject) => {
      reply = resolve;
      fail = reject;
    });
    void this.options
      .lock(async () => {
        try {
          // A store that cannot be read now still gets the write tried: appending then fails on a
          // counter another tab already used, and the write is refused rather than lost.
          await this.sync().catch(() => undefined);
          reply(await this.write(request, answer));
        } catch (e) {
          fail(e);
          return;
        }
        await this.compact();
      })
      .catch(() => undefined);
    return answered;
  }

  private async write(
    request: Request,
    answer: () => Promise<Response | undefined>,
  ): Promise<Response | undefined> {
    const device = this.host.device;
    const before = device.state;
    const response = await answer();
    const current = this.host.device;
    const now = current.state;
    if (current === device && now === before) return response;
    try {
      if (!this.store) throw new Error('IndexedDB is not available');
      const between = current === device ? changeBetween(before, now) : null;
      const change = between && withSteps(current, before, between);
      if (change) {
        await this.store.append(now.changes, change, before.changes);
        this.logLength += 1;
      } else {
        await this.store.snapshot(now.changes, exportState(current));
        this.logLength = 0;
      }
    } catch (e) {
      // Not kept, so not done: the device goes back to what it was, and the request is refused.
      if (current !== device) this.host.replace(device, { announce: false });
      device.adopt(before);
      const notice = refusalNotice(e);
      this.options.onRefused?.(notice);
      return failure(device, whereOf(request), 500, { error: STORE_FAILED, message: notice });
    }
    this.known = now.changes;
    this.options.onStored?.(current);
    return response;
  }

  /**
   * Folds a long log into a new snapshot (after the answer; still under the lock). The newest half of
   * the log stays, so another tab a few changes behind replays them rather than reading everything.
   */
  private async compact(): Promise<void> {
    const limit = this.options.compactAfter ?? 100;
    if (!this.store || this.logLength < limit) return;
    const device = this.host.device;
    const changes = device.state.changes;
    try {
      await this.store.snapshot(changes, exportState(device), changes - Math.floor(limit / 2));
      this.logLength = 0;
    } catch {
      // The log still holds every change; folding it in can wait for the next write.
    }
  }
}
