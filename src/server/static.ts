/**
 * The console's production build, served as files. Paths are resolved inside the build directory
 * only; anything that is not a file there is the console's own route and gets index.html, marked
 * `data-fgsim-served` so the page uses the server's device instead of starting one in the tab
 * (src/device-loading.ts), and without the in-tab device's preloads.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The built index.html as the served console needs it. `csrfCookie`: the cookie that carries this
 * device's CSRF token when it is one seat of a class (`ccsrftoken_<n>`; ./seats.ts), which the console
 * then reads instead of the unsuffixed `ccsrftoken` another seat on the same host may have set.
 */
export function servedIndex(html: string, csrfCookie?: string): string {
  const mark =
    csrfCookie === undefined
      ? ' data-fgsim-served="true"'
      : ` data-fgsim-served="true" data-fgsim-csrf-cookie="${csrfCookie.replace(/[^\w-]/g, '')}"`;
  return html
    .replace(/<html([^>]*)>/, `<html$1${mark}>`)
    .replace(/\s*<link rel="modulepreload"[^>]*href="[^"]*browser-[^"]*\.js"[^>]*>/g, '');
}

export class StaticFiles {
  private readonly root: string;
  private readonly index: Buffer;

  constructor(dir: string, csrfCookie?: string) {
    this.root = path.resolve(dir);
    this.index = Buffer.from(
      servedIndex(fs.readFileSync(path.join(this.root, 'index.html'), 'utf8'), csrfCookie),
    );
  }

  serve(pathname: string, req: http.IncomingMessage, res: http.ServerResponse): void {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      decoded = '';
    }
    const file = path.resolve(this.root, `.${path.posix.normalize(`/${decoded}`)}`);
    const inside = file.startsWith(this.root + path.sep);
    const base = path.basename(file);
    let stat: fs.Stats | undefined;
    if (inside && base !== 'index.html' && base !== 'mockServiceWorker.js') {
      try {
        stat = fs.statSync(file);
      } catch {
        stat = undefined;
      }
    }
    if (!stat?.isFile()) {
      res.writeHead(200, {
        'content-type': TYPES['.html'],
        'content-length': String(this.index.length),
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : this.index);
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': String(stat.size),
      'cache-control': file.includes(`${path.sep}assets${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  }
}
