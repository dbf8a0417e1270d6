/**
 * The shape of the CMDB schema. One `TableSchema` per FortiOS configuration table; everything else
 * (REST validation, `?action=schema`, CLI `set`/`?`/Tab/`show`, row defaults, GUI labels) reads it.
 */

/** A value as it travels in the FortiOS REST API (and as the device stores it). */
export type Value = string | number | NameRef[] | Row | Row[];
export interface NameRef {
  name: string;
}
export type Row = { [key: string]: Value };

export type FieldType =
  /** One word out of `options`. */
  | { kind: 'option'; options: readonly string[] }
  /**
   * Any subset of `options`, one space-separated string (`"ping https ssh"`), stored in the order of
   * `options` and once each, as 6.0 stores it (`set allowaccess https ping` shows `ping https`,
   * docs/fortios-6.0.md §3). With `typedOrder` the value is a preference list kept in the order given
   * (phase1 `proposal`).
   */
  | { kind: 'multi-option'; options: readonly string[]; typedOrder?: true }
  /**
   * Free text a user types; quoted in CLI output. With `form: 'datetime'` a `YYYY-MM-DD HH:MM:SS` time,
   * printed unquoted as two words (`set passwd-time 2018-08-31 06:19:37`, a 6.0.1 unit's `show`).
   * With `form: 'time'` a time of day, `HH:MM`, printed unquoted (phase1's `monitor-hold-down-time`).
   * With `pem` a PEM block (or `""`) of one of `pem.labels` (`-----BEGIN CERTIFICATE-----` …), kept as
   * given and printed in quotes over its lines, as a real backup prints a certificate; other text is
   * refused with `pem.code` and `pem.message` (docs/fortios-6.0.md §4.8.1). A PEM value, and text with
   * `form: 'user'` (a certificate's `state`), is the device's sizeless `user` type in its schema answer.
   */
  | { kind: 'string'; maxLength: number; form?: 'datetime' | 'time' | 'user'; pem?: PemRule }
  /** A name; not quoted-escaped differently, but used for mkeys and names of things. */
  | { kind: 'name'; maxLength: number; charset?: NameCharset }
  /**
   * Write-only secret: read back as `ENC …`. With `hash: 'SH2'` (an admin's password) the device keeps
   * only 6.0's one-way `SH2…` hash of it (src/device/admin-password.ts), not the secret. With
   * `hash: 'ENC'` (a local certificate's `password`) the device keeps the secret as the text it prints
   * after `ENC`, and an `ENC …` value it cannot decrypt — another unit's, from a real backup — is kept
   * as it is (docs/fortios-6.0.md §4.8.1).
   */
  | { kind: 'password'; maxLength: number; hash?: 'SH2' | 'ENC' }
  /** `min`–`max`; with `zero`, 0 too (0 turns the thing off: a portal's `host-check-interval`). */
  | { kind: 'integer'; min: number; max: number; zero?: true }
  /** `a.b.c.d` */
  | { kind: 'ipv4' }
  /** An object's UUID, `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, printed unquoted (`set uuid 0532be84-…`). */
  | { kind: 'uuid' }
  /** A MAC address, `xx:xx:xx:xx:xx:xx`, kept lower-case and printed unquoted (`set macaddr 00:09:0f:…`). */
  | { kind: 'mac' }
  /**
   * `a.b.c.d m.m.m.m`; `a.b.c.d/nn` is accepted and normalised. With `wildcard` the second part is a
   * wildcard mask, any four octets (`0.0.255.0`), not only a netmask (an address's `wildcard`, §4.6.1).
   */
  | { kind: 'ipv4-mask'; wildcard?: boolean }
  /** An IPv6 address, kept and printed compressed (`::`, `fdff:ffff::1`). */
  | { kind: 'ipv6' }
  /** An IPv6 prefix, `address/length` (`fdff:ffff::/120`, `::/0`). */
  | { kind: 'ipv6-prefix' }
  /** The name of a row of another table (or `""` when `optional`). */
  | { kind: 'reference'; table: string; optional?: boolean }
  /** `[{ name }]` rows naming rows of another table. */
  | { kind: 'reference-list'; table: string }
  /** `[{ name }]` free names that are not checked against a table. */
  | { kind: 'name-list'; maxLength: number }
  /** A nested single object (`config forticlient-winmac-settings`). */
  | { kind: 'sub-object'; fields: readonly FieldDef[] }
  /** A nested table (`config authentication-rule`). */
  | { kind: 'sub-table'; mkey: string; fields: readonly FieldDef[] };

