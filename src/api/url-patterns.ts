/**
 * URL patterns for the handlers, as anchored regular expressions without capture groups. MSW's
 * string patterns with a `*` wildcard percent-decode what the wildcard captures and throw on a
 * malformed escape (`/api/v2/cmdb/%E0%A4%A/x`) before any handler runs; a pattern with nothing to
 * capture leaves decoding to the handler, which answers such a request with an envelope.
 */
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const ORIGIN = '^[a-z][a-z0-9+.-]*://[^/]+';

/** Exactly this path, on any origin. */
export const exactly = (path: string): RegExp => new RegExp(`${ORIGIN}${escape(path)}/?$`, 'i');

/** This path and everything under it, on any origin. */
export const under = (prefix: string): RegExp => new RegExp(`${ORIGIN}${escape(prefix)}`, 'i');
