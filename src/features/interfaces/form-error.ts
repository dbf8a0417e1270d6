import { ApiError } from '../../client';
import type { FormError } from './InterfaceForm';

/**
 * The device's refusal as the form shows it: its message and error number, beside the field it names.
 * A duplicate (-5) names no field, but it is always the name that clashes.
 */
export function formErrorOf(e: unknown): FormError {
  if (!(e instanceof ApiError)) return { message: (e as Error).message };
  const message = e.error === undefined ? e.message : `${e.message} (error ${e.error})`;
  const field = e.field ?? (e.error === -5 ? 'name' : undefined);
  return field ? { field, message } : { message };
}