/** What a PEM-valued field takes (`kind: 'string'` with `pem`). */
export interface PemRule {
  /** The block labels allowed (`CERTIFICATE`, `ENCRYPTED PRIVATE KEY`, …). */
  labels: readonly string[];
  /** The device's error number for other text. */
  code: -145 | -651;
  /** The line the device prints for other text. */
  message: string;
}

/** A condition of `onlyWhen`: the row's `key` has one of `values`. */
export interface OnlyWhen {
  key: string;
  values: readonly string[];
}

/** Names restricted to some characters (the hostname), with the words the device refuses others in. */
export interface NameCharset {
  allowed: RegExp;
  message: string;
}

export interface FieldDef {
  name: string;
  type: FieldType;
  default: Value;
  /** The one-line help the CLI prints for `?`. */
  help: string;
  /** The label the GUI shows for this field, where it has one. */
  label?: string;
  /** May only be given when the row is created (`type`, `interface` of a VLAN). */
  createOnly?: boolean;
  /** Not settable at all through any door (computed by the device). */
  readOnly?: boolean;
  /**
   * The row types (the row's `type` field) this field belongs to; the device prints it for no other
   * (docs/fortios-6.0.md §3: a physical port prints no `interface`, `vlanid`, `member`, `remote-ip`).
   */
  onlyFor?: readonly string[];
  /** The field of the row whose value `onlyFor` names, when it is not `type` (`user group`'s `group-type`). */
  onlyForKey?: string;
  /**
   * Further conditions, all of which must hold for the field to belong to the row: each names another
   * field and the values it must have (a phase1's `ipv4-start-ip` only with `mode-cfg enable` and
   * `assign-ip-from range`, docs/fortios-6.0.md §4.8). Unlike `onlyFor`, they do not move the field
   * in a `typedKeysLast` table.
   */
  onlyWhen?: readonly OnlyWhen[];
  /**
   * The CLI also takes the field while the edit changes `key` to one of `values` (from another value),
   * though the row it makes does not print it: `system settings` › `ip` and `device` while changing to
   * NAT mode (the 6.0.0 CLI reference: "visible only after you set the opmode and before you commit the
   * changes", docs/fortios-6.0.md §4.4).
   */
  whileChangingTo?: OnlyWhen;
  /**
   * The device picks the value when a row is created without one, and `show` never prints it
   * (`user local`'s `id`: a 6.0.1 unit's row has `"id": 2164260865`, its `show` no `set id`).
   */
  autoAssigned?: boolean;
  /** Printed by `show` even at its default (`set vdom "root"` starts every interface row, §4.1). */
  alwaysShown?: boolean;
  /** An option word the device prints in quotes because it names something (a VDOM, §3). */
  quoted?: boolean;
  /**
   * A secret the CLI prints where it is declared, not after everything else (`secretsLast` in
   * src/device/cli/show.ts): an API user's `set api-key ENC SH2…` comes second, a phase1's
   * `psksecret` before `keepalive` and `dpd-retryinterval` (§4.8).
   */
  secretInPlace?: boolean;
  /**
   * A sub-table `show full-configuration` leaves out while it has no rows, as a real unit leaves out an
   * interface's empty `config secondaryip`, `config vrrp`, … (docs/fortios-6.0.md §4.1).
   */
  omitEmpty?: boolean;
}

export interface TableSchema {
  /** CLI path, e.g. `system interface`. */
  path: string;
  /** `table` has rows keyed by `mkey`; `single` is one object (`system settings`). */
  kind: 'table' | 'single';
  mkey?: string;
  /** `global` or per-VDOM (everything is in VDOM `root` here). */
  scope: 'global' | 'vdom';
  /**
   * The CLI (`show`, `get`, the backup file) prints the keys that belong to some row types only
   * (`onlyFor`) after all the others, each group in the declared order; REST keeps the declared order
   * (`firewall address`: real `show` prints `set allow-routing` before `set subnet`, a 6.0.0 unit's
   * GET has `subnet` third; docs/fortios-6.0.md §4.6.1).
   */
  typedKeysLast?: boolean;
  /**
   * Keys `show`, `show full-configuration`, the backup file and the CLI diff print before all the
   * others, in this order; REST and `get` keep the declared order (a portal's `web-mode` comes before
   * its pools in real `show` output, after its IPv6 keys in the device's schema order;
   * docs/fortios-6.0.md §4.6.4).
   */
  cliFirst?: readonly string[];
  /**
   * Rows unique to the unit's hardware (the keys of them): the configuration never prints them —
   * `show` and `show full-configuration` of the table, the backup file — and a restore neither removes
   * nor replaces them, so they cannot move from one unit to another with a backup (`vpn certificate
   * local`'s `Fortinet_Factory` and `Fortinet_Factory_Backup`; docs/fortios-6.0.md §4.8.1). The CLI
   * still shows one named (`show vpn certificate local Fortinet_Factory`), `get` and REST list them.
   */
  unitRows?: readonly string[];
  help: string;
  fields: readonly FieldDef[];
}

