import { ApiError, refusalOf, type Refusal } from '../../client';

/**
 * The device's refusal as the form shows it: its message and error number, beside the field it names.
 * A duplicate (-5) names no field, but it is always the name that clashes.
 */
export function formErrorOf(e: unknown): Refusal {
  return refusalOf(e, e instanceof ApiError && e.error === -5 ? 'name' : undefined);
}
