/**
 * Served mode: one Node process serving the production build of the console and the REST door over
 * real HTTP(S). Every request under the API's paths is turned into a fetch `Request` and answered by
 * MSW's own request handling (`getResponse` from `msw`) over the very handlers the in-tab device and
 * the Node tests use (src/api/handlers, `createHandlers`): one implementation of the API. What no
 * handler answers is a file of the build (the console), or the console's index.html for its routes.
 *
 * Revisions reach open consoles as server-sent events on `/fgsim/events` (see ./events.ts).
 * The device lives in a `DeviceHost`; the SSH door (./ssh) is beside the HTTP one on the same host,
 * and a class (./seats.ts) is one such server per seat.
 */
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { getResponse } from 'msw';
import { CSRF_COOKIE, PEER_HEADER } from '../api/credentials';
import { createHandlers } from '../api/handlers';
import type { DeviceHost } from '../api/host';
import { RevisionEvents } from './events';
import { StaticFiles } from './static';

/** A request body larger than this is refused with 413 before it is read further. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface ServeOptions {
  host: DeviceHost;
  /** Address to bind (default 127.0.0.1). */
  hostname?: string;
  /** Port (0 = a free one). */
  port: number;
  /** The console's production build; without it only the API answers. */
  distDir?: string | null;
  tls?: { cert: string | Buffer; key: string | Buffer } | null;
  /** Resolves once every commit so far is kept (the state file); an answer waits for it. */
  durable?: () => Promise<void>;
  /**
   * fgsim's own paths beside the device's (the trainer's view of a class, ./seats.ts): asked first;
   * true when it answered the request.
   */
  own?: (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean | Promise<boolean>;
}

export interface Served {
  url: string;
  port: number;
  close(): Promise<void>;
}

const API_PREFIXES = ['/api/', '/logincheck', '/logout'];
/** Where fgsim's own paths live (RevisionEvents.PATH, the trainer's /fgsim/class). */
const OWN = '/fgsim';
const isApi = (pathname: string): boolean =>
  API_PREFIXES.some((p) => pathname === p.replace(/\/$/, '') || pathname.startsWith(p));

function readBody(req: http.IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function send(res: http.ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  const body = Buffer.from(await response.arrayBuffer());
  headers['content-length'] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}

export async function serve(options: ServeOptions): Promise<Served> {
  const { host } = options;
  const handlers = createHandlers(host);
  const events = new RevisionEvents(host);
  const suffix = host.options.cookieSuffix;
  const files = options.distDir
    ? new StaticFiles(options.distDir, suffix === undefined ? undefined : `${CSRF_COOKIE}_${suffix}`)
    : null;
  const scheme = options.tls ? 'https' : 'http';
  let origin = '';

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    // A connection kept open while the admins' trusted hosts changed is dropped at its next request.
    if (!host.logins.admits(req.socket.remoteAddress ?? null)) {
      req.socket.destroy();
      return;
    }
    const target = new URL(req.url ?? '/', origin);
    if (target.pathname === RevisionEvents.PATH) return events.attach(req, res, target);
    if (options.own && (await options.own(req, res, target))) return;
    // fgsim's own paths that this server does not serve (the trainer's view on a trainee's port) are
    // not there: never the console's page in their place.
    if (target.pathname === OWN || target.pathname.startsWith(`${OWN}/`)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    if (isApi(target.pathname)) {
      const method = req.method ?? 'GET';
      const body = method === 'GET' || method === 'HEAD' ? null : await readBody(req);
      if (body === 'too-large') {
        res.writeHead(413, { 'content-type': 'text/plain' }).end('Request Entity Too Large');
        return;
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined || name.toLowerCase() === PEER_HEADER.toLowerCase()) continue;
        for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
      }
      headers.set(PEER_HEADER, req.socket.remoteAddress ?? '');
      const request = new Request(target, {
        method,
        headers,
        ...(body ? { body: body.toString('latin1') === '' ? null : new Blob([new Uint8Array(body)]) } : {}),
      });
      const response = await getResponse(handlers, request);
      if (response) {
        try {
          await options.durable?.();
        } catch {
          // The change is not kept: never a 200 that a restart would lose.
          const failed = Response.json(
            {
              http_method: method,
              status: 'error',
              http_status: 500,
              error: -1,
              message: 'The configuration could not be saved.',
            },
            { status: 500 },
          );
          return send(res, failed);
        }
        return send(res, response);
      }
    }
    if (files && (req.method === 'GET' || req.method === 'HEAD'))
      return files.serve(target.pathname, req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
  };

  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end();
      console.error('fgsim: request failed', e);
    });
  };
  const server = options.tls
    ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, listener)
    : http.createServer(listener);
  // The admins' trusted hosts are the unit's local-in filter: a connection from an address none of
  // them trusts is dropped before a byte is read (a real unit drops its SYN, so the client times out;
  // here it is closed at once: **Decision**, docs/fortios-6.0.md §4.8).
  server.on('connection', (socket: Socket) => {
    if (!host.logins.admits(socket.remoteAddress ?? null)) socket.destroy();
  });
  server.keepAliveTimeout = 5_000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname ?? '127.0.0.1', () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  const shown = address.includes(':') ? `[${address}]` : address;
  origin = `${scheme}://${shown}:${port}`;
  return {
    url: `${origin}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The build next to this checkout: `<repo>/dist`. */
export const DEFAULT_DIST = path.resolve(import.meta.dirname, '../../dist');
export const distExists = (dir: string): boolean => fs.existsSync(path.join(dir, 'index.html'));
