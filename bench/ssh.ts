/**
 * The SSH door (issue 17), on loopback only, bounded: the server as a child process with
 * `--ssh-port 0` (in memory), a real SSH client (ssh2, its default algorithms).
 *
 * - Login to the first prompt: from `connect` to `FGT60E # ` on a new shell, 30 logins one after
 *   another (key exchange, password, pty, shell); median and p95. Target: p95 ≤ 500 ms.
 * - 1,000 `show` commands over one session (`show system interface wan1`, with `set output standard`
 *   so nothing pages), each sent after the prompt of the one before: the total. Target ≤ 10 s.
 *
 *   npx tsx bench/ssh.ts
 */
import ssh2, { type ClientChannel } from 'ssh2';
import { startServerProcess } from '../src/server/child';
import { emit, quantile } from './support/emit';

const LOGINS = 30;
const SHOWS = 1000;

interface Shell {
  client: ssh2.Client;
  stream: ClientChannel;
  /** Sends a line and resolves at the prompt after its output. */
  run(line: string): Promise<string>;
}

function open(port: number): Promise<Shell> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    client
      .on('error', reject)
      .on('ready', () =>
        client.shell({ rows: 40, cols: 120 }, (err, stream: ClientChannel) => {
          if (err) return reject(err);
          let seen = '';
          let waiter: ((text: string) => void) | null = null;
          stream.on('data', (d: Buffer) => {
            seen += d.toString('utf8');
            if (waiter && seen.endsWith('# ')) {
              const w = waiter;
              waiter = null;
              const text = seen;
              seen = '';
              w(text);
            }
          });
          const next = (): Promise<string> => new Promise((r) => (waiter = r));
          const shell: Shell = {
            client,
            stream,
            run: (line) => {
              const p = next();
              stream.write(`${line}\r`);
              return p;
            },
          };
          void next().then(() => resolve(shell));
        }),
      )
      .connect({ host: '127.0.0.1', port, username: 'admin', password: '', readyTimeout: 10_000 });
  });
}

const server = await startServerProcess(['--ssh-port', '0', '--scenario', 'telemetry-on'], 30_000);
try {
  const port = Number(/ssh: the CLI on \S+ port (\d+)/.exec(server.log)?.[1]);
  if (!port) throw new Error(`no SSH port in:\n${server.log}`);

  const times: number[] = [];
  for (let i = 0; i < LOGINS; i++) {
    const t0 = performance.now();
    const shell = await open(port);
    times.push(performance.now() - t0);
    shell.client.end();
  }
  times.sort((a, b) => a - b);
  emit(`ssh: login to first prompt, median of ${LOGINS}`, quantile(times, 0.5), 'ms');
  emit(`ssh: login to first prompt, p95 of ${LOGINS}`, quantile(times, 0.95), 'ms', 500);

  const shell = await open(port);
  for (const line of ['config system console', 'set output standard', 'end']) await shell.run(line);
  const t0 = performance.now();
  let bytes = 0;
  for (let i = 0; i < SHOWS; i++) {
    const out = await shell.run('show system interface wan1');
    if (!out.includes('edit "wan1"')) throw new Error(`unexpected output: ${out}`);
    bytes += out.length;
  }
  const total = performance.now() - t0;
  shell.client.end();
  emit(
    `ssh: ${SHOWS} \`show system interface wan1\` over one session (${bytes} characters back)`,
    total / 1000,
    's',
    10,
  );
  emit('ssh: one `show` over a session, mean', total / SHOWS, 'ms');
} finally {
  server.child.kill('SIGKILL');
}
