/**
 * The device's only source of time. Fixed by default so every run renders the same pixels; a scenario
 * or a test may advance it. Nothing in src/device reads the wall clock.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** 2019-01-15 09:30:00 UTC — a weekday in the life of FortiOS 6.0.4. */
export const FIXED_EPOCH_MS = Date.UTC(2019, 0, 15, 9, 30, 0);

export class FixedClock implements Clock {
  private t: number;
  constructor(start = FIXED_EPOCH_MS) {
    this.t = start;
  }
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

const two = (n: number): string => String(n).padStart(2, '0');

/** `2019-01-15 09:30:00`: a time of the device clock (UTC) as 6.0 prints one (`passwd-time`, revisions). */
export function clockText(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}
