/**
 * The trainer's table as `/fgsim/class/seats` and `/fgsim/class/events` answer it: the one home of its
 * types, written by the server (./trainer.ts) and read by the trainer's page (src/class/class-api.ts).
 * Types only, so the page may import them (eslint allows src/class this file's types, nothing else of
 * the server) and nothing of Node reaches the page's bundle.
 */

/** One row of the trainer's table. */
export interface SeatView {
  seat: number;
  port: number;
  sshPort: number | null;
  hostname: string;
  revision: string;
  /** Per step of the procedure, in order: its `doneWhen` on this seat's device. */
  done: boolean[];
  /** Set when the checks could not be read (the row shows it instead of ticks). */
  error: string | null;
}

export interface ClassView {
  steps: Array<{ id: string; title: string }>;
  scenarios: readonly string[];
  startScenario: string;
  /** The cookie that carries the trainer's CSRF token (`ccsrftoken_<n>` of seat 0). */
  csrfCookie: string;
  seats: SeatView[];
}
