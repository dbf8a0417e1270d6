/**
 * Configuration › Restore: reads a configuration file (what `show full-configuration` or `show`
 * prints) and makes every table it contains exactly what the file says — rows the file does not list
 * are removed, values it does not set are defaults — as ONE transaction. Tables the file does not
 * mention are left alone. A file with any line the CLI would refuse changes nothing.
 *
 * Registered FortiClients: their rows are configuration and are restored, but what the FortiClient
 * Monitor knows of each endpoint (host, user, OS, compliance, online) is not in the file. An endpoint
 * that is still known keeps those facts; one that is not (after a factory reset) comes back with a
 * row only and shows as offline and unknown until it registers again.
 *
 * Why this parses the file itself rather than typing it into a CliContext (context.ts): the console
 * applies each `config … end` block as it is typed, one table merged into the device at a time, and a
 * refused line leaves the blocks before it applied. A restore is the other way round: the whole file is
 * read first, each table it names is *replaced* (rows it does not list go), and only then is anything
 * changed, in one transaction. What a line means is shared with the console — the same lexer
 * (`statements`), the same value parsing (`wordsToValue`) and the same refusal wording (messages.ts) —
 * only how the result is applied differs.
 */
import type { ChangeOrigin, Device, Tx } from '../config';
import { DeviceError } from '../errors';
import { applyPatch, defaultRow, sameValue } from '../rows';
import { isUnitRow, tableSchema, tables, type FieldDef, type Row, type TableSchema } from '../schema';
import type { TableData } from '../state';
import type { EndpointInfo } from '../state';
import { wordsToValue } from './field-values';
import { statements, type Token } from './lexer';
import { CliError, parseError } from './messages';

export interface ParsedConfig {
  /** `FGT60E` from `#config-version=FGT60E-…`, when the file has the header. */
  model: string | undefined;
  /** Each table the file configures, in file order, as the device would store it. */
  tables: Map<string, TableData>;
}

/**
 * A table's rows as the file gives them. A top-level table's rows hold only the keys the file sets
 * (`sparse`): the device makes the rest at their defaults when it creates the row, and `holdsRow`
 * reads a missing key as its default — `large`'s 5,441 interface rows of ~200 keys each are not made
 * whole twice. A sub-table's rows are whole, as the row they sit in keeps them.
 */
type Block =
  | {
      kind: 'table';
      fields: readonly FieldDef[];
      mkey: string;
      rows: Row[];
      byKey: Map<string, Row>;
      sparse: boolean;
    }
  | { kind: 'object'; fields: readonly FieldDef[]; row: Row; inTable: boolean };

function fail(line: number, lines: readonly string[]): never {
  throw new DeviceError(-651, `line ${line}: ${lines.join(' ')}`, { field: 'config', value: String(line) });
}

function fieldNamed(fields: readonly FieldDef[], word: Token | undefined): FieldDef {
  const f = word && fields.find((x) => x.name === word.text);
  if (!f) throw new CliError(parseError(word?.text ?? ''));
  return f;
}

function openRow(block: Extract<Block, { kind: 'table' }>, keyWord: Token | undefined): Row {
  const mkeyField = block.fields.find((f) => f.name === block.mkey);
  if (!keyWord || !mkeyField) throw new CliError(parseError('edit'));
  const key = wordsToValue(mkeyField, [keyWord]);
  const existing = block.byKey.get(String(key));
  if (existing) return existing;
  const row: Row = block.sparse ? {} : defaultRow(block.fields);
  row[block.mkey] = key;
  block.rows.push(row);
  block.byKey.set(String(key), row);
  return row;
}

/** One `config` line inside an object: a sub-object or a sub-table of the row. */
function openNested(block: Extract<Block, { kind: 'object' }>, word: Token | undefined): Block {
  const f = fieldNamed(block.fields, word);
  if (f.type.kind === 'sub-object') {
    const row = (block.row[f.name] as Row | undefined) ?? defaultRow(f.type.fields);
    block.row[f.name] = row;
    return { kind: 'object', fields: f.type.fields, row, inTable: false };
  }
  if (f.type.kind === 'sub-table') {
    const rows: Row[] = [];
    block.row[f.name] = rows;
    return { kind: 'table', fields: f.type.fields, mkey: f.type.mkey, rows, byKey: new Map(), sparse: false };
  }
  throw new CliError(parseError(f.name));
}

