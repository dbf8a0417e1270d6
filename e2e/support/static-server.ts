/**
 * A plain static file server for the hosting journeys, behaving as `python3 -m http.server` does and
 * no more: files as they are, a directory asked for without its slash is redirected to it (301), a
 * directory answers its `index.html`, anything else is a 404, and a method other than GET/HEAD is a
 * 501. No rewrite rules, no fallback page. Bound to 127.0.0.1 on a free port; `close()` stops it.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/vnd.microsoft.icon',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  origin: string;
  /** Every path asked for, with the status it got, in order. */
  log: { method: string; path: string; status: number }[];
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const log: StaticServer['log'] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const answer = (status: number, headers: Record<string, string> = {}, body: Buffer | string = '') => {
      log.push({ method: req.method ?? '', path, status });
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return answer(501, {}, 'Unsupported method');
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return answer(404);
    void (async () => {
      try {
        let s = await stat(file);
        let target = file;
        if (s.isDirectory()) {
          if (!path.endsWith('/')) return answer(301, { Location: `${path}/` });
          target = join(file, 'index.html');
          s = await stat(target);
        }
        const type = TYPES[extname(target)] ?? 'application/octet-stream';
        answer(200, { 'Content-Type': type }, await readFile(target));
      } catch {
        answer(404, { 'Content-Type': 'text/plain' }, 'File not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server: no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
