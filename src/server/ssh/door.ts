/**
 * The SSH door: the device's CLI over SSH, as `ssh admin@<device>` reaches a FortiGate. Password logins
 * are checked by the caller's `login` — the same accounts and lockout as
 * the HTTP door — and every shell or exec request gets its own CLI session on the host's current
 * device, so a `set` over SSH shows in the GUI and the REST API at once.
 */
import net from 'node:net';
import ssh2, { type AuthContext, type Connection, type ServerChannel } from 'ssh2';
import { CliSession } from '../../device';
import type { DeviceHost } from '../../api/host';
import { bootStamp, rebootedSince } from '../../api/login';
import { SSH_ALGORITHMS } from './algorithms';
import { CliShell } from './shell';

/** Says whether `user` may log in with `password` from `address`; failures count toward the lockout. */
export type SshLogin = (user: string, password: string, address: string) => boolean | Promise<boolean>;

export interface SshDoorOptions {
  host: DeviceHost;
  login: SshLogin;
  hostKey: string;
  port: number;
  address?: string;
  /**
   * Resolves once every commit so far is kept (the state file). What a session prints after a
   * command that committed — the next prompt — waits for it, as an HTTP answer does, so a client that
   * saw the prompt after `end` has its change on disk.
   */
  durable?: () => Promise<void>;
}

export interface SshDoor {
  /** The port it listens on (the one asked for, or the free one picked for 0). */
  port: number;
  close(): Promise<void>;
}

const DEFAULT_ROWS = 24;

function cliSession(host: DeviceHost, admin: string): CliSession {
  return new CliSession(() => host.device, {
    replaceDevice: (next) => host.replace(next),
    origin: { door: 'SSH', admin },
  });
}

function outputMode(host: DeviceHost): string {
  return String(host.device.single('system console')['output'] ?? 'more');
}

/**
 * The session's output, held back while a commit it follows is not yet on disk: text written after
 * the device's revision moved waits for `durable()` (and for any commit made meanwhile), in order.
 */
export class DurableOutput {
  private seen: string;
  private held: string[] | null = null;
  private closing = false;

  constructor(
    private readonly host: DeviceHost,
    private readonly out: { write(text: string): void; close(): void },
    private readonly durable: () => Promise<void>,
  ) {
    this.seen = host.device.revision;
  }

  write(text: string): void {
    if (this.held) {
      this.held.push(text);
      return;
    }
    if (this.host.device.revision === this.seen) return this.out.write(text);
    this.held = [text];
    void this.drain();
  }

  /** Ends the output once what was committed before it (a logout revision) is on disk. */
  close(): void {
    if (!this.held && this.host.device.revision !== this.seen) {
      this.held = [];
      void this.drain();
    }
    if (this.held) this.closing = true;
    else this.out.close();
  }

  private async drain(): Promise<void> {
    while (this.host.device.revision !== this.seen) {
      this.seen = this.host.device.revision;
      // A failed save is logged by the writer; the session goes on (an HTTP answer would be a 500).
      await this.durable().catch(() => undefined);
    }
    const text = (this.held ?? []).join('');
    this.held = null;
    if (text !== '') this.out.write(text);
    if (this.closing) this.out.close();
  }
}

/** What the CLI prints to an SSH channel, held as DurableOutput holds it; closing ends the channel. */
function channelOutput(host: DeviceHost, stream: ServerChannel, durable: () => Promise<void>): DurableOutput {
  let ended = false;
  return new DurableOutput(
    host,
    {
      write: (text) => stream.write(text),
      // Closed once: by `exit`, or by a reboot through another door while the shell is open.
      close: () => {
        if (ended) return;
        ended = true;
        stream.exit(0);
        stream.end();
      },
    },
    durable,
  );
}

/** Runs an exec request's command lines (`ssh admin@fgt 'show system interface wan1'`) and closes. */
function runExec(
  host: DeviceHost,
  admin: string,
  stream: ServerChannel,
  command: string,
  durable: () => Promise<void>,
): void {
  const cli = cliSession(host, admin);
  const out = channelOutput(host, stream, durable);
  let ended = false;
  for (const line of command.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const result = cli.run(line);
    if (result.output) out.write(`${result.output}\n`);
    if (result.event) {
      ended = true;
      break;
    }
  }
  // The commands ran: the admin session ends here as `exit` would end it (before the channel closes,
  // so a logout revision is on disk once the client sees the end).
  if (!ended) cli.hangUp();
  out.close();
}

