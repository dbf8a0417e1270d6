/**
 * Parsing and checking of single values against their schema type. Every door funnels through here,
 * so `300.1.1.1/24` is refused with the same words whether it came from a form, a `set` or a PUT.
 */
import { isSh2, sh2Hash } from './admin-password';
import { DeviceError, badValue } from './errors';
import { normaliseIpv6, normaliseIpv6Prefix } from './ipv6';
import type { FieldDef, NameRef, PemRule, Value } from './schema';
import { encryptSecret } from './secret-codec';

/** `0532be84-a6e0-51e8-35fa-93ef6072f3cf`, as 6.0 prints an object's UUID. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;

const octet = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

export function isIpv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => octet.test(p));
}

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
}

export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

export function prefixToMask(prefix: number): string {
  return intToIp(prefix === 0 ? 0 : 2 ** 32 - 2 ** (32 - prefix));
}

/** The prefix length of a contiguous mask, or -1 when the mask has holes. */
export function maskToPrefix(mask: string): number {
  const n = ipToInt(mask);
  for (let p = 0; p <= 32; p++) if (ipToInt(prefixToMask(p)) === n) return p;
  return -1;
}

/** `192.168.1.99/24` or `192.168.1.99 255.255.255.0` → `192.168.1.99 255.255.255.0`; null if invalid. */
export function normaliseIpMask(input: string): string | null {
  const s = input.trim();
  const slash = /^([\d.]+)\/(\d{1,2})$/.exec(s);
  if (slash) {
    const [, ip = '', len = ''] = slash;
    const prefix = Number(len);
    return isIpv4(ip) && prefix <= 32 ? `${ip} ${prefixToMask(prefix)}` : null;
  }
  const parts = s.split(/\s+/);
  if (parts.length === 1 && isIpv4(parts[0] ?? '')) return `${parts[0]} 255.255.255.255`;
  if (parts.length !== 2) return null;
  const [ip = '', mask = ''] = parts;
  return isIpv4(ip) && isIpv4(mask) && maskToPrefix(mask) >= 0 ? `${ip} ${mask}` : null;
}

/**
 * An address and a wildcard mask (`10.0.0.0 0.0.255.0`): both any four octets. **Decision**
 * (docs/fortios-6.0.md §4.6.1): the `/nn` and lone-address forms of a netmask are not taken, since a
 * wildcard mask is no prefix; the words are kept as given, one space between them.
 */
export function normaliseWildcardMask(input: string): string | null {
  const parts = input.trim().split(/\s+/);
  if (parts.length !== 2) return null;
  const [ip = '', mask = ''] = parts;
  return isIpv4(ip) && isIpv4(mask) ? `${ip} ${mask}` : null;
}

/**
 * **Decision**: a list value (`member`, `source-interface`, `users` …) holds at most this many names.
 * 6.0 documents no per-field limit for these lists (its CLI reference gives the item sizes only, e.g.
 * `firewall addrgrp` `member` names of size[64]); 1,000 is more than any 60E table can refer to and
 * keeps one PUT of a list bounded (issue 14: a 300,000-name `member` list took 214 s).
 */
export const MAX_LIST_ITEMS = 1000;

/**
 * A lone UTF-16 surrogate cannot be stored as UTF-8, the device's encoding, and such a name could not
 * be written in a URL to reach it again (issue 14, item 10): every door refuses it as a bad value.
 */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkText(f: FieldDef, text: string): void {
  if (loneSurrogate.test(text)) throw badValue(f.name, text, `invalid characters in ${f.name}`);
}

function asNameList(f: FieldDef, v: unknown): NameRef[] {
  const items: unknown[] = Array.isArray(v)
    ? v
    : typeof v === 'string'
      ? v.split(/\s+/).filter(Boolean)
      : [v];
  if (items.length > MAX_LIST_ITEMS)
    throw badValue(f.name, String(items.length), `too many entries in ${f.name} (max ${MAX_LIST_ITEMS})`);
  const out: NameRef[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const name =
      typeof item === 'string'
        ? item
        : item && typeof item === 'object' && 'name' in item
          ? (item as { name: unknown }).name
          : undefined;
    if (typeof name !== 'string' || name === '')
      throw badValue(f.name, String(JSON.stringify(item)), `invalid value for ${f.name}`);
    if (f.type.kind === 'name-list' && name.length > f.type.maxLength)
      throw badValue(f.name, name, `string is too long for ${f.name} (max ${f.type.maxLength})`);
    checkText(f, name);
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name });
  }
  return out;
}

/**
 * Checks one scalar or list value from outside (REST JSON or CLI words joined) and returns it in
 * the device's stored form. Sub-objects and sub-tables are handled by the caller, field by field.
 * References are only checked for shape here; whether the target exists is the transaction's job.
 */
