import { ApiError } from '../../client';

/** The device's refusal as the GUI shows it: its explanation and error number. */
export const refusal = (e: unknown): string =>
  e instanceof ApiError && e.error !== undefined
    ? `${e.message} (error ${e.error})`
    : e instanceof Error
      ? e.message
      : String(e);
