/**
 * The CLI door (the configuration file calls are ./config-file.ts):
 *
 * - `POST /api/v2/fgsim/cli` `{ session, line }` → `results: { output, prompt[, input, event] }`: one line
 *   typed in the CLI Console. Each caller's `session` name keeps its own CLI session (its `config`/`edit`
 *   levels and any pending y/n question), so two consoles do not share a prompt.
 * - `POST /api/v2/fgsim/cli/complete` `{ session, line }` → `results: { line, candidates }` (Tab), and
 *   `POST /api/v2/fgsim/cli/interrupt` `{ session }` (Ctrl-C).
 *
 * `/fgsim/` is fgsim's own namespace: a real 6.0 device has no CLI over REST.
 */
import { CliSession, type Device } from '../../device';
import { invalidValue as bad } from '../body';
import { success, type Where } from '../envelope';
import type { DeviceHost } from '../host';
import { newApiKey } from '../login';
import { exactly } from '../url-patterns';
import { guarded, readJson, type Caller } from '../resolvers';
import { route, type Route } from '../request-table';

/** How many console sessions a host keeps; the least recently used goes first. */
const MAX_CLI_SESSIONS = 64;

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
      if (this.sessions.size <= MAX_CLI_SESSIONS) break;
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
  ];
}
