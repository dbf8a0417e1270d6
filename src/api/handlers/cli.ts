/**
 * The CLI door and the configuration file calls:
 *
 * - `POST /api/v2/fgsim/cli` `{ session, line }` → `results: { output, prompt[, input, event] }`: one line
 *   typed in the CLI Console. Each caller's `session` name keeps its own CLI session (its `config`/`edit`
 *   levels and any pending y/n question), so two consoles do not share a prompt.
 * - `POST /api/v2/fgsim/cli/complete` `{ session, line }` → `results: { line, candidates }` (Tab), and
 *   `POST /api/v2/fgsim/cli/interrupt` `{ session }` (Ctrl-C).
 * - `GET /api/v2/monitor/system/config/backup?scope=global` → the configuration file as text.
 * - `POST /api/v2/monitor/system/config/restore` → applies a file as one transaction. The file comes as
 *   6.0 clients send it: JSON `{ source: "upload", scope: "global", file_content: "<base64>" }`, a
 *   multipart form with a `file` part (`curl -F file=@backup.conf`), or the text itself as the body.
 *
 * `/fgsim/` is fgsim's own namespace: a real 6.0 device has no CLI over REST.
 */
import { HttpResponse } from 'msw';
import { CliSession, DeviceError, backupConfig, restoreConfig, type Device } from '../../device';
import { MAX_FILE_BYTES, formValue, readForm, readText } from '../body';
import { success, type Where } from '../envelope';
import type { DeviceHost } from '../host';
import { originOf } from '../origin';
import { newApiKey } from '../login';
import { exactly } from '../paths';
import { guarded, readJson, type ApiContext, type Caller } from '../resolvers';
import { route, type Route } from '../routes';

/** How many console sessions a host keeps; the least recently used goes first. */
const MAX_SESSIONS = 64;

const bad = (field: string, message: string, value = ''): DeviceError =>
  new DeviceError(-651, message, { field, value });

function callerKey(caller: Caller): string {
  return caller.kind === 'session' ? `session:${caller.session.id}` : caller.kind;
}

/**
 * The CLI sessions of one host, keyed by caller and the console's session name. A session belongs to
 * the device it was opened on: when the host replaces the device with another (a scenario opened by the guide's
 * Reset, a factory reset), the session starts afresh at the top level, as consoles do after a reboot,
 * so a half-finished `config`/`edit` cannot be applied to the new device.
 */
class CliSessions {
  private readonly sessions = new Map<string, { session: CliSession; device: Device }>();

  constructor(private readonly host: DeviceHost) {}

  of(caller: Caller, name: string): CliSession {
    const key = `${callerKey(caller)}/${name}`;
    let entry = this.sessions.get(key);
    this.sessions.delete(key);
    if (!entry || entry.device !== this.host.device) {
      const session = new CliSession(() => this.host.device, {
        replaceDevice: (next: Device) => this.host.replace(next),
        origin: { door: 'CLI', admin: caller.kind === 'session' ? caller.session.user : 'admin' },
        newKey: this.host.options.newKey ?? newApiKey,
      });
      entry = { session, device: this.host.device };
    }
    this.sessions.set(key, entry);
    for (const old of this.sessions.keys()) {
      if (this.sessions.size <= MAX_SESSIONS) break;
      this.sessions.delete(old);
    }
    return entry.session;
  }
}

async function lineRequest(request: Request): Promise<{ session: string; line: string }> {
  const body = await readJson(request);
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw bad('body', 'body must be an object');
  const { session = 'default', line = '' } = body as { session?: unknown; line?: unknown };
  if (typeof session !== 'string') throw bad('session', 'session must be a string');
  if (typeof line !== 'string') throw bad('line', 'line must be a string');
  return { session, line };
}

const fgsimWhere =
  (action?: string) =>
  (_url: URL, method: string): Where => ({
    method,
    path: 'fgsim',
    name: 'cli',
    ...(action ? { action } : {}),
  });

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
}: ApiContext): Promise<{ text: string; source: unknown; scope: unknown }> {
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
    const { file_content: content, source, scope } = body as Record<string, unknown>;
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

export function cliRoutes(host: DeviceHost): Route[] {
  const sessions = new CliSessions(host);
  return [
    route(
      'POST',
      exactly('/api/v2/fgsim/cli'),
      guarded(host, fgsimWhere(), async (ctx) => {
        const { session, line } = await lineRequest(ctx.request);
        const result = sessions.of(ctx.caller, session).run(line);
        return success(host.device, ctx.where, { results: result });
      }),
    ),
    route(
      'POST',
      exactly('/api/v2/fgsim/cli/complete'),
      guarded(host, fgsimWhere('complete'), async (ctx) => {
        const { session, line } = await lineRequest(ctx.request);
        return success(ctx.device, ctx.where, { results: sessions.of(ctx.caller, session).complete(line) });
      }),
    ),
    route(
      'POST',
      exactly('/api/v2/fgsim/cli/interrupt'),
      guarded(host, fgsimWhere('interrupt'), async (ctx) => {
        const { session } = await lineRequest(ctx.request);
        return success(ctx.device, ctx.where, { results: sessions.of(ctx.caller, session).interrupt() });
      }),
    ),
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
      'POST',
      exactly('/api/v2/monitor/system/config/restore'),
      guarded(host, configWhere('restore'), async (ctx) => {
        const { text, source, scope } = await upload(ctx);
        if (source !== undefined && source !== 'upload')
          throw bad('source', 'only source=upload is supported', String(source));
        checkScope(scope ?? 'global');
        restoreConfig(ctx.device, text, originOf(ctx.caller));
        return success(ctx.device, ctx.where, { results: {} });
      }),
    ),
  ];
}
