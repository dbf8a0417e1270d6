/**
 * The trainer's view of a class (`/fgsim/class` on seat 0's port, ./seats.ts): who has done which
 * step of the procedure, live, and per seat a reset to a scenario and its configuration file.
 *
 * Progress is the walkthrough's own `doneWhen` checks (src/walkthrough/steps.ts), run in this process
 * through each seat's REST handlers — the very calls the guide makes in a browser — read with a key
 * that only this process knows (HostOptions `internalKey`). A seat is read again after each of its
 * commits, and the table goes to open trainer pages as server-sent events on `/fgsim/class/events`.
 *
 * Every path here but the page itself needs the trainer's login: a live session of seat 0 (its
 * `APSCOOKIE_…` cookie, and on a write `X-CSRFTOKEN`); an API key, even one of seat 0, is refused. A
 * refusal is the REST door's: 401 without that login, 403 for a write without the session's CSRF token.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { getResponse, type HttpHandler } from 'msw';
import { CSRF_HEADER } from '../api/credentials';
import { createHandlers } from '../api/handlers';
import type { DeviceHost } from '../api/host';
import { buildScenario, isScenarioName, scenarioNames } from '../device';
import type { RestReads } from '../walkthrough/rest-reads';
import { START_SCENARIO, steps } from '../walkthrough/steps';
import { callerOfRequest, toRequest } from './caller';
import type { ClassView, SeatView } from './class-view';

/** What the trainer's view needs of one seat. */
export interface SeatDevice {
  index: number;
  host: DeviceHost;
  port: number;
  sshPort?: number;
  /** Resolves once the seat's commits so far are in its state file. */
  durable(): Promise<void>;
}

export const CLASS_PAGE = '/fgsim/class';
const API = '/fgsim/class/';
const EVENTS = '/fgsim/class/events';
const MAX_WATCHERS = 64;
const KEEPALIVE_MS = 15_000;
const MAX_RESET_BODY = 4096;

