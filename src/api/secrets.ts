/**
 * Write-only fields (`psksecret`, `passwd`, `group-password` …). The device never gives a secret back:
 * it reads as `ENC <digest>`, the same digest for the same secret on every read, so a client that
 * sends the row back unchanged (as the GUI does) leaves the secret as it was.
 */
import { DeviceError, type FieldDef, type Row, type TableSchema } from '../device';

const hasSecrets = (fields: readonly FieldDef[]): boolean =>
  fields.some(
    (f) => f.type.kind === 'password' || (f.type.kind === 'sub-object' && hasSecrets(f.type.fields)),
  );

const secretTables = new WeakMap<TableSchema, boolean>();
function tableHasSecrets(schema: TableSchema): boolean {
  let hit = secretTables.get(schema);
  if (hit === undefined) secretTables.set(schema, (hit = hasSecrets(schema.fields)));
  return hit;
}

/** FNV-1a: a stable digest, so the same secret always reads back the same. */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export function maskSecret(secret: string): string {
  if (secret === '') return '';
  return `ENC ${[0, 1, 2, 3].map((i) => digest(`fgsim:${i}:${secret}`)).join('')}`;
}

function maskFields(fields: readonly FieldDef[], row: Row): Row {
  const out: Row = { ...row };
  for (const f of fields) {
    const v = row[f.name];
    if (f.type.kind === 'password' && typeof v === 'string') out[f.name] = maskSecret(v);
    else if (f.type.kind === 'sub-object' && v && typeof v === 'object' && !Array.isArray(v))
      out[f.name] = maskFields(f.type.fields, v);
  }
  return out;
}

/** The row as REST shows it. Rows of tables without secrets are returned as they are (no copy). */
export function presentRow(schema: TableSchema, row: Row): Row {
  return tableHasSecrets(schema) ? maskFields(schema.fields, row) : row;
}

function unmaskFields(fields: readonly FieldDef[], body: Record<string, unknown>, current: Row | undefined) {
  const out: Record<string, unknown> = { ...body };
  for (const f of fields) {
    const v = body[f.name];
    if (f.type.kind === 'password' && typeof v === 'string' && v.startsWith('ENC ')) {
      if (current && v === maskSecret(String(current[f.name] ?? ''))) delete out[f.name];
      else throw new DeviceError(-651, `cannot decrypt the value of ${f.name}`, { field: f.name, value: v });
    } else if (f.type.kind === 'sub-object' && v && typeof v === 'object' && !Array.isArray(v)) {
      const sub = current?.[f.name];
      out[f.name] = unmaskFields(
        f.type.fields,
        v as Record<string, unknown>,
        sub && typeof sub === 'object' && !Array.isArray(sub) ? (sub as Row) : undefined,
      );
    }
  }
  return out;
}

/**
 * A write body with echoed `ENC …` values dropped (they stand for the secret already set). Any other
 * `ENC …` value cannot be decrypted here and is refused with -651. Non-object bodies pass through for
 * the device to refuse.
 */
export function withoutEchoedSecrets(schema: TableSchema, body: unknown, current: Row | undefined): unknown {
  if (!tableHasSecrets(schema) || !body || typeof body !== 'object' || Array.isArray(body)) return body;
  return unmaskFields(schema.fields, body as Record<string, unknown>, current);
}