/** Reads a configuration file without touching the device. Throws -651 naming the first bad line. */
export function parseConfigText(text: string): ParsedConfig {
  const parsed: ParsedConfig = { model: undefined, tables: new Map() };
  const stack: Block[] = [];
  const all = statements(text);
  let lastLine = 1;
  for (const { line: n, comment, lexed } of all) {
    lastLine = n;
    if (comment !== undefined) {
      const header = /^#config-version=([A-Za-z0-9]+)-/.exec(comment);
      if (header) parsed.model = header[1];
      continue;
    }
    const [verb, ...args] = lexed.words;
    if (!verb) continue;
    try {
      const top = stack[stack.length - 1];
      if (!top) {
        if (verb.text !== 'config') throw new CliError(parseError(verb.text));
        const schema = tableSchema(args.map((w) => w.text).join(' '));
        if (!schema) throw new CliError(parseError(args[0]?.text ?? 'config'));
        stack.push(topBlock(parsed, schema));
        continue;
      }
      if (top.kind === 'table') {
        if (verb.text === 'edit') {
          stack.push({ kind: 'object', fields: top.fields, row: openRow(top, args[0]), inTable: true });
        } else if (verb.text === 'end') stack.pop();
        else throw new CliError(parseError(verb.text));
        continue;
      }
      switch (verb.text) {
        case 'set': {
          const f = fieldNamed(top.fields, args[0]);
          top.row[f.name] = wordsToValue(f, args.slice(1));
          continue;
        }
        case 'unset': {
          const f = fieldNamed(top.fields, args[0]);
          const fallback = defaultRow([f])[f.name];
          if (fallback !== undefined) top.row[f.name] = fallback;
          continue;
        }
        case 'config':
          stack.push(openNested(top, args[0]));
          continue;
        case 'next':
          if (!top.inTable) throw new CliError(parseError('next'));
          stack.pop();
          continue;
        case 'end':
          stack.pop();
          if (top.inTable) stack.pop();
          continue;
        default:
          throw new CliError(parseError(verb.text));
      }
    } catch (e) {
      if (e instanceof CliError) fail(n, e.lines);
      throw e;
    }
  }
  if (stack.length > 0 || all.at(-1)?.lexed.openQuote) fail(lastLine, ['incomplete command in the end']);
  return parsed;
}

function topBlock(parsed: ParsedConfig, schema: TableSchema): Block {
  const known = parsed.tables.get(schema.path);
  if (schema.kind === 'single') {
    const row = (known as Row | undefined) ?? defaultRow(schema.fields);
    parsed.tables.set(schema.path, row);
    return { kind: 'object', fields: schema.fields, row, inTable: false };
  }
  const rows = (known as Row[] | undefined) ?? [];
  parsed.tables.set(schema.path, rows);
  const mkey = schema.mkey ?? 'name';
  return {
    kind: 'table',
    fields: schema.fields,
    mkey,
    rows,
    byKey: new Map(rows.map((r) => [String(r[mkey]), r])),
    sparse: true,
  };
}

const REGISTERED = 'endpoint-control registered-forticlient';

/** The row `tx.create` (or a restore's update of a single object) would store for `row`, before any rule. */
function storedForm(fields: readonly FieldDef[], row: Row): Row {
  const stored = defaultRow(fields);
  applyPatch(fields, stored, row, 'create');
  return stored;
}

/** Whether every value of `row` (a stored row or sub-object) is its field's default. */
function atDefaults(fields: readonly FieldDef[], row: Row): boolean {
  return fields.every((f) => {
    const v = row[f.name];
    if (f.type.kind === 'sub-object')
      return typeof v === 'object' && !Array.isArray(v) && atDefaults(f.type.fields, v as Row);
    return v === f.default || sameValue(v, f.default);
  });
}

/**
 * Whether `current` is the row the file gives: the keys the file sets as the parser read them (each
 * value through the device's check, so in stored form), every other key at its default. A row the
 * device would complete (an SNMP index, a sub-table row numbered for it) does not match, and its table
 * is replaced.
 */
function holdsRow(fields: readonly FieldDef[], given: Row, current: Row | undefined): boolean {
  if (!current) return false;
  return fields.every((f) => {
    const have = current[f.name];
    // A value the device assigns itself (`user local`'s `id`) and a file leaves out, or gives as
    // the default, is the device's own: it holds.
    if (f.autoAssigned && (!Object.hasOwn(given, f.name) || sameValue(given[f.name], f.default))) return true;
    if (Object.hasOwn(given, f.name)) return sameValue(given[f.name], have);
    if (f.type.kind === 'sub-object')
      return typeof have === 'object' && !Array.isArray(have) && atDefaults(f.type.fields, have as Row);
    return have === f.default || sameValue(f.default, have);
  });
}

