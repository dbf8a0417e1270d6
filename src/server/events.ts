/**
 * Revisions for open consoles, as server-sent events: `GET /fgsim/events` streams `data: <revision>`
 * after every commit (any door, any browser, curl) and once on connecting. **Decision**: SSE rather
 * than a revision poll — a change shows in every other browser at once (no poll interval to wait for),
 * idle consoles cost one open connection and no requests, and `EventSource` reconnects by itself.
 * It is fgsim's own path, outside `/api/v2/` (a revision says nothing about the configuration).
 */
import type http from 'node:http';
import type { DeviceHost } from '../api/host';

/** Consoles listened to at most; the oldest is closed for a new one (bounded, whatever connects). */
const MAX_CLIENTS = 256;
const KEEPALIVE_MS = 15_000;

export class RevisionEvents {
  static readonly PATH = '/fgsim/events';
  private readonly clients = new Set<http.ServerResponse>();
  private readonly stop: () => void;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(private readonly host: DeviceHost) {
    this.stop = host.onChange((device) => this.broadcast(`data: ${device.revision}\n\n`));
    this.timer = setInterval(() => this.broadcast(': keepalive\n\n'), KEEPALIVE_MS);
    this.timer.unref();
  }

  attach(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(`retry: 1000\ndata: ${this.host.device.revision}\n\n`);
    this.clients.add(res);
    for (const old of this.clients) {
      if (this.clients.size <= MAX_CLIENTS) break;
      this.clients.delete(old);
      old.end();
    }
    req.on('close', () => this.clients.delete(res));
  }

  private broadcast(text: string): void {
    for (const c of this.clients) c.write(text);
  }

  close(): void {
    this.stop();
    clearInterval(this.timer);
    for (const c of this.clients) c.end();
    this.clients.clear();
  }
}
