/**
 * Where a CLI session is: the stack of `config`/`edit` levels that makes the prompt, and the entry
 * being edited. Changes made with `set` collect in a draft — a working copy of one top-level row or
 * single object, with its nested objects and tables — and reach the device as ONE transaction on
 * `next`/`end`; `abort` throws the draft (or the nested part of it) away.
 */
import type { ChangeOrigin, Device } from '../config';
import { defaultRow } from '../rows';
import type { FieldDef, Row, TableSchema, Value } from '../schema';
import { wordsToValue } from './field-values';
import type { Token } from './lexer';
import { CliError, incomplete, parseError } from './messages';

/** A nested object or table inside the draft, and its value when it was entered (for `abort`). */
export interface Nested {
  parent: Row;
  field: FieldDef;
  snapshot: Value;
}

/** `config <table>` (a device table) or `config <sub-table>` (inside the draft). */
export interface TableFrame {
  kind: 'table';
  label: string;
  fields: readonly FieldDef[];
  mkey: string;
  schema?: TableSchema;
  nested?: Nested;
}

/** An entry (`edit`), a single object (`config system settings`) or a nested object. */
export interface ObjectFrame {
  kind: 'object';
  label: string;
  fields: readonly FieldDef[];
  target: Row;
  /** `edit` opens a row (left with `next`); `config` opens a single or nested object. */
  opened: 'edit' | 'config';
  /** The row's key field, which `set` may not change. */
  mkey?: string;
  /** Set for the device's own rows and single objects (the draft's root). */
  schema?: TableSchema;
  nested?: Nested;
}

export type Frame = TableFrame | ObjectFrame;
export type Level = 'root' | 'table' | 'object';

export interface Draft {
  schema: TableSchema;
  /** The row's key; null for a single object. */
  key: string | null;
  isNew: boolean;
  /** The device's row when the edit began (undefined for a new row). */
  base: Row | undefined;
  row: Row;
}

/** A question waiting for `y`/`n` (`Do you want to continue? (y/n)`). */
export interface Confirmation {
  yes(): string[];
}

const clone = <T>(v: T): T => structuredClone(v);

/** A console session of the factory administrator, unless the door says who is typing. */
export const CLI_ORIGIN: ChangeOrigin = { door: 'CLI', admin: 'admin' };

/** What a session answers besides text: the console closes, or the device went down. */
export type CliEvent = 'exit' | 'reboot' | 'factoryreset';

export class CliContext {
  frames: Frame[] = [];
  draft: Draft | null = null;
  pending: Confirmation | null = null;
  /** Set by a command whose effect reaches beyond its output (the console closes or reconnects). */
  event: CliEvent | null = null;

  constructor(
    private readonly getDevice: () => Device,
    /** Replaces the device (factory reset); the host decides whether that is a new object. */
    readonly replaceDevice: (next: Device) => void,
    /** A new API key for `execute api-user generate-key` (see CliSessionOptions.newKey). */
    readonly newKey: () => string,
    /** Who this session's changes are recorded as. */
    readonly origin: ChangeOrigin = CLI_ORIGIN,
  ) {}

  get device(): Device {
    return this.getDevice();
  }

  get frame(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }

  get level(): Level {
    return this.frame?.kind ?? 'root';
  }

  prompt(): string {
    if (this.pending) return 'Do you want to continue? (y/n)';
    const hostname = String(this.device.single('system global').hostname);
    return this.frame ? `${hostname} (${this.frame.label}) # ` : `${hostname} # `;
  }

  /** Back to the top level, dropping any draft (reboot, factory reset, a failed `end`). */
  reset(): void {
    this.frames = [];
    this.draft = null;
    this.pending = null;
  }

  /** `config <path>` at the top level. */
  enterTable(schema: TableSchema): void {
    const label = schema.path.split(' ').pop() ?? schema.path;
    if (schema.kind === 'table') {
      this.frames.push({ kind: 'table', label, fields: schema.fields, mkey: schema.mkey ?? 'name', schema });
      return;
    }
    const base = clone(this.device.single(schema.path));
    this.draft = { schema, key: null, isNew: false, base, row: clone(base) };
    this.frames.push({
      kind: 'object',
      label,
      fields: schema.fields,
      target: this.draft.row,
      opened: 'config',
      schema,
    });
  }

