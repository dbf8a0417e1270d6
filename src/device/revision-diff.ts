/**
 * Revisions › Diff: the minimal CLI between two saved revisions, or a revision and the running
 * configuration (kept apart from ./revisions.ts, which the CLI's own commands use).
 */
import type { Device } from './config';
import { cliDiff } from './cli/diff';
import { revisionState } from './revisions';
import type { DeviceState } from './state';

/** `running`, or a revision's id. */
export type RevisionSide = number | 'running';

function sideState(device: Device, side: RevisionSide): DeviceState {
  return side === 'running' ? device.state : revisionState(device, side);
}

/**
 * The minimal CLI that turns the configuration `from` into `to` (a revision or the running
 * configuration): what Revisions › Diff shows.
 */
export function revisionDiff(device: Device, from: RevisionSide, to: RevisionSide): string[] {
  return cliDiff(sideState(device, from), sideState(device, to), device.clock);
}