/** Resolves after the I/O callbacks already due have run (setImmediate comes after the poll phase). */
const yieldToIo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function json(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/** The REST door's refusal envelope, for fgsim's own path. */
function refuse(res: http.ServerResponse, method: string, status: 401 | 403 | 404 | 405 | 413 | 500): void {
  json(res, status, { http_method: method, status: 'error', http_status: status });
}

function readSmallBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The seat's REST door in this process, read with the process's own key. */
class SeatReader {
  private readonly handlers: HttpHandler[];

  constructor(
    private readonly seat: SeatDevice,
    private readonly key: string,
  ) {
    this.handlers = createHandlers(seat.host);
  }

  async get(pathAndQuery: string): Promise<Response> {
    const request = new Request(`http://seat-${this.seat.index}.fgsim${pathAndQuery}`, {
      headers: { Authorization: `Bearer ${this.key}` },
    });
    const response = await getResponse(this.handlers, request);
    if (!response) throw new Error(`no handler for ${pathAndQuery}`);
    return response;
  }

  private async results(pathAndQuery: string): Promise<unknown> {
    const response = await this.get(pathAndQuery);
    const body = (await response.json()) as { results?: unknown };
    if (!response.ok) throw new Error(`${pathAndQuery}: HTTP ${response.status}`);
    return body.results;
  }

  readonly reads: RestReads = {
    cmdb: (p, query) => this.results(`/api/v2/cmdb/${p}${query ? `?${new URLSearchParams(query)}` : ''}`),
    monitor: (p) => this.results(`/api/v2/monitor/${p}`),
  };
}

export class TrainerBoard {
  private readonly readers: SeatReader[];
  private readonly views: SeatView[];
  /** Seats changed since they were last read, in the order they changed. */
  private readonly dirty = new Set<number>();
  private pumping: Promise<void> | null = null;
  private readonly watchers = new Map<http.ServerResponse, Request>();
  private readonly stops: Array<() => void> = [];
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly page: Buffer | null;

  constructor(
    private readonly seats: readonly SeatDevice[],
    internalKey: string,
    distDir: string | null,
    private readonly csrfCookie: string,
  ) {
    this.readers = seats.map((s) => new SeatReader(s, internalKey));
    this.views = seats.map((s) => ({
      seat: s.index,
      port: s.port,
      sshPort: s.sshPort ?? null,
      hostname: '',
      revision: '',
      done: steps.map(() => false),
      error: 'not read yet',
    }));
    for (const s of seats) this.stops.push(s.host.onChange(() => this.refresh(s.index)));
    this.timer = setInterval(() => this.send(': keepalive\n\n'), KEEPALIVE_MS);
    this.timer.unref();
    const file = distDir === null ? null : path.join(distDir, 'class.html');
    // The build's URLs are relative (vite `base: './'`); the page is at /fgsim/class, its files at /.
    this.page =
      file !== null && fs.existsSync(file)
        ? Buffer.from(fs.readFileSync(file, 'utf8').replace(/(\s(?:src|href)=")\.\//g, '$1/'))
        : null;
  }

  /** Reads every seat once; resolves when the table is complete. */
  async start(): Promise<void> {
    for (const s of this.seats) this.dirty.add(s.index);
    await (this.pumping ??= this.pump());
  }

  view(): ClassView {
    return {
      steps: steps.map((s) => ({ id: s.id, title: s.title })),
      scenarios: scenarioNames,
      startScenario: START_SCENARIO,
      csrfCookie: this.csrfCookie,
      seats: this.views.map((v) => ({ ...v, done: [...v.done] })),
    };
  }

  /** A seat changed: read it again, in turn (one seat is read at a time, in the order they changed). */
  private refresh(index: number): void {
    this.dirty.add(index);
    this.pumping ??= this.pump();
  }

  /**
   * Reads the seats that changed, one after another, each step's check after a turn of the event loop:
   * the checks are CPU work (REST handlers in this process), and a request that is waiting — the very
   * PUT whose commit made the seat dirty, answered once its fsync is done — goes first.
   */
  private async pump(): Promise<void> {
    try {
      for (;;) {
        await yieldToIo();
        const next = this.dirty.values().next();
        if (next.done) return;
        this.dirty.delete(next.value);
        await this.read(next.value);
      }
    } finally {
      this.pumping = null;
    }
  }

  private async read(index: number): Promise<void> {
    const seat = this.seats[index] as SeatDevice;
    const reader = this.readers[index] as SeatReader;
    const device = seat.host.device;
    const done: boolean[] = [];
    let error: string | null = null;
    try {
      for (const step of steps) {
        done.push(await step.doneWhen(reader.reads));
        await yieldToIo();
      }
    } catch (e) {
      done.splice(0, done.length, ...steps.map(() => false));
      error = e instanceof Error ? e.message : String(e);
    }
    this.views[index] = {
      ...(this.views[index] as SeatView),
      hostname: String(device.single('system global')['hostname'] ?? ''),
      revision: device.revision,
      done,
      error,
    };
    this.send(`data: ${JSON.stringify(this.view())}\n\n`);
  }

  private send(text: string): void {
    const trainer = this.seats[0] as SeatDevice;
    for (const [res, request] of this.watchers) {
      // A watcher whose session ended (logout, idle timeout) is told nothing more.
      if (callerOfRequest(request, trainer.host).kind !== 'session') {
        this.watchers.delete(res);
        res.end();
        continue;
      }
      res.write(text);
    }
  }

  /** seat 0's `own` paths (./server.ts): true when it answered. */
  readonly handle = async (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
  ): Promise<boolean> => {
    const method = req.method ?? 'GET';
    if (url.pathname === CLASS_PAGE || url.pathname === `${CLASS_PAGE}/`) {
      if (method !== 'GET' && method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return true;
      }
      if (!this.page) {
        res
          .writeHead(404, { 'content-type': 'text/plain' })
          .end('The trainer page is not built (npm run build); /fgsim/class/seats answers.');
        return true;
      }
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': String(this.page.length),
        'cache-control': 'no-cache',
      });
      res.end(method === 'HEAD' ? undefined : this.page);
      return true;
    }
    if (!url.pathname.startsWith(API)) return false;
    const trainer = this.seats[0] as SeatDevice;
    const request = toRequest(req, url);
    // The trainer's login only: a session of seat 0's admin. An API key of seat 0 (an api-user a
    // trainee may have been given) and the process's own key are not the trainer.
    const caller = callerOfRequest(request, trainer.host);
    if (caller.kind !== 'session') {
      refuse(res, method, 401);
      return true;
    }
    const write = method !== 'GET' && method !== 'HEAD';
    if (write) {
      const sent = req.headers[CSRF_HEADER.toLowerCase()];
      const token = (Array.isArray(sent) ? sent[0] : sent)?.replace(/^"|"$/g, '');
      if (token !== caller.session.csrf) {
        refuse(res, method, 403);
        return true;
      }
    }
    const rest = url.pathname.slice(API.length);
    if (url.pathname === EVENTS) {
      if (method !== 'GET') return (refuse(res, method, 405), true);
      this.watch(req, res, request);
      return true;
    }
    if (rest === 'seats') {
      if (method !== 'GET') return (refuse(res, method, 405), true);
      json(res, 200, this.view());
      return true;
    }
    const m = /^seats\/(\d{1,3})\/(reset|config)$/.exec(rest);
    const index = m ? Number(m[1]) : -1;
    const seat = this.seats[index];
    if (!m || !seat) return (refuse(res, method, 404), true);
    if (m[2] === 'reset') {
      if (method !== 'POST') return (refuse(res, method, 405), true);
      await this.reset(req, res, seat);
      return true;
    }
    if (method !== 'GET') return (refuse(res, method, 405), true);
    await this.download(res, seat);
    return true;
  };

  private watch(req: http.IncomingMessage, res: http.ServerResponse, request: Request): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(`retry: 1000\ndata: ${JSON.stringify(this.view())}\n\n`);
    this.watchers.set(res, request);
    for (const old of this.watchers.keys()) {
      if (this.watchers.size <= MAX_WATCHERS) break;
      this.watchers.delete(old);
      old.end();
    }
    req.on('close', () => this.watchers.delete(res));
  }

  /** `POST /fgsim/class/seats/<k>/reset` `{ "scenario": "<name>" }` (default: where the procedure starts). */
  private async reset(req: http.IncomingMessage, res: http.ServerResponse, seat: SeatDevice): Promise<void> {
    const text = await readSmallBody(req, MAX_RESET_BODY);
    if (text === null) return refuse(res, 'POST', 413);
    let name: unknown = START_SCENARIO;
    if (text.trim() !== '') {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      if (!body || typeof body !== 'object' || Array.isArray(body))
        return json(res, 400, {
          status: 'error',
          http_status: 400,
          message: 'The body must be a JSON object.',
        });
      name = (body as { scenario?: unknown }).scenario ?? START_SCENARIO;
    }
    if (typeof name !== 'string' || !isScenarioName(name))
      return json(res, 400, {
        status: 'error',
        http_status: 400,
        message: `scenario must be one of: ${scenarioNames.join(', ')}`,
      });
    seat.host.replace(buildScenario(name, seat.host.device.clock));
    try {
      await seat.durable();
    } catch {
      return json(res, 500, { status: 'error', http_status: 500, message: 'The seat could not be saved.' });
    }
    json(res, 200, { status: 'success', http_status: 200, results: { seat: seat.index, scenario: name } });
  }

  /** `GET /fgsim/class/seats/<k>/config`: the seat's configuration file, as its Backup makes it. */
  private async download(res: http.ServerResponse, seat: SeatDevice): Promise<void> {
    const reader = this.readers[seat.index] as SeatReader;
    const answer = await reader.get('/api/v2/monitor/system/config/backup?scope=global');
    const body = Buffer.from(await answer.arrayBuffer());
    if (!answer.ok) return refuse(res, 'GET', 500);
    const disposition = answer.headers.get('content-disposition') ?? '';
    const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'fgsim.conf';
    res.writeHead(200, {
      'content-type': answer.headers.get('content-type') ?? 'text/plain',
      'content-length': String(body.length),
      'content-disposition': `attachment; filename="seat-${seat.index}_${name.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'cache-control': 'no-store',
    });
    res.end(body);
  }

  close(): void {
    for (const stop of this.stops) stop();
    clearInterval(this.timer);
    for (const res of this.watchers.keys()) res.end();
    this.watchers.clear();
  }
}