  /** `edit <key>`: opens the row, creating it (in the draft) when it does not exist. */
  edit(frame: TableFrame, keyWord: Token): void {
    const mkeyField = frame.fields.find((f) => f.name === frame.mkey);
    if (!mkeyField) throw new CliError(parseError('edit'));
    const rows = this.rowsOf(frame);
    let key = wordsToValue(mkeyField, [keyWord]);
    if (key === 0 && mkeyField.type.kind === 'integer')
      key = rows.reduce((max, r) => Math.max(max, Number(r[frame.mkey]) || 0), 0) + 1;
    // A device table is found through the device's index (`large` has 5,441 interface rows).
    const existing = frame.schema
      ? this.device.find(frame.schema.path, String(key))
      : rows.find((r) => String(r[frame.mkey]) === String(key));
    let target: Row;
    if (frame.schema) {
      const row = existing ? clone(existing) : defaultRow(frame.fields);
      row[frame.mkey] = key;
      this.draft = {
        schema: frame.schema,
        key: String(key),
        isNew: !existing,
        base: existing && clone(existing),
        row,
      };
      target = row;
    } else if (existing) {
      target = existing;
    } else {
      target = defaultRow(frame.fields);
      target[frame.mkey] = key;
      rows.push(target);
    }
    this.frames.push({
      kind: 'object',
      label: String(key),
      fields: frame.fields,
      target,
      opened: 'edit',
      mkey: frame.mkey,
      ...(frame.schema ? { schema: frame.schema } : {}),
    });
  }

  /** `config <field>` inside an object: a nested object or table of the draft. */
  enterNested(frame: ObjectFrame, field: FieldDef): void {
    const nested: Nested = {
      parent: frame.target,
      field,
      snapshot: clone(frame.target[field.name] as Value),
    };
    const t = field.type;
    if (t.kind === 'sub-object') {
      const target = (frame.target[field.name] as Row | undefined) ?? defaultRow(t.fields);
      frame.target[field.name] = target;
      this.frames.push({
        kind: 'object',
        label: field.name,
        fields: t.fields,
        target,
        opened: 'config',
        nested,
      });
    } else if (t.kind === 'sub-table') {
      if (!Array.isArray(frame.target[field.name])) frame.target[field.name] = [];
      this.frames.push({ kind: 'table', label: field.name, fields: t.fields, mkey: t.mkey, nested });
    } else throw new CliError(parseError(field.name));
  }

  /** The rows a table level shows: the device's, or the draft's nested table. */
  rowsOf(frame: TableFrame): Row[] {
    if (frame.schema) return this.device.rows(frame.schema.path) as Row[];
    if (!frame.nested) throw new CliError(incomplete());
    return frame.nested.parent[frame.nested.field.name] as Row[];
  }

  /**
   * Sends the draft to the device as one transaction. Only the fields the session changed travel, so
   * a change another door made meanwhile to other fields survives. Throws the device's error; else
   * returns the table and the fields it sent (none: null).
   */
  commit(): { path: string; patch: Row } | null {
    const draft = this.draft;
    this.draft = null;
    if (!draft) return null;
    const { schema, key, row, base } = draft;
    if (draft.isNew) {
      this.device.transact((tx) => tx.create(schema.path, row), this.origin);
      return { path: schema.path, patch: row };
    }
    const patch: Row = {};
    for (const f of schema.fields)
      if (JSON.stringify(row[f.name]) !== JSON.stringify(base?.[f.name]))
        patch[f.name] = row[f.name] as Value;
    if (Object.keys(patch).length === 0) return null;
    this.device.transact((tx) => tx.update(schema.path, key, patch), this.origin);
    return { path: schema.path, patch };
  }

  /**
   * `abort`: leaves the innermost `config` level without keeping what was changed in it. At the top
   * that is the whole draft; inside a nested object only the nested part goes back to how it was.
   */
  abort(): void {
    let i = this.frames.length - 1;
    while (
      i > 0 &&
      !(this.frames[i]?.kind === 'table' || (this.frames[i] as ObjectFrame).opened === 'config')
    )
      i--;
    const frame = this.frames[i];
    if (i <= 0 || !frame?.nested) {
      this.reset();
      return;
    }
    frame.nested.parent[frame.nested.field.name] = clone(frame.nested.snapshot);
    this.frames.length = i;
  }
}