/**
 * An admin's password as the device keeps it: `ENC SH2…` (a backup's line, a row read back) is the
 * hash itself; anything else is the password, hashed. **Decision** (docs/fortios-6.0.md §8): a bare
 * `SH2…` text is the stored form and is kept as the hash too, so the value the CLI and the doors hand
 * on is never hashed twice (a password that is itself such a text is taken for its hash).
 */
function coerceHashed(f: FieldDef, text: string | undefined, raw: unknown, maxLength: number): string {
  if (text === undefined) throw badValue(f.name, JSON.stringify(raw), `invalid string value for ${f.name}`);
  if (isSh2(text)) return text;
  if (text.startsWith('ENC ')) {
    const hash = text.slice(4).trim();
    if (!isSh2(hash)) throw badValue(f.name, text, `invalid encrypted value for ${f.name}`);
    return hash;
  }
  if (text.length > maxLength)
    throw badValue(f.name, text, `string is too long for ${f.name} (max ${maxLength})`);
  checkText(f, text);
  return text === '' ? '' : sh2Hash(text);
}

/**
 * The text after `ENC` of a secret the device keeps encrypted (`hash: 'ENC'`): base64, as a real unit
 * prints it (a 6.0.6 backup's `set password ENC /B1vbJ7cY…==`, some 200 characters). **Decision**
 * (docs/fortios-6.0.md §4.8.1): at most 1,024 characters, so one value stays bounded.
 */
const ENC_WORD = /^[A-Za-z0-9+/]{4,1024}={0,2}$/;

/**
 * A secret the device keeps as the words it prints, `ENC <text>` (a local certificate's `password`):
 * an `ENC …` value is kept as it is, whether fgsim's codec made it or another unit did (a real backup's
 * line restores, and prints back the same); any other text is the secret, encrypted. The stored form
 * is its own input, so it is taken back unchanged.
 */
function coerceEncrypted(f: FieldDef, text: string | undefined, raw: unknown, maxLength: number): string {
  if (text === undefined) throw badValue(f.name, JSON.stringify(raw), `invalid string value for ${f.name}`);
  if (text.startsWith('ENC ')) {
    const word = text.slice(4).trim();
    if (!ENC_WORD.test(word)) throw badValue(f.name, text, `invalid encrypted value for ${f.name}`);
    return `ENC ${word}`;
  }
  if (text.length > maxLength)
    throw badValue(f.name, text, `string is too long for ${f.name} (max ${maxLength})`);
  checkText(f, text);
  return text === '' ? '' : `ENC ${encryptSecret(text)}`;
}

/** A PEM block: its label, optional RFC 1421 headers (`Proc-Type: …`), base64 lines, the same label. */
const PEM_BLOCK =
  /^-----BEGIN ([A-Z0-9 ]{1,40})-----\r?\n((?:[A-Za-z][A-Za-z-]*: [^\r\n]*\r?\n)*)(?:\r?\n)?((?:[A-Za-z0-9+/=]{1,80}\r?\n)+)-----END \1-----\r?\n?$/;

/**
 * Whether `text` is one PEM block of a label `rule` allows, its body base64 that (without RFC 1421
 * headers) starts a DER sequence, as every certificate, key and request does. The key is not read
 * against the row's password (Decision, docs/fortios-6.0.md §4.8.1).
 */
export function isPem(rule: PemRule, text: string): boolean {
  const m = PEM_BLOCK.exec(text);
  if (!m) return false;
  const [, label = '', headers = '', body = ''] = m;
  if (!rule.labels.includes(label)) return false;
  const base64 = body.replace(/\r?\n/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || base64.length % 4 !== 0) return false;
  return headers !== '' || base64.startsWith('M');
}

