/**
 * A field's value as CLI words, both ways: the words after `set <key>` (typed at the prompt or read
 * from a configuration file) become the value the device stores, and a stored value becomes the words
 * `show` prints. The device's `coerceValue` does the checking, so every door refuses the same values.
 */
import { isSh2 } from '../admin-password';
import { DeviceError } from '../errors';
import type { FieldDef, NameRef, Value } from '../schema';
import { coerceValue } from '../values';
import { quoted, type Token } from './lexer';
import { CliError, deviceErrorLines, incomplete, parseError, valueError } from './messages';
import { decryptSecret, encryptSecret } from '../secret-codec';
import { expectWord } from './words';

/** Fields that hold several words (`allowaccess`, `member`, `ip` with its mask). */
export const isListField = (f: FieldDef): boolean =>
  f.type.kind === 'multi-option' || f.type.kind === 'reference-list' || f.type.kind === 'name-list';

function only(words: readonly Token[], max = 1): void {
  if (words.length === 0) throw new CliError(incomplete());
  const extra = words[max];
  if (extra) throw new CliError(parseError(extra.text));
}

/** `set allowaccess ""` empties a list. */
const emptyList = (words: readonly Token[]): boolean =>
  words.length === 1 && (words[0] as Token).quoted && (words[0] as Token).text === '';

/** The value the words stand for, in the device's stored form. Throws a `CliError` the CLI prints. */
export function wordsToValue(f: FieldDef, words: readonly Token[]): Value {
  const t = f.type;
  const text = (i = 0): string => (words[i] as Token).text;
  let raw: unknown;
  switch (t.kind) {
    case 'option':
      only(words);
      raw = expectWord(text(), t.options);
      break;
    case 'multi-option':
      if (words.length === 0) throw new CliError(incomplete());
      raw = emptyList(words) ? '' : words.map((w) => expectWord(w.text, t.options)).join(' ');
      break;
    case 'password':
      if (words.length === 2 && text() === 'ENC' && t.hash === 'SH2' && isSh2(text(1))) {
        raw = `ENC ${text(1)}`;
        break;
      }
      // A secret kept as its `ENC` text (a local certificate's password) takes any unit's `ENC …`.
      if (words.length === 2 && text() === 'ENC' && t.hash === 'ENC') {
        raw = `ENC ${text(1)}`;
        break;
      }
      // An older fgsim wrote an admin's password with the reversible codec: it restores as the password.
      if (words.length === 2 && text() === 'ENC') {
        const secret = decryptSecret(text(1));
        if (secret === null) throw new CliError(valueError(text(1)));
        raw = secret;
        break;
      }
      only(words);
      raw = text();
      break;
    case 'string':
    case 'name':
      // A time is two words (`set passwd-time 2018-08-31 06:19:37`).
      if (t.kind === 'string' && t.form === 'datetime' && words.length === 2) {
        raw = `${text()} ${text(1)}`;
        break;
      }
      only(words);
      if (text().length > t.maxLength)
        throw new CliError(
          valueError(
            text(),
            `string value is too long. the size is ${text().length}, the limit is ${t.maxLength}`,
          ),
        );
      raw = text();
      break;
    case 'ipv4-mask':
      only(words, 2);
      raw = words.map((w) => w.text).join(' ');
      break;
    case 'integer':
    case 'ipv4':
    case 'ipv6':
    case 'ipv6-prefix':
    case 'uuid':
    case 'mac':
    case 'reference':
      only(words);
      raw = text();
      break;
    case 'reference-list':
    case 'name-list':
      if (words.length === 0) throw new CliError(incomplete());
      raw = emptyList(words) ? [] : words.map((w) => w.text);
      break;
    case 'sub-object':
    case 'sub-table':
      throw new CliError(parseError(f.name));
  }
  try {
    return coerceValue(f, raw);
  } catch (e) {
    // A refusal that names no value (a PEM the device cannot read) prints in its own words and number.
    if (e instanceof DeviceError)
      throw new CliError(e.value === undefined ? deviceErrorLines(e) : valueError(e.value, e.message));
    throw e;
  }
}

const isHashed = (f: FieldDef): boolean => f.type.kind === 'password' && f.type.hash === 'SH2';
/** A secret the device keeps as the words it prints, `ENC <text>` (a local certificate's password). */
const isKeptEncrypted = (f: FieldDef): boolean => f.type.kind === 'password' && f.type.hash === 'ENC';

/** A value in double quotes (the lexer's `quoted`, the one way a value is written). */
export { quoted };

const names = (v: Value): string[] => (v as NameRef[]).map((r) => r.name);

/**
 * The `set`/`unset` line `show` prints for a field (without indentation), or null when nothing is
 * printed (an empty secret). Empty lists print `unset`, empty text `set <key> ''`, as a 6.0 device does.
 */
export function setLine(f: FieldDef, v: Value): string | null {
  const t = f.type;
  switch (t.kind) {
    case 'option':
      // An option left at an empty default (an address's `sdn`, §4.6.1) is written as the device
      // writes an empty keyword list: `unset`.
      if (v === '') return `unset ${f.name}`;
      return f.quoted ? `set ${f.name} ${quoted(String(v))}` : `set ${f.name} ${String(v)}`;
    case 'integer':
    case 'ipv4':
    case 'ipv6':
    case 'ipv6-prefix':
    case 'uuid':
    case 'mac':
    case 'ipv4-mask':
      return `set ${f.name} ${String(v)}`;
    case 'multi-option':
      if (v === '') return JSON.stringify(f.default) === '""' ? `unset ${f.name}` : `set ${f.name} ""`;
      return `set ${f.name} ${String(v)}`;
    case 'string':
      if ((t.form === 'datetime' || t.form === 'time') && v !== '') return `set ${f.name} ${String(v)}`;
      return v === '' ? `set ${f.name} ''` : `set ${f.name} ${quoted(String(v))}`;
    case 'name':
    case 'reference':
      return v === '' ? `set ${f.name} ''` : `set ${f.name} ${quoted(String(v))}`;
    case 'password':
      if (v === '') return null;
      if (isKeptEncrypted(f)) return `set ${f.name} ${String(v)}`;
      return `set ${f.name} ENC ${isHashed(f) ? String(v) : encryptSecret(String(v))}`;
    case 'reference-list':
    case 'name-list': {
      const list = names(v);
      if (list.length > 0) return `set ${f.name} ${list.map(quoted).join(' ')}`;
      return (f.default as NameRef[]).length === 0 ? `unset ${f.name}` : `set ${f.name} ""`;
    }
    case 'sub-object':
    case 'sub-table':
      return null;
  }
}

/**
 * The value as `get` shows it after `key : `: option words keep FortiOS's trailing blank
 * (`status              : up `), other values have none (`ip                  : 0.0.0.0 0.0.0.0`);
 * an option word that names something (`vdom`, `quoted`) prints as the name it is, without the blank
 * (docs/fortios-6.0.md §3, "`get`").
 */
export function getText(f: FieldDef, v: Value): string {
  switch (f.type.kind) {
    case 'option':
      if (f.quoted) return String(v);
      return v === '' ? '' : `${String(v)} `;
    case 'multi-option':
      return v === '' ? '' : `${String(v)} `;
    case 'password':
      return v === '' ? '' : '*';
    case 'reference-list':
    case 'name-list':
      return names(v).map(quoted).join(' ');
    case 'sub-object':
    case 'sub-table':
      return '';
    default:
      return String(v);
  }
}
