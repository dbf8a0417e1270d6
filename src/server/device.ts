/**
 * The served device: a `DeviceHost` over a device opened from the state dir (or in memory), kept on
 * disk after every commit (./state.ts), its sessions and lockouts timed by the real clock that is
 * also the device's clock, behind the HTTP server (./server.ts).
 */
import { buildScenario, type Clock, type ScenarioName } from '../device';
import { DeviceHost, type HostOptions } from '../api/host';
import { MemoryLoginSessions } from '../api/login-sessions';
import { serve, type Served, type ServeOptions } from './server';
import { startSshDoor } from './ssh/door';
import { loadHostKey } from './ssh/host-key';
import { openState, StateWriter, type WriterOptions } from './state';

/** The real clock, injected into the device from outside src/device (which never reads the time). */
export const systemClock: Clock = { now: () => Date.now() };

export interface ServedOptions {
  hostname?: string;
  port: number;
  /** Open this scenario fresh; null: the state file's device, else `fallback`. */
  scenario: ScenarioName | null;
  fallback: ScenarioName;
  stateDir: string | null;
  distDir: string | null;
  tls?: { cert: string | Buffer; key: string | Buffer } | null;
  clock?: Clock;
  log?: (line: string) => void;
  /** Also serve the CLI over SSH on this port (0 = a free one); off when null or absent. */
  sshPort?: number | null;
  /** The SSH host key (PEM); default: the one kept in `stateDir` (made there once), else a fresh one. */
  hostKey?: string;
  /** What the seats of a class set apart per device (./seats.ts); absent for a lone device. */
  hostOptions?: Pick<HostOptions, 'cookieSuffix' | 'internalKey'>;
  /** fgsim's own paths on this device's HTTP server (./server.ts `own`). */
  own?: ServeOptions['own'];
}

export interface ServedDevice extends Served {
  host: DeviceHost;
  /** The SSH door's port, when it was asked for. */
  sshPort?: number;
  /** Resolves once every commit so far is in the state file (at once without a state dir). */
  durable(): Promise<void>;
}

/**
 * The log's compaction bounds (./state.ts), lowered by the crash tests so a burst of writes compacts
 * many times: `FGSIM_STATE_COMPACT_RECORDS`. Unset: the defaults.
 */
function compactionFromEnv(): WriterOptions {
  const records = Number(process.env.FGSIM_STATE_COMPACT_RECORDS);
  return Number.isSafeInteger(records) && records > 0 ? { compactRecords: records } : {};
}

export async function startServed(options: ServedOptions): Promise<ServedDevice> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => undefined);
  let device;
  if (options.stateDir === null) {
    device = buildScenario(options.scenario ?? options.fallback, clock);
    log(
      `state: in memory only (no --state): the "${options.scenario ?? options.fallback}" scenario; changes end with the process`,
    );
  } else {
    const opened = openState(options.stateDir, clock, options.scenario, options.fallback, () =>
      new Date(clock.now()).toISOString().replace(/[:.]/g, '-'),
    );
    device = opened.device;
    for (const line of opened.log) log(line);
  }
  const host = new DeviceHost(device, new MemoryLoginSessions(), {
    authClock: clock,
    served: true,
    ...options.hostOptions,
  });
  const dir = options.stateDir;
  // Every commit is written; a request is answered only once what it committed is on disk.
  const writer = dir === null ? null : new StateWriter(dir, () => host.device, log, compactionFromEnv());
  if (writer) host.onChange(() => writer.changed());
  const durable = (): Promise<void> => (writer ? writer.durable() : Promise.resolve());
  const httpServed = await serve({
    durable,
    host,
    hostname: options.hostname ?? '127.0.0.1',
    port: options.port,
    distDir: options.distDir,
    tls: options.tls ?? null,
    own: options.own,
  });
  const served: Served = {
    ...httpServed,
    close: async () => {
      await httpServed.close();
      await writer?.close();
    },
  };
  if (options.sshPort === undefined || options.sshPort === null) return { ...served, host, durable };
  // The same accounts and lockout as /logincheck: one LoginGuard per host.
  let door;
  try {
    door = await startSshDoor({
      host,
      hostKey: options.hostKey ?? loadHostKey(dir ?? undefined),
      port: options.sshPort,
      address: options.hostname ?? '127.0.0.1',
      login: (user, password, address) => host.logins.check(user, password, address) === 'ok',
      durable,
    });
  } catch (e) {
    await served.close();
    throw e;
  }
  log(`ssh: the CLI on ${options.hostname ?? '127.0.0.1'} port ${door.port}`);
  return {
    ...served,
    host,
    durable,
    sshPort: door.port,
    close: async () => {
      await door.close();
      await served.close();
    },
  };
}
