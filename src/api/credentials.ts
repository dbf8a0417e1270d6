/**
 * Who may use the REST door. **Decision**: the admin account lives in no CMDB table yet (there is no
 * `system admin` schema), so its name and password are these constants — the factory default of §1.
 * The API token stands in for a REST API administrator's key (`Authorization: Bearer …` or
 * `?access_token=…`); it is fixed and documented so scripts and tests can use it.
 */
export const ADMIN_USER = 'admin';
export const ADMIN_PASSWORD = '';
export const API_TOKEN = 'fgsim0000000000000000000000000';

/** FortiOS names the session cookie `APSCOOKIE_<n>`; any such cookie is looked at, this one is set. */
export const SESSION_COOKIE = 'APSCOOKIE_3045627311';
export const CSRF_COOKIE = 'ccsrftoken';
export const CSRF_HEADER = 'X-CSRFTOKEN';

export function isAdmin(username: string | null, password: string | null): boolean {
  return username === ADMIN_USER && (password ?? '') === ADMIN_PASSWORD;
}
