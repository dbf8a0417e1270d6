/**
 * The configuration file: what `show` / `show full-configuration` print at the top level and what
 * Configuration › Backup downloads — four `#` header lines, then every table in `tables` order.
 * The backup is the `show` form (non-default lines), as a real 6.0 backup is.
 */
import type { Device } from '../config';
import { fnv1aStep } from '../rng';
import { tables } from '../schema';
import { tableInto, type ShowOptions } from './show';

/** The date part of 6.0.4 build 0231 (`v6.0.4,build0231,190107 (GA)`). */
export const BUILD_DATE = '190107';

/** `1` when the VDOM runs in Transparent mode, as the `opmode=` of the header says. */
export const opmodeNumber = (device: Device): number =>
  device.single('system settings').opmode === 'transparent' ? 1 : 0;

/**
 * A decimal number that changes whenever the configuration does, like the device's file version. It
 * is made from the configuration text itself, so restoring a backup gives back the same number.
 */
export function confFileVersion(body: readonly string[]): string {
  return BigInt(`0x${fnv1aLines('a:', body)}${fnv1aLines('b:', body).slice(0, 4)}`).toString();
}

/** `fnv1a(prefix + lines.join('\n'))`, without building that text (3 MB on `large`). */
function fnv1aLines(prefix: string, lines: readonly string[]): string {
  let h = fnv1aStep(0x811c9dc5, prefix);
  lines.forEach((line, i) => {
    if (i > 0) h = Math.imul(h ^ 10, 0x01000193) >>> 0;
    h = fnv1aStep(h, line);
  });
  return h.toString(16).padStart(8, '0');
}

/**
 * The four header lines. The file version is made from `shown`, the configuration's `show` form: it
 * is the configuration's number, the same whether `show` or `show full-configuration` prints it.
 */
export function configHeader(device: Device, shown: readonly string[]): string[] {
  const { identity } = device.state;
  const build = String(identity.build).padStart(4, '0');
  return [
    `#config-version=${identity.configVersion}-${BUILD_DATE}:opmode=${opmodeNumber(device)}:vdom=0:user=admin`,
    `#conf_file_ver=${confFileVersion(shown)}`,
    `#buildno=${build}`,
    '#global_vdom=1',
  ];
}

function bodyInto(out: string[], device: Device, opts: ShowOptions, shown?: string[]): string[] {
  for (const schema of tables) tableInto(out, schema, device.read(schema.path), opts, shown);
  return out;
}

const HEADER_LINES = 4;

/**
 * The header and every table: the top-level `show` (or `show full-configuration`). The full
 * configuration collects the `show` lines the file version is made from as it prints (1.3 M lines
 * on `large`: printing it all twice was most of the time).
 */
export function configurationLines(device: Device, opts: ShowOptions): string[] {
  if (!opts.full) {
    const shown = bodyInto([], device, opts);
    const out = configHeader(device, shown);
    for (const line of shown) out.push(line);
    return out;
  }
  const shown: string[] = [];
  const out = bodyInto(new Array<string>(HEADER_LINES).fill(''), device, opts, shown);
  configHeader(device, shown).forEach((line, i) => (out[i] = line));
  return out;
}

/**
 * The backup file: the header and then what `show` prints — non-default lines only, every table as its
 * `config … end` block even when empty (docs/fortios-6.0.md §3) — one line per line, ending in a newline.
 * Restore makes every table the file names exactly what it says, so the defaults it leaves out come back.
 */
export function backupConfig(device: Device): string {
  return `${configurationLines(device, { full: false }).join('\n')}\n`;
}
