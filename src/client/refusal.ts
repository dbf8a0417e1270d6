/**
 * How the GUI words a refused request, in one place. The answer may carry fgsim's explanation and the
 * field it is about (`message`, `field`), or — as a real 6.0 device sends it — only the HTTP status
 * and the error number; the text is composed from whatever there is, so both wire shapes read alike.
 */
/** A refused request: HTTP status, the device's error number (e.g. -651) and its explanation. */
export class ApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly error: number | undefined,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A refusal as a form shows it: the text, and the field to show it beside when one is known. */
export interface Refusal {
  field?: string;
  message: string;
}

/** What each FortiOS error number means (reference §11: -651, -5, -3, -23; -61 from the CLI). */
const MEANINGS: Readonly<Record<number, string>> = {
  [-1]: 'The device could not carry out the request',
  [-3]: 'The entry does not exist',
  [-5]: 'A duplicate entry already exists',
  [-23]: 'The entry is used by other settings and cannot be deleted',
  [-61]: 'The table or object does not exist',
  [-651]: 'Invalid value',
};

/** The explanation of a refusal that came without one, from its error number and HTTP status. */
export function explain(status: number, error: number | undefined, field: string | undefined): string {
  if (error !== undefined) {
    const meaning = MEANINGS[error] ?? 'The device refused the change';
    return field ? `${meaning}: ${field}` : meaning;
  }
  if (status === 401) return 'Not logged in.';
  if (status === 403) return 'Permission denied.';
  if (status === 404) return 'Entry not found.';
  if (status === 405) return 'Method not allowed.';
  return `Request failed (HTTP ${status}).`;
}

/**
 * The refusal's text as every screen shows it: the explanation, then the device's error number —
 * unless the explanation already ends with it, as the CLI's `Command fail. Return code -651` does.
 */
export function refusalText(e: unknown): string {
  if (e instanceof ApiError)
    return e.error === undefined || /Return code -?\d+$/.test(e.message)
      ? e.message
      : `${e.message} (error ${e.error})`;
  return e instanceof Error ? e.message : String(e);
}

/** The refusal's text and the field it is about (`field` when the answer names none). */
export function refusalOf(e: unknown, field?: string): Refusal {
  const about = (e instanceof ApiError ? e.field : undefined) ?? field;
  return about ? { field: about, message: refusalText(e) } : { message: refusalText(e) };
}
