/**
 * The SSH door in served mode (issue 17's acceptance): a real SSH client restricted to the legacy key
 * exchange automation libraries ask for (netmiko's FortiOS driver: `diffie-hellman-group14-sha1`,
 * ktbyers/netmiko, netmiko/fortinet/fortinet_ssh.py), the same accounts and lockout as `/logincheck`,
 * and one device: a `set` over SSH reads back over HTTP at once.
 */
import ssh2, { type ClientChannel } from 'ssh2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock, LOGOUT_COMMENT, revisionList } from '../../device';
import { startServed, type ServedDevice } from '../device';

const LEGACY = { kex: ['diffie-hellman-group14-sha1'] } as ssh2.Algorithms;
const clock = new FixedClock(Date.UTC(2026, 0, 1));
let served: ServedDevice;

beforeAll(async () => {
  served = await startServed({
    port: 0,
    sshPort: 0,
    scenario: 'telemetry-on',
    fallback: 'telemetry-on',
    stateDir: null,
    distDir: null,
    clock,
  });
});
afterAll(() => served.close());

function connect(password: string): Promise<ssh2.Client> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    client
      .on('ready', () => resolve(client))
      .on('error', reject)
      .connect({
        host: '127.0.0.1',
        port: served.sshPort,
        username: 'admin',
        password,
        algorithms: LEGACY,
        readyTimeout: 5000,
      });
  });
}

async function typeLines(client: ssh2.Client, lines: string[]): Promise<string> {
  const stream = await new Promise<ClientChannel>((resolve, reject) =>
    client.shell({ rows: 100, cols: 120 }, (err, s) => (err ? reject(err) : resolve(s))),
  );
  let seen = '';
  stream.on('data', (d: Buffer) => (seen += d.toString('utf8')));
  /** Waits for the next prompt after `from` characters of output. */
  const prompt = async (from: number): Promise<void> => {
    for (let i = 0; i < 500 && !(seen.length > from && seen.endsWith('# ')); i++)
      await new Promise((r) => setTimeout(r, 10));
  };
  await prompt(0);
  for (const line of lines) {
    const from = seen.length;
    stream.write(`${line}\r`);
    await prompt(from + line.length);
  }
  return seen;
}

async function loginOverHttp(password: string): Promise<string> {
  const r = await fetch(`${served.url.replace(/\/$/, '')}/logincheck`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'admin', secretkey: password, ajax: '1' }).toString(),
  });
  return (await r.text()).slice(0, 1);
}

describe('the SSH door of the served device', () => {
  it('a set over SSH shows over HTTP at once', async () => {
    const client = await connect('');
    await typeLines(client, ['config system interface', 'edit "dmz"', 'set fortiheartbeat disable', 'end']);
    client.end();
    expect(served.host.device.find('system interface', 'dmz')?.['fortiheartbeat']).toBe('disable');
    const log = served.host.device.changeLog();
    expect(log[log.length - 1]).toMatchObject({ door: 'SSH', admin: 'admin' });
  });

  it('refuses wrong passwords, counts them toward the lockout /logincheck answers too, and lets in after it', async () => {
    for (let i = 0; i < 3; i++) await expect(connect('wrong')).rejects.toThrow(/authentication/i);
    // Locked out: the right password is refused through both doors for admin-lockout-duration (60 s).
    await expect(connect('')).rejects.toThrow(/authentication/i);
    expect(await loginOverHttp('')).toBe('2');
    clock.advance(61_000);
    const client = await connect('');
    client.end();
    expect(await loginOverHttp('')).toBe('1');
  });
});

describe('an SSH session that ends without exit', () => {
  const logoutRevisions = (): number =>
    revisionList(served.host.device).filter((r) => r.comment === LOGOUT_COMMENT).length;

  /** Resolves once `check` holds, polled for at most two seconds. */
  const eventually = async (check: () => boolean): Promise<boolean> => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
    return check();
  };

  it('saves the logout revision when the connection drops, and drops the edit in progress', async () => {
    const setup = await connect('');
    await typeLines(setup, ['config system global', 'set revision-backup-on-logout enable', 'end']);
    expect(logoutRevisions()).toBe(0);
    // Closed at the prompt, without `exit`.
    setup.end();
    expect(await eventually(() => logoutRevisions() === 1)).toBe(true);
    const before = served.host.device.find('system interface', 'dmz')?.['alias'];

    const client = await connect('');
    await typeLines(client, ['config system interface', 'edit "dmz"', 'set alias never-ended']);
    // The client goes away mid-edit, without `end` or `exit`.
    client.end();
    expect(await eventually(() => logoutRevisions() === 2)).toBe(true);
    const saved = revisionList(served.host.device).at(-1);
    expect(saved).toMatchObject({ comment: LOGOUT_COMMENT, admin: 'admin' });
    expect(served.host.device.find('system interface', 'dmz')?.['alias']).toBe(before);
    const log = served.host.device.changeLog();
    expect(log[log.length - 1]).toMatchObject({ door: 'SSH', admin: 'admin' });
  });

  it('saves it once an exec request has run its commands', async () => {
    const count = logoutRevisions();
    const client = await connect('');
    const output = await new Promise<string>((resolve, reject) =>
      client.exec('get system status', (err, stream) => {
        if (err) return reject(err);
        let seen = '';
        stream.on('data', (d: Buffer) => (seen += d.toString('utf8')));
        stream.on('close', () => resolve(seen));
      }),
    );
    client.end();
    expect(output).toMatch(/Version: FortiGate-60E v6\.0\.4/);
    // Answered once the revision was saved: it is there when the channel closes.
    expect(logoutRevisions()).toBe(count + 1);
  });
});