/**
 * Whether the table already holds exactly what the file gives it (its rows in the file's order, as
 * the device stores them): then replacing it would change nothing, and is skipped — restoring
 * `large`'s own backup is thousands of unchanged rows. A row whose stored form the device completes
 * itself (a rule's snmp-index or UUID) does not match, and its table is replaced as before.
 */
function holdsAlready(tx: Tx, schema: TableSchema, data: TableData): boolean {
  if (!Array.isArray(data)) return sameValue(storedForm(schema.fields, data), tx.single(schema.path));
  const current = tx.rows(schema.path).filter((r) => !isUnitRow(schema, r));
  return current.length === data.length && data.every((row, i) => holdsRow(schema.fields, row, current[i]));
}

/**
 * The rows a restore leaves in a table: the file's, but the unit's own hardware rows (`unitRows`) stay
 * as the unit has them and where it had them, whatever the file says of them: they are not
 * transferable from one unit to another (docs/fortios-6.0.md §4.8.1).
 */
function withUnitRows(schema: TableSchema, current: readonly Row[], given: readonly Row[]): Row[] {
  if (!schema.unitRows) return [...given];
  const out = given.filter((r) => !isUnitRow(schema, r));
  current.forEach((row, i) => {
    if (isUnitRow(schema, row)) out.splice(Math.min(i, out.length), 0, row);
  });
  return out;
}

/**
 * Puts the parsed tables in place inside `tx`. Tables are replaced last-to-first in `tables` order:
 * a phase1 row makes its tunnel interface, so the interface table, restored after it, has the last
 * word on how that interface is set.
 */
export function applyConfig(tx: Tx, parsed: ParsedConfig): void {
  const facts = new Map<string, EndpointInfo>();
  for (const uid of tx.endpointUids()) {
    const info = tx.endpoint(uid);
    if (info) facts.set(uid, info);
  }
  for (const schema of [...tables].reverse()) {
    const data = parsed.tables.get(schema.path);
    if (data === undefined || holdsAlready(tx, schema, data)) continue;
    if (!Array.isArray(data)) {
      tx.update(schema.path, null, data, { internal: true });
      continue;
    }
    const mkey = schema.mkey ?? 'name';
    const current = tx.rows(schema.path);
    for (const row of [...current].reverse()) tx.remove(schema.path, String(row[mkey]), { internal: true });
    for (const row of withUnitRows(schema, current, data)) tx.create(schema.path, row, { internal: true });
  }
  // Replacing the registrations dropped what the monitor knew of each (its afterDelete rule).
  for (const row of tx.rows(REGISTERED)) {
    const uid = String(row.uid);
    const info = facts.get(uid);
    if (info && tx.endpoint(uid) !== info) tx.setEndpoint(uid, info);
  }
}

/**
 * Whether a restore reboots the unit: `config system global` `reboot-upon-config-restore` ("Enable/disable
 * reboot of system upon restoring configuration.", `enable` by default), as the device has it when the
 * restore is asked for (docs/fortios-6.0.md §3.2).
 */
export function restoreReboots(device: Device): boolean {
  return device.single('system global')['reboot-upon-config-restore'] !== 'disable';
}

/**
 * Puts `parsed` in place as ONE transaction and, as a 6.0 unit does after every configuration restore
 * (a file uploaded, `execute restore config`, a revision put back), reboots it — unless
 * `reboot-upon-config-restore` is off. Answers whether the device rebooted. Every restore door comes
 * here, so a restore's reboot is the one `Tx.reboot` makes (the boot epoch moves, login sessions end).
 */
export function restoreParsed(device: Device, parsed: ParsedConfig, origin?: ChangeOrigin): boolean {
  const reboots = restoreReboots(device);
  device.transact((tx) => {
    applyConfig(tx, parsed);
    if (reboots) tx.reboot();
  }, origin);
  return reboots;
}

/**
 * Restores a configuration file onto the device as one transaction, and the device reboots
 * (`restoreParsed`); returns the tables it replaced. A file that is refused changes nothing and
 * does not reboot.
 */
export function restoreConfig(device: Device, text: string, origin?: ChangeOrigin): string[] {
  const parsed = parseConfigText(text);
  const model = device.state.identity.model;
  if (parsed.model !== undefined && parsed.model !== model)
    throw new DeviceError(-651, `The configuration file is for a ${parsed.model}, not a ${model}.`, {
      field: 'config',
      value: parsed.model,
    });
  restoreParsed(device, parsed, origin);
  return [...parsed.tables.keys()];
}