/** Password logins only, as a FortiGate's SSH asks (`admin@fgt's password:`). */
function authenticate(
  ctx: AuthContext,
  login: SshLogin,
  address: string,
  onDone: (ok: boolean) => void,
): void {
  if (ctx.method !== 'password') return ctx.reject(['password']);
  void Promise.resolve(login(ctx.username, ctx.password, address)).then(
    (ok) => onDone(ok),
    () => onDone(false),
  );
}

function serve(client: Connection, address: string, options: SshDoorOptions): void {
  const { host, login } = options;
  const durable = options.durable ?? (() => Promise.resolve());
  let admin = '';
  client.on('authentication', (ctx) =>
    authenticate(ctx, login, address, (ok) => {
      if (!ok) return ctx.reject(['password']);
      admin = ctx.username;
      ctx.accept();
    }),
  );
  client.on('error', () => undefined);
  client.on('ready', () => {
    client.on('session', (acceptSession) => {
      const session = acceptSession();
      let rows = DEFAULT_ROWS;
      session.on('pty', (accept, _reject, info) => {
        rows = info.rows || DEFAULT_ROWS;
        accept?.();
      });
      session.on('window-change', (accept, _reject, info) => {
        rows = info.rows || rows;
        accept?.();
      });
      session.on('exec', (accept, _reject, info) => runExec(host, admin, accept(), info.command, durable));
      session.on('shell', (accept) => {
        const stream = accept();
        const io = channelOutput(host, stream, durable);
        const shell = new CliShell(cliSession(host, admin), io, {
          outputMode: () => outputMode(host),
          rows: () => rows,
        });
        // A reboot through any door (a restore, `execute reboot` in another session) ends the session,
        // as a unit's reboot drops its SSH connections; what was printed before it still goes out. A
        // device replaced by a scenario booted before the session opened: the session lives on.
        const boot = bootStamp(host.device);
        const stopWatching = host.onChange((device) => {
          if (!rebootedSince(boot, device)) {
            boot.boot = device.state.bootTime;
            return;
          }
          stopWatching();
          io.close();
        });
        stream.on('data', (data: Buffer) => shell.feed(data.toString('utf8')));
        // Closed without `exit` (the client's window shut, the network dropped — ssh2 closes every
        // channel of a connection that goes): the admin session still ends as `exit` ends it, with
        // the logout revision `revision-backup-on-logout` asks for.
        stream.on('close', () => {
          stopWatching();
          shell.hangUp();
        });
        shell.start();
      });
    });
  });
}

export async function startSshDoor(options: SshDoorOptions): Promise<SshDoor> {
  const open = new Set<Connection>();
  const server = new ssh2.Server(
    { hostKeys: [options.hostKey], algorithms: SSH_ALGORITHMS, ident: 'FortiSSH' },
    (client, info) => {
      open.add(client);
      // Interactive: every echo and prompt goes out at once (as OpenSSH's sshd sets TCP_NODELAY),
      // not held by Nagle until the client's delayed ACK, which cost ~40 ms a command. ssh2's
      // Connection has setNoDelay (lib/server.js); @types/ssh2 does not declare it.
      (client as Connection & { setNoDelay?: (on: boolean) => void }).setNoDelay?.(true);
      client.on('close', () => open.delete(client));
      serve(client, info.ip, options);
    },
  );
  // The admins' trusted hosts filter SSH as they filter HTTPS (LoginGuard.admits): a connection from
  // an address none of them trusts is dropped before the SSH handshake.
  const tcp = net.createServer((socket) => {
    if (options.host.logins.admits(socket.remoteAddress ?? null)) server.injectSocket(socket);
    else socket.destroy();
  });
  const address = options.address ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    tcp.once('error', reject);
    tcp.listen(options.port, address, () => resolve());
  });
  const bound = tcp.address();
  const port = typeof bound === 'object' && bound ? bound.port : options.port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        tcp.close(() => resolve());
        // Open connections would keep close() waiting; the device is going away with them.
        for (const client of open) client.end();
      }),
  };
}
