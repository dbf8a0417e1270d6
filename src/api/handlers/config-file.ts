/**
 * The configuration file calls of the REST door:
 *
 * - `GET /api/v2/monitor/system/config/backup?scope=global` → the configuration file as text.
 * - `POST /api/v2/monitor/system/config/restore` → applies a file as one transaction. The file comes as
 *   6.0 clients send it: JSON `{ source: "upload", scope: "global", file_content: "<base64>" }`, a
 *   multipart form with a `file` part (`curl -F file=@backup.conf`), or the text itself as the body;
 *   or `{ source: "revision", config_id }`, which puts a saved revision back (the device reboots).
 * - `GET /api/v2/monitor/system/config-revision/file?config_id=` → a saved revision's file.
 */
import { HttpResponse } from 'msw';
import { backupConfig, restoreConfig, restoreRevision, revisionFile, type Device } from '../../device';
import { configId } from './monitor-revisions';
import { MAX_FILE_BYTES, formValue, invalidValue as bad, readForm, readText } from '../body';
import { success, type Where } from '../envelope';
import type { DeviceHost } from '../host';
import { originOf } from '../origin';
import { exactly } from '../url-patterns';
import { guarded, readJson, type ApiContext } from '../resolvers';
import { route, type Route } from '../request-table';

const configWhere =
  (action: 'backup' | 'restore') =>
  (_url: URL, method: string): Where => ({ method, path: 'system', name: 'config', action, monitor: true });

function checkScope(scope: unknown): void {
  if (scope === undefined || scope === null) throw bad('scope', 'scope is required (global or vdom)');
  if (scope !== 'global' && scope !== 'vdom')
    throw bad('scope', 'scope must be global or vdom', String(scope));
}

function decodeBase64(text: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(atob(text), (c) => c.charCodeAt(0)),
    );
  } catch {
    throw bad('file_content', 'file_content is not base64 text', text.slice(0, 40));
  }
}

/** The uploaded file's text and the `source`/`scope` it came with, whichever way it was sent. */
async function upload({
  request,
  url,
}: ApiContext): Promise<{ text: string; source: unknown; scope: unknown; configId?: unknown }> {
  const type = request.headers.get('Content-Type') ?? '';
  const query = {
    source: url.searchParams.get('source') ?? undefined,
    scope: url.searchParams.get('scope') ?? undefined,
  };
  if (type.includes('multipart/form-data')) {
    const form = await readForm(request, MAX_FILE_BYTES);
    const text = formValue(form, 'file') ?? formValue(form, 'file_content');
    if (text === null) throw bad('file', 'the form has no file');
    return {
      text,
      source: formValue(form, 'source') ?? query.source,
      scope: formValue(form, 'scope') ?? query.scope,
    };
  }
  if (type.includes('application/json')) {
    const body = await readJson(request, MAX_FILE_BYTES);
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw bad('body', 'body must be an object');
    const { file_content: content, source, scope, config_id } = body as Record<string, unknown>;
    if (source === 'revision') return { text: '', source, scope: scope ?? query.scope, configId: config_id };
    if (typeof content !== 'string') throw bad('file_content', 'file_content is required');
    return { text: decodeBase64(content), source: source ?? query.source, scope: scope ?? query.scope };
  }
  return { text: await readText(request, MAX_FILE_BYTES), ...query };
}

/** `FGT60E_20190115_0930.conf`, from the hostname and the device clock. */
function backupFileName(device: Device): string {
  const d = new Date(device.clock.now());
  const two = (n: number): string => String(n).padStart(2, '0');
  const date = `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}`;
  return `${String(device.single('system global').hostname)}_${date}_${two(d.getUTCHours())}${two(d.getUTCMinutes())}.conf`;
}

/**
 * `attachment; filename="…"` as the device sends it. The hostname is letters, digits, `-` and `_`
 * (6.0's rule), but a header may carry Latin-1 only, so any other character — from a file restored by
 * an older fgsim, say — is written `filename*=UTF-8''…` (RFC 6266) beside an ASCII fallback.
 */
export function contentDisposition(name: string): string {
  if (/^[A-Za-z0-9._-]+$/.test(name)) return `attachment; filename="${name}"`;
  const fallback = name.replace(/[^A-Za-z0-9._-]/gu, '_');
  const encoded = encodeURIComponent(name.replace(/[\uD800-\uDFFF]/g, '\uFFFD')).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export function configFileRoutes(host: DeviceHost): Route[] {
  return [
    route(
      'GET',
      exactly('/api/v2/monitor/system/config/backup'),
      guarded(host, configWhere('backup'), ({ device, url }) => {
        checkScope(url.searchParams.get('scope') ?? undefined);
        return new HttpResponse(backupConfig(device), {
          headers: {
            'Content-Type': 'text/plain; charset=utf-8',
            'Content-Disposition': contentDisposition(backupFileName(device)),
          },
        });
      }),
    ),
    route(
      'GET',
      exactly('/api/v2/monitor/system/config-revision/file'),
      guarded(
        host,
        (_url, method) => ({
          method,
          path: 'system',
          name: 'config-revision',
          action: 'file',
          monitor: true,
        }),
        ({ device, url }) => {
          const id = configId(url.searchParams.get('config_id'));
          return new HttpResponse(revisionFile(device, id), {
            headers: {
              'Content-Type': 'text/plain; charset=utf-8',
              'Content-Disposition': contentDisposition(
                backupFileName(device).replace(/\.conf$/, `_r${id}.conf`),
              ),
            },
          });
        },
      ),
    ),
    route(
      'POST',
      exactly('/api/v2/monitor/system/config/restore'),
      guarded(host, configWhere('restore'), async (ctx) => {
        const { text, source, scope, configId: id } = await upload(ctx);
        if (source !== undefined && source !== 'upload' && source !== 'revision')
          throw bad('source', 'source must be upload or revision', String(source));
        checkScope(scope ?? 'global');
        // A saved revision (the Revisions page's Revert): put back, and the device reboots.
        if (source === 'revision') restoreRevision(ctx.device, configId(id), originOf(ctx.caller));
        else restoreConfig(ctx.device, text, originOf(ctx.caller));
        return success(ctx.device, ctx.where, { results: {} });
      }),
    ),
  ];
}
