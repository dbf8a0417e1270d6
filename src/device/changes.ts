/**
 * "What changed": the CLI that turns the device as it was at a revision into the device as it is,
 * from the change log (see `Device.changeLog`). What trainers, writers and tests read to see what a
 * person or a test did, whichever door it came through.
 */
import type { Device } from './config';
import { cliDiff } from './cli/diff';

/**
 * The CLI lines from the state at `since` (the oldest the log keeps when omitted) to now; undefined
 * when the log no longer keeps that revision (or never had it).
 */
export function changesSince(device: Device, since?: string): string[] | undefined {
  const from = since === undefined ? device.changeLog()[0]?.revision : since;
  const state = from === undefined ? undefined : device.stateAt(from);
  return state && cliDiff(state, device.state, device.clock);
}
