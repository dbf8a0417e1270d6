/**
 * The device in the browser's storage (DESIGN.md rule 5). Opening: `?scenario=<name>` builds that
 * scenario fresh and stores it; otherwise the stored device is loaded, and unreadable or outdated data
 * falls back to the default scenario with a notice (and the fallback is stored). Saving: after every
 * commit, debounced so a burst of writes (or one write to the `large` device, ~60 ms to export) costs
 * one save; the page flushes on `pagehide`, so an immediate reload keeps the change. Other tabs: each
 * save also writes a mark, and a tab whose mark is stale reloads the device before answering.
 */
import {
  DEFAULT_SCENARIO,
  STORAGE_KEY,
  buildScenario,
  exportState,
  importState,
  isScenarioName,
  type Clock,
  type Device,
} from '../device';
import type { DeviceHost } from './host';
import { takeScenario } from './scenario-param';
import { newToken } from './sessions';

export type StorageArea = Pick<Storage, 'getItem' | 'setItem'>;

/** Changes on every save, so another tab can tell its copy is stale. */
export const MARK_KEY = `${STORAGE_KEY}.mark`;

export interface Opened {
  device: Device;
  /** Shown to the user when what was asked for or stored could not be used. */
  notice: string | null;
}

function store(storage: StorageArea, device: Device): void {
  storage.setItem(STORAGE_KEY, exportState(device));
  storage.setItem(MARK_KEY, `${device.revision}:${newToken()}`);
}

export function openDevice(search: string, storage: StorageArea, clock: Clock): Opened {
  const { requested } = takeScenario(search);
  if (requested !== null) {
    const known = isScenarioName(requested);
    const device = buildScenario(known ? requested : DEFAULT_SCENARIO, clock);
    store(storage, device);
    return {
      device,
      notice: known
        ? null
        : `There is no scenario "${requested}". The "${DEFAULT_SCENARIO}" scenario was opened instead.`,
    };
  }
  const { device, notice } = importState(storage.getItem(STORAGE_KEY), clock);
  if (notice) store(storage, device);
  return { device, notice };
}

export interface PersistOptions {
  clock: Clock;
  /** How long to wait for more commits before saving. */
  delayMs?: number;
  /** Told after each save (the browser posts the revision then, so other tabs read saved data). */
  onSaved?: (device: Device) => void;
  /** Told when storage refuses the data (quota); the device keeps working in memory. */
  onError?: (error: unknown) => void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface Persistence {
  /** Saves now if a save is waiting. */
  flush(): void;
  /** Reloads the device if another tab saved since this one last read or wrote; true if it did. */
  syncFromOtherTabs(): boolean;
  stop(): void;
}

export function persistDevice(host: DeviceHost, storage: StorageArea, options: PersistOptions): Persistence {
  const {
    clock,
    delayMs = 100,
    onSaved,
    onError,
    setTimer = (run, ms) => setTimeout(run, ms),
    clearTimer = (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
  } = options;
  let mark = storage.getItem(MARK_KEY);
  let timer: unknown;
  let waiting = false;

  const save = (): void => {
    waiting = false;
    const device = host.device;
    try {
      store(storage, device);
      mark = storage.getItem(MARK_KEY);
    } catch (e) {
      onError?.(e);
    }
    onSaved?.(device);
  };

  const stop = host.onChange(() => {
    if (waiting) return;
    waiting = true;
    timer = setTimer(save, delayMs);
  });

  return {
    flush() {
      if (!waiting) return;
      clearTimer(timer);
      save();
    },
    syncFromOtherTabs() {
      const now = storage.getItem(MARK_KEY);
      if (waiting || now === null || now === mark) return false;
      mark = now;
      host.swap(importState(storage.getItem(STORAGE_KEY), clock).device, { announce: false });
      return true;
    },
    stop() {
      stop();
      if (waiting) clearTimer(timer);
      waiting = false;
    },
  };
}