/** `2018-08-31 06:19:37`, as a 6.0.1 unit prints `passwd-time` (`0000-00-00 00:00:00` is "never"). */
const DATETIME = /^\d{4}-(?:0\d|1[0-2])-[0-3]\d (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;
/** A time of day, `HH:MM` (a phase1's `monitor-hold-down-time`). */
const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * Checked multi-option words as the device stores them: in the option list's order, each once
 * (docs/fortios-6.0.md §3); a preference list (`typedOrder`, phase1 `proposal`) in the order given.
 */
export function multiOptionText(
  t: { options: readonly string[]; typedOrder?: true },
  words: readonly string[],
): string {
  if (t.typedOrder) return [...new Set(words)].join(' ');
  const on = new Set(words);
  return t.options.filter((o) => on.has(o)).join(' ');
}

export function coerceValue(f: FieldDef, raw: unknown): Value {
  const t = f.type;
  const text = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : undefined;
  switch (t.kind) {
    case 'option':
      // The default is taken back even where it is no option: 6.0 stores an address's `sdn` as ""
      // until one is chosen, and answers it so (a 6.0.0 unit's GET, docs/fortios-6.0.md §4.6.1).
      if (text === undefined || (!t.options.includes(text) && text !== f.default))
        throw badValue(f.name, text ?? JSON.stringify(raw), `invalid value for ${f.name}`);
      return text;
    case 'multi-option': {
      if (text === undefined) throw badValue(f.name, JSON.stringify(raw), `invalid value for ${f.name}`);
      const words = text.split(/\s+/).filter(Boolean);
      if (words.length > MAX_LIST_ITEMS)
        throw badValue(f.name, String(words.length), `too many entries in ${f.name} (max ${MAX_LIST_ITEMS})`);
      for (const w of words)
        if (!t.options.includes(w)) throw badValue(f.name, w, `invalid value for ${f.name}`);
      return multiOptionText(t, words);
    }
    case 'string':
    case 'name':
    case 'password':
      if (t.kind === 'password' && t.hash === 'SH2') return coerceHashed(f, text, raw, t.maxLength);
      if (t.kind === 'password' && t.hash === 'ENC') return coerceEncrypted(f, text, raw, t.maxLength);
      if (text === undefined)
        throw badValue(f.name, JSON.stringify(raw), `invalid string value for ${f.name}`);
      if (text.length > t.maxLength)
        throw badValue(f.name, text, `string is too long for ${f.name} (max ${t.maxLength})`);
      checkText(f, text);
      if (t.kind === 'string' && t.form === 'datetime' && text !== '' && !DATETIME.test(text))
        throw badValue(f.name, text, `invalid time for ${f.name} (YYYY-MM-DD HH:MM:SS)`);
      if (t.kind === 'string' && t.form === 'time' && !TIME_OF_DAY.test(text))
        throw badValue(f.name, text, `invalid time for ${f.name} (HH:MM)`);
      // A PEM value the device cannot read is refused in its own words, without the value (-145 for a
      // private key: "Invalid private key, password may be required", docs/fortios-6.0.md §4.8.1);
      // one it can is kept with LF line ends, however the file or the body ended its lines.
      if (t.kind === 'string' && t.pem && text !== '') {
        if (!isPem(t.pem, text)) throw new DeviceError(t.pem.code, t.pem.message, { field: f.name });
        return text.replace(/\r\n/g, '\n');
      }
      if (t.kind === 'name' && t.charset && !t.charset.allowed.test(text))
        throw badValue(f.name, text, t.charset.message);
      return text;
    case 'integer': {
      const n =
        typeof raw === 'number'
          ? raw
          : text !== undefined && /^-?\d+$/.test(text.trim())
            ? Number(text)
            : NaN;
      if (!Number.isInteger(n))
        throw badValue(
          f.name,
          text ?? JSON.stringify(raw),
          `invalid unsigned integer value: ${text ?? JSON.stringify(raw)}`,
        );
      if ((n < t.min || n > t.max) && !(t.zero && n === 0))
        throw badValue(f.name, String(n), `${f.name} out of range (${t.min}-${t.max}): ${n}`);
      return n;
    }
    case 'uuid': {
      const v = (text ?? '').trim().toLowerCase();
      if (!UUID.test(v))
        throw badValue(f.name, text ?? JSON.stringify(raw), `invalid uuid value for ${f.name}`);
      return v;
    }
    case 'mac': {
      const v = (text ?? '').trim().toLowerCase();
      if (!MAC.test(v)) throw badValue(f.name, text ?? JSON.stringify(raw), 'invalid MAC address');
      return v;
    }
    case 'ipv4':
      if (text === undefined || !isIpv4(text.trim()))
        throw badValue(f.name, text ?? JSON.stringify(raw), 'invalid IP address');
      return text.trim();
    case 'ipv4-mask': {
      const norm =
        text === undefined ? null : t.wildcard ? normaliseWildcardMask(text) : normaliseIpMask(text);
      if (norm === null) throw badValue(f.name, text ?? JSON.stringify(raw), 'invalid IP address');
      return norm;
    }
    case 'ipv6':
    case 'ipv6-prefix': {
      const norm =
        text === undefined ? null : t.kind === 'ipv6' ? normaliseIpv6(text) : normaliseIpv6Prefix(text);
      if (norm === null) throw badValue(f.name, text ?? JSON.stringify(raw), 'invalid IPv6 address');
      return norm;
    }
    case 'reference':
      if (text === undefined) throw badValue(f.name, JSON.stringify(raw), `invalid value for ${f.name}`);
      if (text === '' && !t.optional) throw badValue(f.name, text, `${f.name} cannot be empty`);
      checkText(f, text);
      return text;
    case 'reference-list':
    case 'name-list':
      return asNameList(f, raw);
    case 'sub-object':
    case 'sub-table':
      throw badValue(f.name, JSON.stringify(raw), `${f.name} is not a simple value`);
  }
}
