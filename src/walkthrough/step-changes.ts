/**
 * "What you changed" in a step of the guide: the CLI that turns the device as it was when the step
 * began into the device now (the device's own diff, `GET /api/v2/fgsim/changes`), and the doors the
 * changes came through (its change log). A step begins at the revision the device had when the step
 * was first opened in this run of the guide (./guide-store.ts keeps it; Reset starts a new run).
 */
import { changes, sameRevision, type ChangeRecord } from '../client';

/** Lines drawn in the panel; the rest are counted ("…and 9,800 more lines") and copied all the same. */
export const SHOWN_LINES = 200;

export interface StepChanges {
  /** The CLI from the step's start (or, see `fromStart`, the oldest change kept) to now. */
  lines: string[];
  /** The changes committed since, oldest first. */
  records: ChangeRecord[];
  /**
   * False when the log no longer keeps the revision the step began at (more than its last 500
   * changes since, or the device replaced: a scenario opened, a factory reset): `lines` and `records`
   * then run from the oldest change the log keeps.
   */
  fromStart: boolean;
}

export interface ChangeReads {
  since: (revision: string) => Promise<string[] | undefined>;
  log: () => Promise<ChangeRecord[]>;
}

/** The records after `revision`; undefined when the log does not keep it. */
export function recordsAfter(log: readonly ChangeRecord[], revision: string): ChangeRecord[] | undefined {
  const i = log.findIndex((r) => sameRevision(r.revision, revision));
  return i < 0 ? undefined : log.slice(i + 1);
}

/** What a step changed since it began at `start`, read through the client. */
export async function readStepChanges(start: string, read: ChangeReads = changes): Promise<StepChanges> {
  const [lines, log] = await Promise.all([read.since(start), read.log()]);
  const records = recordsAfter(log, start);
  if (lines !== undefined && records !== undefined) return { lines, records, fromStart: true };
  const oldest = log[0];
  if (!oldest) return { lines: [], records: [], fromStart: false };
  return { lines: (await read.since(oldest.revision)) ?? [], records: log.slice(1), fromStart: false };
}

/** The device's current revision: the last record of its change log. */
export async function deviceRevision(read: Pick<ChangeReads, 'log'> = changes): Promise<string | undefined> {
  return (await read.log()).at(-1)?.revision;
}

const DOOR_NAMES: Readonly<Record<string, string>> = {
  GUI: 'the GUI',
  CLI: 'the CLI',
  SSH: 'SSH',
  REST: 'the REST API',
  device: 'the device itself',
};

/** The doors of `records`, each once, in the order they were first used. */
export function doorsOf(records: readonly ChangeRecord[]): string[] {
  return [...new Set(records.map((r) => r.door))];
}

/** "the GUI", "the GUI and the CLI", "the CLI, the GUI and the REST API". */
export function doorsText(doors: readonly string[]): string {
  const names = doors.map((d) => DOOR_NAMES[d] ?? d);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

const count = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The sentence over the lines: how many changes, through which doors, and how many lines. */
export function changesSummary({ lines, records, fromStart }: StepChanges): string {
  const since = fromStart ? 'since this step began' : 'since the oldest change the log keeps';
  // A tab takes the commits of the browser's other tabs as they are, without their log records.
  if (records.length === 0 && lines.length > 0)
    return `Changed ${since}, in another tab or window: ${count(lines.length, 'line')} of CLI.`;
  if (records.length === 0) {
    return fromStart
      ? 'Nothing yet: the device is as it was when this step began.'
      : 'Nothing since the oldest change the log keeps.';
  }
  const what = `${count(records.length, 'change')} ${since}, through ${doorsText(doorsOf(records))}`;
  if (lines.length === 0) return `${what}; together they change nothing.`;
  return `${what}: ${count(lines.length, 'line')} of CLI.`;
}

/** The first `max` lines, and how many more there are. */
export function shownLines(lines: readonly string[], max = SHOWN_LINES): { shown: string[]; more: number } {
  return { shown: lines.slice(0, max), more: Math.max(0, lines.length - max) };
}