/** Whether `row` is one of `schema`'s `unitRows`. */
export const isUnitRow = (schema: TableSchema, row: Row): boolean =>
  schema.unitRows !== undefined && schema.unitRows.includes(String(row[schema.mkey ?? 'name']));

export const field = (
  name: string,
  type: FieldType,
  def: Value,
  help: string,
  extra: Partial<
    Pick<
      FieldDef,
      | 'label'
      | 'createOnly'
      | 'readOnly'
      | 'onlyFor'
      | 'onlyForKey'
      | 'onlyWhen'
      | 'whileChangingTo'
      | 'autoAssigned'
      | 'alwaysShown'
      | 'quoted'
      | 'secretInPlace'
      | 'omitEmpty'
    >
  > = {},
): FieldDef => ({ name, type, default: def, help, ...extra });

export const enableDisable = { kind: 'option', options: ['enable', 'disable'] } as const satisfies FieldType;

/** `enable|disable` field. */
export const toggle = (name: string, def: 'enable' | 'disable', help: string, label?: string): FieldDef =>
  field(name, enableDisable, def, help, label ? { label } : {});

/**
 * Whether `f` belongs to `row`: its `type`, or `onlyForKey`, is one `onlyFor` names (or the field is for
 * every row), and every `onlyWhen` condition holds.
 */
export function appliesTo(f: FieldDef, row: Row): boolean {
  if (f.onlyFor !== undefined && !f.onlyFor.includes(String(row[f.onlyForKey ?? 'type']))) return false;
  if (f.onlyWhen !== undefined)
    for (const c of f.onlyWhen) if (!c.values.includes(String(row[c.key]))) return false;
  return true;
}

/** A field's conditions, `onlyFor` as one of them (after `closeConditions`, the inherited ones too). */
export const conditionsOf = (f: FieldDef): OnlyWhen[] => [
  ...(f.onlyFor !== undefined ? [{ key: f.onlyForKey ?? 'type', values: f.onlyFor }] : []),
  ...(f.onlyWhen ?? []),
];

const closed = new WeakMap<FieldDef, string>();

/**
 * Makes the fields' conditions transitive, in place: a field that depends on another that is itself
 * hidden is hidden too. A 6.0 unit hides a key whose condition key is hidden (a phase1's
 * `ipv4-dns-server1` needs `dns-mode manual`, and `dns-mode` needs `mode-cfg enable`; `system
 * settings` › `ssl-ssh-profile` needs `ngfw-mode policy-based`, which is there only with
 * `inspection-mode flow`), so every door that asks `appliesTo` gets the whole chain from the field's
 * own `onlyWhen`. Runs once per field list when the schema is loaded (src/device/schema/index.ts);
 * the inherited conditions do not move a field in a `typedKeysLast` order (they are `onlyWhen`).
 * Throws if one field object is shared by two lists whose chains differ.
 */
export function closeConditions(fields: readonly FieldDef[]): void {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const chainOf = (f: FieldDef, seen: Set<string>): OnlyWhen[] => {
    const out: OnlyWhen[] = [];
    for (const c of conditionsOf(f)) {
      const keyField = byName.get(c.key);
      if (!keyField || seen.has(c.key)) continue;
      seen.add(c.key);
      out.push(...conditionsOf(keyField), ...chainOf(keyField, seen));
    }
    return out;
  };
  const inherited = fields.map((f) => {
    const own = conditionsOf(f);
    const same = (a: OnlyWhen, b: OnlyWhen): boolean =>
      a.key === b.key && a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]);
    const extra: OnlyWhen[] = [];
    for (const c of chainOf(f, new Set([f.name])))
      if (![...own, ...extra].some((o) => same(o, c))) extra.push(c);
    return extra;
  });
  fields.forEach((f, i) => {
    const extra = inherited[i] ?? [];
    const mark = JSON.stringify([...conditionsOf(f), ...extra]);
    const before = closed.get(f);
    if (before !== undefined && before !== mark)
      throw new Error(`field "${f.name}" is shared by two tables whose conditions differ`);
    closed.set(f, mark);
    if (before === undefined && extra.length > 0) f.onlyWhen = [...(f.onlyWhen ?? []), ...extra];
    if (f.type.kind === 'sub-table' || f.type.kind === 'sub-object') closeConditions(f.type.fields);
  });
}
