/**
 * The served device: a `DeviceHost` over a device opened from the state dir (or in memory), kept on
 * disk after every commit (./state.ts), its sessions and lockouts timed by the real clock that is
 * also the device's clock, behind the HTTP server (./server.ts).
 */
import { buildScenario, type Clock, type ScenarioName } from '../device';
import { DeviceHost } from '../api/host';
import { MemorySessions } from '../api/sessions';
import { serve, type Served } from './server';
import { startSshDoor } from './ssh/door';
import { loadHostKey } from './ssh/host-key';
import { openState, StateWriter } from './state';

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
}

export interface ServedDevice extends Served {
  host: DeviceHost;
  /** The SSH door's port, when it was asked for. */
  sshPort?: number;
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
  const host = new DeviceHost(device, new MemorySessions(), { authClock: clock, served: true });
  const dir = options.stateDir;
  // Every commit is written; a request is answered only once what it committed is on disk.
  const writer = dir === null ? null : new StateWriter(dir, () => host.device, log);
  if (writer) host.onChange(() => writer.changed());
  const served = await serve({
    durable: writer ? () => writer.durable() : undefined,
    host,
    hostname: options.hostname ?? '127.0.0.1',
    port: options.port,
    distDir: options.distDir,
    tls: options.tls ?? null,
  });
  if (options.sshPort === undefined || options.sshPort === null) return { ...served, host };
  // The same accounts and lockout as /logincheck: one LoginGuard per host.
  const door = await startSshDoor({
    host,
    hostKey: loadHostKey(dir ?? undefined),
    port: options.sshPort,
    address: options.hostname ?? '127.0.0.1',
    login: (user, password, address) => host.logins.check(user, password, address) === 'ok',
  });
  log(`ssh: the CLI on ${options.hostname ?? '127.0.0.1'} port ${door.port}`);
  return {
    ...served,
    host,
    sshPort: door.port,
    close: async () => {
      await door.close();
      await served.close();
    },
  };
}
