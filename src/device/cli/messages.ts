/**
 * What the CLI prints when it refuses a line — the exact words and return codes of a 6.0 device
 * (reference §10). Everything the interpreter refuses goes through here, so the wording lives in one
 * place.
 */
import { DeviceError } from '../errors';

/** Thrown by a verb to stop with these lines as its output. */
export class CliError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
    this.name = 'CliError';
  }
}

export const returnCode = (code: number): string => `Command fail. Return code ${code}`;

/** An unknown word (or a keyword that does not fit here). */
export const parseError = (word: string): string[] => [
  `command parse error before '${word}'`,
  returnCode(-61),
];

/** A keyword prefix that fits more than one keyword (`e` at the top: `execute` or `exit`). */
export const ambiguous = (word: string): string[] => [`ambiguous command before '${word}'`, returnCode(-61)];

/** A value the field's type refuses; `why` is the line FortiOS prints first (`invalid IP address`). */
export const valueError = (value: string, why?: string): string[] => [
  ...(why ? [why] : []),
  `value parse error before '${value}'`,
  returnCode(-651),
];

/** A reference to an object that does not exist. */
export const missingEntry = (value: string): string[] => [
  'entry not found in datasource',
  `value parse error before '${value}'`,
  returnCode(-3),
];

/** A verb the current level does not know. */
export const unknownAction = (): string[] => ['Unknown action 0'];

/** A command that stops before its last word (`set opmode`, `config system`). */
export const incomplete = (): string[] => ['incomplete command in the end', returnCode(-160)];

/** `get`/`show` of a path that names no table. */
export const incompletePath = (): string[] => [returnCode(-160)];

/** Deleting an entry other objects still use. */
export const inUseBy = (count: number): string[] => [
  `The entry is used by other ${count} entries`,
  returnCode(-23),
];

/**
 * A value the device's own check refuses when the entry is saved (`end`), as a 7.0.3 unit refuses
 * `set opmode transparent` (a VM's transcript, docs/fortios-6.0.md §4.4): no `value parse error`
 * line, the check's two. The reason line a unit prints first for some checks is left out where no
 * real output gives its words (Decision, §4.4).
 */
export const checkFailed = (field: string, value: string): string[] => [
  `node_check_object fail! for ${field} ${value}`,
  `Attribute '${field}' value '${value}' checking fail -7610`,
  returnCode(-7610),
];

/** The words a device refusal prints, whichever door the device's error came through. */
export function deviceErrorLines(e: DeviceError, refCount?: number): string[] {
  switch (e.code) {
    case -3:
      return missingEntry(e.value ?? '');
    case -23:
      return refCount !== undefined ? inUseBy(refCount) : [e.message, returnCode(-23)];
    case -651:
      return e.value !== undefined ? valueError(e.value, e.message) : [e.message, returnCode(-651)];
    case 'not-found':
      return ['entry not found', returnCode(-3)];
    case -160:
      return incomplete();
    case -7610:
      return checkFailed(e.field ?? '', e.value ?? '');
    default:
      return [e.message, returnCode(e.code)];
  }
}

/**
 * The one argument guard of the verbs: a verb that takes exactly `count` words stops at too few with
 * `incomplete` and at the first word too many with a parse error at that word (`count` 0: no words).
 */
export function takeWords(args: readonly { text: string }[], count: number): void {
  if (args.length < count) throw new CliError(incomplete());
  const extra = args[count];
  if (extra) throw new CliError(parseError(extra.text));
}

/**
 * The one conversion of a refusal into what the CLI prints: a CliError as it is, the device's
 * DeviceError in deviceErrorLines' words (`refCount`, when known, words a -23 with the number of
 * users). Anything else is not a refusal (a bug): undefined. A verb's onDevice and the session's
 * catch-all both convert through here, so a DeviceError prints alike whether a verb reported it or
 * it escaped the verb.
 */
export function refusalOf(e: unknown, refCount?: number): CliError | undefined {
  if (e instanceof CliError) return e;
  if (e instanceof DeviceError) return new CliError(deviceErrorLines(e, refCount));
  return undefined;
}

/** Runs a change on the device; the device's refusal stops the verb with the lines it prints (refusalOf). */
export function onDevice<T>(change: () => T, refCount?: number): T {
  try {
    return change();
  } catch (e) {
    throw refusalOf(e, refCount) ?? e;
  }
}
