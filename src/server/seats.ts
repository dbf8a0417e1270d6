/**
 * A class: `fgsim serve --seats N` runs N independent devices in one process. Seat k (0..N-1) is a
 * whole served device of its own — HTTP on `port + k`, SSH on `ssh-port + k` when `--ssh-port` is
 * given, its own state file (`<state dir>/seat-<k>/device.json`), its own login sessions and lockout
 * — so an unmodified REST or SSH client reaches a seat by host and port. Seat 0 is the trainer's:
 * its port also serves the trainer's view, `/fgsim/class` (./trainer.ts).
 *
 * The seats share the process's SSH host key (one `ssh_host_rsa_key` in the state dir: they are one
 * machine to a client, told apart by port) and, with `--https`, its certificate.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { COOKIE_SUFFIX, CSRF_COOKIE } from '../api/credentials';
import { startServed, type ServedDevice, type ServedOptions } from './device';
import { loadHostKey } from './ssh/host-key';
import { TrainerBoard, CLASS_PAGE } from './trainer';

export const MIN_SEATS = 1;
export const MAX_SEATS = 50;

/** Seat k's directory in the state dir. */
export const seatDir = (stateDir: string, k: number): string => path.join(stateDir, `seat-${k}`);

/**
 * The `<n>` of seat k's `APSCOOKIE_<n>`: a browser sends a host's cookies to all its ports, so each
 * seat names its session cookie apart (seat 0 keeps the lone device's). **Decision**: fgsim's own
 * numbering; a real unit derives `<n>` from itself, and no client reads it.
 */
export const seatCookieSuffix = (k: number): string =>
  k === 0 ? COOKIE_SUFFIX : String(Number(COOKIE_SUFFIX) + k);

export interface ClassOptions extends Omit<ServedOptions, 'hostOptions' | 'own' | 'hostKey'> {
  seats: number;
}

export interface ServedClass {
  seats: ServedDevice[];
  /** The trainer's view on seat 0. */
  classUrl: string;
  board: TrainerBoard;
  close(): Promise<void>;
}

/** Says what is wrong with a seat count and the ports it needs, or null. */
export function seatsProblem(seats: number, port: number, sshPort: number | null): string | null {
  if (!Number.isInteger(seats) || seats < MIN_SEATS || seats > MAX_SEATS)
    return `--seats must be ${MIN_SEATS}..${MAX_SEATS}`;
  if (port !== 0 && port + seats - 1 > 65535)
    return `--port ${port} leaves no room for ${seats} seats (ports up to ${port + seats - 1})`;
  if (sshPort !== null && sshPort !== 0 && sshPort + seats - 1 > 65535)
    return `--ssh-port ${sshPort} leaves no room for ${seats} seats`;
  return null;
}

export async function startClass(options: ClassOptions): Promise<ServedClass> {
  const sshPort = options.sshPort ?? null;
  const problem = seatsProblem(options.seats, options.port, sshPort);
  if (problem) throw new Error(problem);
  const log = options.log ?? (() => undefined);
  const internalKey = randomBytes(24).toString('hex');
  const hostKey = sshPort === null ? undefined : loadHostKey(options.stateDir ?? undefined);
  let board: TrainerBoard | null = null;
  const seats: ServedDevice[] = [];
  try {
    for (let k = 0; k < options.seats; k++) {
      seats.push(
        await startServed({
          ...options,
          // Port 0: a free port per seat (tests); otherwise the seat's own port after the trainer's.
          port: options.port === 0 ? 0 : options.port + k,
          sshPort: sshPort === null ? null : sshPort === 0 ? 0 : sshPort + k,
          stateDir: options.stateDir === null ? null : seatDir(options.stateDir, k),
          hostKey,
          hostOptions: { cookieSuffix: seatCookieSuffix(k), internalKey },
          log: (line) => log(`seat ${k}: ${line}`),
          ...(k === 0 ? { own: (req, res, url) => (board ? board.handle(req, res, url) : false) } : {}),
        }),
      );
    }
  } catch (e) {
    await Promise.all(seats.map((s) => s.close()));
    throw e;
  }
  const ready = new TrainerBoard(
    seats.map((s, index) => ({
      index,
      host: s.host,
      port: s.port,
      ...(s.sshPort !== undefined ? { sshPort: s.sshPort } : {}),
      durable: () => s.durable(),
    })),
    internalKey,
    options.distDir,
    `${CSRF_COOKIE}_${seatCookieSuffix(0)}`,
  );
  await ready.start();
  board = ready;
  const trainer = seats[0] as ServedDevice;
  return {
    seats,
    board: ready,
    classUrl: `${trainer.url.replace(/\/$/, '')}${CLASS_PAGE}`,
    close: async () => {
      ready.close();
      await Promise.all(seats.map((s) => s.close()));
    },
  };
}
