/**
 * The served device as a child process, for the crash test and the served benchmark: `node --import
 * tsx src/server/cli.ts serve --port 0 …`, resolved with its URL once it prints it. tsx runs as a
 * loader in that one process: its CLI would run the server in a grandchild that a kill of the CLI
 * leaves running, so the kill would not be the server's and the server would leak.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import ssh2, { type ClientChannel } from 'ssh2';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>`, without the trailing slash. */
  url: string;
  /** Everything it printed until then. */
  log: string;
}

export function startServerProcess(
  args: readonly string[],
  timeoutMs = 20_000,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/cli.ts', 'serve', '--port', '0', ...args],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL'); // a server that never came up is not left running
      reject(new Error(`no URL within ${timeoutMs} ms:\n${log}`));
    }, timeoutMs);
    const take = (chunk: Buffer): void => {
      log += chunk.toString();
      const url = /serving the device at (\S+)/.exec(log)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url: url.replace(/\/$/, ''), log });
      }
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code}:\n${log}`));
    });
  });
}

/**
 * Logs in to a served device as the factory admin over HTTP, as curl does (`/logincheck`), and gives
 * the headers a write then carries: the session's cookies, its CSRF token, and a JSON body type.
 */
export async function adminHeaders(url: string): Promise<Record<string, string>> {
  const r = await fetch(`${url}/logincheck`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'username=admin&secretkey=&ajax=1',
  });
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return {
    Cookie: cookie,
    'X-CSRFTOKEN': /ccsrftoken="([^"]*)"/.exec(cookie)?.[1] ?? '',
    'Content-Type': 'application/json',
  };
}

/**
 * Types `lines` in an interactive SSH shell on `port` as the factory admin, each after the prompt, and
 * resolves at the prompt after the last with the client (still connected) and all it was shown.
 */
export function sshLines(
  port: number,
  lines: readonly string[],
): Promise<{ client: ssh2.Client; seen: string }> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    client
      .on('error', reject)
      .on('ready', () =>
        client.shell({ rows: 100, cols: 120 }, (err, stream: ClientChannel) => {
          if (err) return reject(err);
          let seen = '';
          let at = 0;
          stream.on('data', (d: Buffer) => {
            seen += d.toString('utf8');
            if (!seen.endsWith('# ')) return;
            if (at === lines.length) return resolve({ client, seen });
            stream.write(`${lines[at++] as string}\r`);
          });
        }),
      )
      .connect({ host: '127.0.0.1', port, username: 'admin', password: '', readyTimeout: 10_000 });
  });
}
