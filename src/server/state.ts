/**
 * The served device's state file (`<state dir>/device.json`, the same format the browser stores,
 * src/device/storage-format.ts). Written after every commit, before the request that made it is answered:
 * the text goes to a temporary file, which is fsynced and renamed over the old one (and the directory
 * fsynced), so a `kill -9` at any moment leaves the previous file or the new one, never a torn one.
 * A file that cannot be used (torn by something else, garbage, an old format) is set aside — renamed,
 * not deleted — with a log line, and the scenario is opened instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  buildScenario,
  exportState,
  importState,
  type Clock,
  type Device,
  type ScenarioName,
} from '../device';

export const STATE_FILE = 'device.json';

export interface Opened {
  device: Device;
  /** What happened, for the log. */
  log: string[];
}

/**
 * Opens the device: `scenario` given → that scenario fresh (the file is replaced on the first save);
 * otherwise the file if it is usable, else the default scenario (`fallback`).
 */
export function openState(
  dir: string,
  clock: Clock,
  scenario: ScenarioName | null,
  fallback: ScenarioName,
  stamp: () => string,
): Opened {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, STATE_FILE);
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
  const loaded = importState(text, clock);
  if (loaded.notice === null)
    return {
      device: loaded.device,
      log: [
        `state: restored the device from ${file} (revision ${loaded.device.revision})`,
        ...(loaded.repaired ? [`state: ${loaded.repaired}`] : []),
      ],
    };
  const aside = `${file}.unusable-${stamp()}`;
  fs.renameSync(file, aside);
  const device = buildScenario(fallback, clock);
  save(dir, device);
  return {
    device,
    log: [
      `state: ${file} could not be used (${loaded.notice}); set it aside as ${aside}`,
      `state: opened the "${fallback}" scenario instead`,
    ],
  };
}

let counter = 0;

/** Writes the device's state atomically (see the module comment). Synchronous: the caller answers after. */
export function save(dir: string, device: Device): void {
  const file = path.join(dir, STATE_FILE);
  const tmp = path.join(dir, `.${STATE_FILE}.${process.pid}.${++counter}.tmp`);
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.writeSync(fd, exportState(device));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  try {
    const dirFd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dirFd);
    } finally {
      fs.closeSync(dirFd);
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  }
}

/**
 * Keeps the file up to date after every commit, with group commit: a save writes the device as it is
 * then, so the commits that arrived during one fsync all go to disk with the next. `durable()` is
 * what a request waits for before it is answered: it resolves once everything committed so far is on
 * disk (at once when nothing is waiting), and rejects when the save failed.
 */
export class StateWriter {
  private wanted = 0;
  private flushed = 0;
  private running = false;
  private failed: unknown = null;
  private waiters: Array<{ gen: number; resolve: () => void; reject: (e: unknown) => void }> = [];

  constructor(
    private readonly dir: string,
    private readonly current: () => Device,
    private readonly log: (line: string) => void,
  ) {}

  /** A commit happened: the file must catch up. */
  changed(): void {
    this.wanted++;
    if (!this.running) void this.pump();
  }

  durable(): Promise<void> {
    if (this.flushed >= this.wanted) return Promise.resolve();
    const gen = this.wanted;
    return new Promise((resolve, reject) => this.waiters.push({ gen, resolve, reject }));
  }

  private async pump(): Promise<void> {
    this.running = true;
    try {
      while (this.flushed < this.wanted) {
        const gen = this.wanted;
        try {
          await saveAsync(this.dir, this.current());
          this.failed = null;
          this.flushed = gen;
          this.settle((w) => w.gen <= gen, null);
        } catch (e) {
          this.failed = e;
          this.flushed = gen;
          this.log(`state: could not write ${path.join(this.dir, STATE_FILE)}: ${String(e)}`);
          this.settle((w) => w.gen <= gen, e);
        }
      }
    } finally {
      this.running = false;
    }
  }

  private settle(which: (w: { gen: number }) => boolean, error: unknown): void {
    const done = this.waiters.filter(which);
    this.waiters = this.waiters.filter((w) => !which(w));
    for (const w of done)
      if (error === null) w.resolve();
      else w.reject(error);
  }
}

async function saveAsync(dir: string, device: Device): Promise<void> {
  const file = path.join(dir, STATE_FILE);
  const tmp = path.join(dir, `.${STATE_FILE}.${process.pid}.${++counter}.tmp`);
  const text = exportState(device);
  const fh = await fs.promises.open(tmp, 'w', 0o600);
  try {
    await fh.writeFile(text);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fs.promises.rename(tmp, file);
  try {
    const d = await fs.promises.open(dir, 'r');
    try {
      await d.sync();
    } finally {
      await d.close();
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  }
}
