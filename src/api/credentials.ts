/**
 * Who may use the REST door. Administrators are device state: `config system admin` (name, password,
 * `trusthost1`..`trusthost10`), so `set password` changes the login; the factory `admin` has an empty
 * password. REST API users are `config system api-user` rows whose key `execute api-user
 * generate-key` makes. The fixed test token below stands in for an API user's key in the in-browser
 * device and in tests only (DeviceHost option `testToken`); a served device does not accept it.
 */
export const API_TOKEN = 'fgsim0000000000000000000000000';

/**
 * FortiOS names the session cookie `APSCOOKIE_<n>` and sets `ccsrftoken_<n>` with the same `<n>`
 * beside `ccsrftoken` (FortiOS REST API Reference, "Setting Up an Authenticated Session"). Any
 * `APSCOOKIE_…` cookie is looked at; this one is set.
 */
export const COOKIE_SUFFIX = '3045627311';
export const SESSION_COOKIE = `APSCOOKIE_${COOKIE_SUFFIX}`;
export const CSRF_COOKIE = 'ccsrftoken';
export const CSRF_HEADER = 'X-CSRFTOKEN';
/** Set by the served mode's HTTP server (never taken from the client) to the peer's address. */
export const PEER_HEADER = 'X-Fgsim-Peer';
