/**
 * Admin passwords as 6.0 keeps them: a one-way hash printed `set password ENC SH2<base64>`, where the
 * base64 is a 12-byte salt followed by SHA-256(salt ‖ password ‖ Fortinet's 24-byte constant)
 * (docs/fortios-6.0.md §8; the format and the constant are those of John the Ripper's
 * `fortigate256_fmt_plug.c`, which cracks 6.0 backups' `SH2` lines). A real 6.0 backup's admin line
 * therefore restores into fgsim and its password logs in.
 *
 * **Decision**: a real unit draws the salt at random; the device is deterministic, so fgsim's salt is
 * the first 12 bytes of SHA-256 of a fixed label and the password: setting the same password again
 * prints the same line (and two admins with one password share it).
 */
import { sha256 } from './sha256';

const MAGIC = new Uint8Array([
  0xa3, 0x88, 0xba, 0x2e, 0x42, 0x4c, 0xb0, 0x4a, 0x53, 0x79, 0x30, 0xc1, 0x31, 0x07, 0xcc, 0x3f, 0xa1, 0x32,
  0x90, 0x29, 0xa9, 0x81, 0x5b, 0x70,
]);
const SALT_BYTES = 12;
const SH2 = /^SH2[A-Za-z0-9+/]{59}=$/;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Whether `text` is a 6.0 `SH2…` hash (what follows `ENC` on an admin's password line). */
export const isSh2 = (text: string): boolean => SH2.test(text);

/** The `SH2…` text of `password` with `salt` (12 bytes). */
export function sh2With(salt: Uint8Array, password: string): string {
  return `SH2${toBase64(concat(salt, sha256(concat(salt, utf8(password), MAGIC))))}`;
}

/** The `SH2…` text fgsim stores for `password`, salted deterministically (the Decision above). */
export function sh2Hash(password: string): string {
  const salt = sha256(utf8(`fgsim-sh2-salt\u0000${password}`)).slice(0, SALT_BYTES);
  return sh2With(salt, password);
}

/** Whether `password` is the one `stored` (`''` or an `SH2…` hash) was made from. */
export function verifyAdminPassword(stored: string, password: string): boolean {
  if (stored === '') return password === '';
  if (!isSh2(stored)) return false;
  const bytes = fromBase64(stored.slice(3));
  const expected = sh2With(bytes.slice(0, SALT_BYTES), password);
  let diff = expected.length ^ stored.length;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ stored.charCodeAt(i);
  return diff === 0;
}

/**
 * A stored device from before fgsim hashed admin passwords (and API users' keys) kept them in the
 * clear: on load each value of `hashed` (table and key: the schema's fields with `hash: 'SH2'`,
 * src/device/storage-format.ts) becomes its hash, what the device would have stored, so the admin
 * still logs in with it and the key still opens the REST API.
 */
export function hashClearSecrets<S extends { config: Record<string, unknown> }>(
  state: S,
  hashed: ReadonlyArray<readonly [path: string, key: string]>,
): S {
  let config = state.config;
  for (const [path, key] of hashed) {
    const rows = config[path];
    if (!Array.isArray(rows)) continue;
    let changed = false;
    const rowsHashed = (rows as Array<Record<string, unknown>>).map((row) => {
      const v = row[key];
      if (typeof v !== 'string' || v === '' || isSh2(v)) return row;
      changed = true;
      return { ...row, [key]: sh2Hash(v) };
    });
    if (changed) config = { ...config, [path]: rowsHashed };
  }
  return config === state.config ? state : { ...state, config };
}
