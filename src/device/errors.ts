/**
 * Failures the device reports, carrying the FortiOS error number (reference §10, §11) so each door can
 * say it its own way: REST as `error: -651` with HTTP 500, the CLI as `Command fail. Return code -651`.
 */
export type ErrorCode =
  /** entry not found (REST 404; there is no number in the envelope). */
  | 'not-found'
  /** bad value or unknown field */
  | -651
  /** a private key the device cannot read (docs/fortios-6.0.md §4.8.1) */
  | -145
  /** duplicate entry */
  | -5
  /** reference to an object that does not exist */
  | -3
  /** object in use, cannot be deleted */
  | -23
  /** maximum number of entries has been reached (a full revision list) */
  | -4
  /** unknown word (CLI) */
  | -61
  /** incomplete path (CLI get/show) */
  | -160
  /** an attribute's value fails the device's own check at commit (an opmode change it refuses) */
  | -7610;

export class DeviceError extends Error {
  readonly code: ErrorCode;
  /** The key the error is about, so a form can show it beside the field. */
  readonly field: string | undefined;
  /** The value that failed to parse, for the CLI's `value parse error before '<value>'`. */
  readonly value: string | undefined;

  constructor(code: ErrorCode, message: string, opts: { field?: string; value?: string } = {}) {
    super(message);
    this.name = 'DeviceError';
    this.code = code;
    this.field = opts.field;
    this.value = opts.value;
  }
}

export const notFound = (what: string): DeviceError => new DeviceError('not-found', `${what} not found`);
export const badValue = (field: string, value: string, message: string): DeviceError =>
  new DeviceError(-651, message, { field, value });
export const duplicate = (name: string): DeviceError =>
  new DeviceError(-5, `A duplicate entry already exists: ${name}`);
export const missingReference = (field: string, value: string): DeviceError =>
  new DeviceError(-3, 'entry not found in datasource', { field, value });
export const inUse = (what: string): DeviceError =>
  new DeviceError(-23, `${what} is in use and cannot be deleted`);
