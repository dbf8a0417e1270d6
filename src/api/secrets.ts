/**
 * Write-only fields (`psksecret`, `passwd`, `group-password` …). The device never gives a secret back
 * in the clear: REST reads it as `ENC <text>`, the same text the CLI's `show` and a configuration
 * backup print (one codec, src/device/secret-codec.ts), so an `ENC …` value copied from any door can be
 * written back through any door — a GUI that sends a row back unchanged keeps its secret, a clone
 * copies it. An `ENC …` value the device cannot decrypt is refused with -651. An admin's password is
 * a one-way hash (src/device/admin-password.ts): it reads `ENC SH2…` and is written back as it is. A
 * local certificate's password is kept as its `ENC …` words (`hash: 'ENC'`), another unit's too, and
 * reads and is written back as those words (docs/fortios-6.0.md §4.8.1).
 */
import { DeviceError, isSh2, type FieldDef, type Row, type TableSchema } from '../device';
import { decryptSecret, encryptSecret } from '../device/secret-codec';

/** `ENC SH2…`: an admin's password hash, read back as the device gave it (the device keeps it as is). */
const isSh2Text = (v: string): boolean => v.startsWith('ENC ') && isSh2(v.slice(4).trim());

const hasSecrets = (fields: readonly FieldDef[]): boolean =>
  fields.some(
    (f) => f.type.kind === 'password' || (f.type.kind === 'sub-object' && hasSecrets(f.type.fields)),
  );

export const maskSecret = (secret: string): string => (secret === '' ? '' : `ENC ${encryptSecret(secret)}`);

const tableHasSecrets = (schema: TableSchema): boolean => secretFieldsOf(schema.fields).length > 0;

const secretFieldLists = new WeakMap<readonly FieldDef[], readonly FieldDef[]>();

/** The fields of `fields` that are secrets or hold some (sub-objects), found once per field list. */
function secretFieldsOf(fields: readonly FieldDef[]): readonly FieldDef[] {
  let hit = secretFieldLists.get(fields);
  if (!hit)
    secretFieldLists.set(
      fields,
      (hit = fields.filter(
        (f) => f.type.kind === 'password' || (f.type.kind === 'sub-object' && hasSecrets(f.type.fields)),
      )),
    );
  return hit;
}

/** How REST reads a secret: an admin's hash as `ENC SH2…`, a certificate's password as the `ENC …` it keeps. */
function masked(f: FieldDef, v: string): string {
  if (f.type.kind === 'password' && f.type.hash === 'ENC') return v;
  if (f.type.kind === 'password' && f.type.hash === 'SH2') return v === '' ? '' : `ENC ${v}`;
  return maskSecret(v);
}

/**
 * `row` with its secrets read as `ENC …`. A row whose secrets are all empty is returned as it is:
 * an interface has some 200 keys and a few empty secrets, and copying it for nothing was most of
 * the first read of `large`'s interfaces.
 */
function maskFields(fields: readonly FieldDef[], row: Row): Row {
  let out: Row | undefined;
  for (const f of secretFieldsOf(fields)) {
    const v = row[f.name];
    let shown: Row[string] | undefined;
    if (f.type.kind === 'password') {
      if (typeof v === 'string' && v !== '') shown = masked(f, v);
    } else if (f.type.kind === 'sub-object' && v && typeof v === 'object' && !Array.isArray(v)) {
      const inner = maskFields(f.type.fields, v);
      if (inner !== v) shown = inner;
    }
    if (shown !== undefined) (out ??= { ...row })[f.name] = shown;
  }
  return out ?? row;
}

/** The row as REST shows it. Rows of tables without secrets are returned as they are (no copy). */
export function presentRow(schema: TableSchema, row: Row): Row {
  return tableHasSecrets(schema) ? maskFields(schema.fields, row) : row;
}

function decryptFields(fields: readonly FieldDef[], body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...body };
  for (const f of fields) {
    const v = body[f.name];
    if (f.type.kind === 'password' && f.type.hash === 'SH2' && typeof v === 'string' && isSh2Text(v))
      out[f.name] = v;
    // A secret kept as its `ENC` text takes the text back as it is, another unit's too (§4.8.1).
    else if (f.type.kind === 'password' && f.type.hash === 'ENC' && typeof v === 'string') out[f.name] = v;
    else if (f.type.kind === 'password' && typeof v === 'string' && v.startsWith('ENC ')) {
      const secret = decryptSecret(v.slice(4).trim());
      if (secret === null)
        throw new DeviceError(-651, `cannot decrypt the value of ${f.name}`, { field: f.name, value: v });
      out[f.name] = secret;
    } else if (f.type.kind === 'sub-object' && v && typeof v === 'object' && !Array.isArray(v))
      out[f.name] = decryptFields(f.type.fields, v as Record<string, unknown>);
  }
  return out;
}

/** A write body with its `ENC …` values turned back into secrets. Non-object bodies pass through for the device to refuse. */
export function decryptSecrets(schema: TableSchema, body: unknown): unknown {
  if (!tableHasSecrets(schema) || !body || typeof body !== 'object' || Array.isArray(body)) return body;
  return decryptFields(schema.fields, body as Record<string, unknown>);
}
