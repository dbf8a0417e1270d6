/**
 * Revisions for open consoles, as server-sent events: `GET /fgsim/events` streams `data: <revision>`
 * after every commit (any door, any browser, curl) and once on connecting. **Decision**: SSE rather
 * than a revision poll — a change shows in every other browser at once (no poll interval to wait for),
 * idle consoles cost one open connection and no requests, and `EventSource` reconnects by itself.
 * It is fgsim's own path, outside `/api/v2/`, behind the REST door's login: a live session or an API
 * key of this device (`callerOf`), else the door's 401 answer. A stream whose session ends (logout,
 * idle timeout) is closed at the next revision; `EventSource` then asks again, is refused, and stops.
 */
import type http from 'node:http';
import { failure } from '../api/envelope';
import type { DeviceHost } from '../api/host';
import { callerOfRequest, toRequest } from './caller';

/** Consoles listened to at most; the oldest is closed for a new one (bounded, whatever connects). */
const MAX_CLIENTS = 256;
const KEEPALIVE_MS = 15_000;

export class RevisionEvents {
  static readonly PATH = '/fgsim/events';
  /** Each open stream, with the request that opened it (its credentials are read again). */
  private readonly clients = new Map<http.ServerResponse, Request>();
  private readonly stop: () => void;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(private readonly host: DeviceHost) {
    this.stop = host.onChange((device) => this.broadcast(`data: ${device.revision}\n\n`, true));
    this.timer = setInterval(() => this.broadcast(': keepalive\n\n'), KEEPALIVE_MS);
    this.timer.unref();
  }

  /** `GET /fgsim/events`: the stream, or the REST door's 401 without a login. */
  async attach(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const request = toRequest(req, url);
    if (callerOfRequest(request, this.host).kind === 'anonymous') {
      const refused = failure(
        this.host.device,
        { method: req.method ?? 'GET', path: 'fgsim', name: 'events' },
        401,
        {
          message: 'Not logged in.',
        },
      );
      const body = Buffer.from(await refused.arrayBuffer());
      res.writeHead(401, {
        'content-type': refused.headers.get('content-type') ?? 'application/json',
        'content-length': String(body.length),
        'cache-control': 'no-store',
      });
      res.end(body);
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(`retry: 1000\ndata: ${this.host.device.revision}\n\n`);
    this.clients.set(res, request);
    for (const old of this.clients.keys()) {
      if (this.clients.size <= MAX_CLIENTS) break;
      this.clients.delete(old);
      old.end();
    }
    req.on('close', () => this.clients.delete(res));
  }

  /** `check`: first close the streams whose login is gone (once per revision, not per keepalive). */
  private broadcast(text: string, check = false): void {
    for (const [c, request] of this.clients) {
      if (check && callerOfRequest(request, this.host).kind === 'anonymous') {
        this.clients.delete(c);
        c.end();
        continue;
      }
      c.write(text);
    }
  }

  close(): void {
    this.stop();
    clearInterval(this.timer);
    for (const c of this.clients.keys()) c.end();
    this.clients.clear();
  }
}
