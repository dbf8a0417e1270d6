/**
 * Reading request bodies, for every door alike (issue 14, items 3 and 10): a body is read up to a
 * size limit and no further, JSON is checked for nesting before it is parsed, and forms are parsed
 * here too — so an oversized, too deeply nested or malformed body is a bad value (-651), never a
 * stack overflow, an `error -1` or a JavaScript stack in the answer.
 *
 * **Decision** (no 6.0 limit is documented): a JSON or form body may be up to `MAX_BODY_BYTES`, a
 * configuration file for Restore up to `MAX_FILE_BYTES` (a backup of the `large` device is ~3 MB),
 * and JSON may nest `MAX_JSON_DEPTH` levels — twice the deepest body the schema accepts (a sub-table
 * row's name list inside a table row is five levels).
 */
import { DeviceError } from '../device';

export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_FILE_BYTES = 32 * 1024 * 1024;
export const MAX_JSON_DEPTH = 16;

/** The device's -651 about `field` of a request (its `value` as sent, or the start of it). */
export const invalidValue = (field: string, message: string, value = ''): DeviceError =>
  new DeviceError(-651, message, { field, value });

const bad = (message: string, value = ''): DeviceError => invalidValue('body', message, value);

/** The body's bytes, refused as soon as they pass `limit` (the rest is not read). */
export async function readBytes(request: Request, limit = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > limit) throw bad(`request body is larger than ${limit} bytes`);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        void reader.cancel();
        throw bad(`request body is larger than ${limit} bytes`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof DeviceError) throw e;
    throw bad('request body could not be read');
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The body as text (UTF-8; bytes that are not UTF-8 become U+FFFD, as `Request.text()` does). */
export async function readText(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  return new TextDecoder().decode(await readBytes(request, limit));
}

/** How deep `[`/`{` nest in JSON text, outside strings — one pass, no recursion. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** Parses JSON text under the nesting limit. Malformed, empty or too deep JSON is -651. */
export function parseJson(text: string): unknown {
  if (text.trim() === '') throw bad('request body is empty');
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw bad(`request body nests deeper than ${MAX_JSON_DEPTH} levels`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw bad('request body is not valid JSON', text.slice(0, 40));
  }
}

/** The JSON body of a write. */
export async function readJson(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  return parseJson(await readText(request, limit));
}

/**
 * A form body, `multipart/form-data` or URL-encoded (anything else is read as URL-encoded, as the 6.0
 * login page's own requests are). Files come back as their text. A malformed multipart body is -651.
 */
export async function readForm(request: Request, limit = MAX_BODY_BYTES): Promise<Map<string, string[]>> {
  const type = request.headers.get('Content-Type') ?? '';
  const bytes = await readBytes(request, limit);
  const out = new Map<string, string[]>();
  const add = (k: string, v: string): void => {
    const list = out.get(k);
    if (list) list.push(v);
    else out.set(k, [v]);
  };
  if (type.toLowerCase().includes('multipart/form-data')) {
    let form: FormData;
    try {
      form = await new Response(bytes, { headers: { 'Content-Type': type } }).formData();
    } catch {
      throw bad('request body is not a valid multipart form');
    }
    for (const [k, v] of form.entries()) add(k, typeof v === 'string' ? v : await v.text());
    return out;
  }
  for (const [k, v] of new URLSearchParams(new TextDecoder().decode(bytes))) add(k, v);
  return out;
}

/** The first value of a form field, or null. */
export const formValue = (form: Map<string, string[]>, key: string): string | null =>
  form.get(key)?.[0] ?? null;
