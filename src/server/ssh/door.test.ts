/**
 * The SSH door with a real SSH client (ssh2's own), restricted to the legacy key exchange FortiOS
 * automation libraries ask for: netmiko's FortiOS driver prefers `diffie-hellman-group14-sha1`
 * (ktbyers/netmiko, netmiko/fortinet/fortinet_ssh.py, `_modify_connection_params`).
 */
import ssh2, { type ClientChannel } from 'ssh2';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, useDevice, type NodeDevice } from '../../api/node';
import { startSshDoor, type SshDoor } from './door';
import { loadHostKey } from './host-key';

const hostKey = loadHostKey();
const LEGACY = {
  kex: ['diffie-hellman-group14-sha1'],
  cipher: ['aes128-cbc', 'aes128-ctr'],
  hmac: ['hmac-sha1'],
};

let fgt: NodeDevice;
let door: SshDoor;
const clients: ssh2.Client[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
afterEach(async () => {
  for (const c of clients.splice(0)) c.end();
  await door?.close();
});

beforeEach(() => {
  fgt = useDevice('telemetry-on');
});

async function startDoor(login = (user: string, password: string) => user === 'admin' && password === '') {
  door = await startSshDoor({ host: fgt.host, login, hostKey, port: 0 });
}

function connect(password = ''): Promise<ssh2.Client> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    clients.push(client);
    client
      .on('ready', () => resolve(client))
      .on('error', reject)
      .connect({
        host: '127.0.0.1',
        port: door.port,
        username: 'admin',
        password,
        algorithms: LEGACY as ssh2.Algorithms,
        readyTimeout: 5000,
      });
  });
}

/** An interactive shell: `until` waits for text to appear, `send` types. */
async function shell(client: ssh2.Client) {
  const stream = await new Promise<ClientChannel>((resolve, reject) =>
    client.shell({ rows: 200, cols: 120, term: 'xterm' }, (err, s) => (err ? reject(err) : resolve(s))),
  );
  let seen = '';
  stream.on('data', (d: Buffer) => (seen += d.toString('utf8')));
  return {
    stream,
    async until(text: string | RegExp, ms = 5000): Promise<string> {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline) {
        const at = typeof text === 'string' ? seen.indexOf(text) : seen.search(text);
        if (at >= 0) {
          const got = seen;
          seen = '';
          return got;
        }
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`did not see ${String(text)} in ${JSON.stringify(seen)}`);
    },
    send(text: string) {
      stream.write(text);
    },
  };
}

function exec(client: ssh2.Client, command: string): Promise<{ output: string; code: number | null }> {
  return new Promise((resolve, reject) =>
    client.exec(command, (err, stream) => {
      if (err) return reject(err);
      let output = '';
      let code: number | null = null;
      stream.on('data', (d: Buffer) => (output += d.toString('utf8')));
      stream.on('exit', (c: number) => (code = c));
      stream.on('close', () => resolve({ output, code }));
    }),
  );
}

describe('the SSH door', () => {
  it('logs in with the legacy key exchange, and a set over SSH shows through REST at once', async () => {
    await startDoor();
    const term = await shell(await connect());
    expect(await term.until('FGT60E # ')).toBe('FGT60E # ');
    for (const line of ['config system interface', 'edit "dmz"', 'set fortiheartbeat disable', 'end']) {
      term.send(`${line}\r`);
      await term.until(/# $/);
    }
    const { body } = await fgt.api.get('/api/v2/cmdb/system/interface/dmz');
    expect(body.results[0].fortiheartbeat).toBe('disable');
  });

  it('refuses a wrong password and tells the login check about it', async () => {
    const tried: string[] = [];
    await startDoor((user, password) => {
      tried.push(`${user}:${password}`);
      return password === '';
    });
    await expect(connect('wrong')).rejects.toThrow(/authentication/i);
    expect(tried).toContain('admin:wrong');
  });

  it('drops a client from an address no admin trusts before it can log in', async () => {
    // The admins' trusted hosts are the unit's local-in filter for every admin service (Technical Tip
    // "System admin's trusthost setting takes precedence over system API user's trusthost",
    // docs/fortios-6.0.md §4.8): 127.0.0.1 is none of the only admin's hosts here.
    const tried: string[] = [];
    await startDoor((user, password) => {
      tried.push(user);
      return password === '';
    });
    fgt.device.transact((tx) =>
      tx.update('system admin', 'admin', { trusthost1: '192.168.217.2 255.255.255.255' }),
    );
    await expect(connect()).rejects.toThrow();
    expect(tried).toEqual([]);
  });

  it('asks y/n before deregistering every FortiClient, and y empties the FortiClient Monitor', async () => {
    await startDoor();
    const term = await shell(await connect());
    await term.until('# ');
    term.send('diagnose endpoint registration deregister all\r');
    expect(await term.until('(y/n)')).toContain('This operation will deregister all FortiClients!');
    term.send('y');
    await term.until('FGT60E # ');
    const { body } = await fgt.api.get('/api/v2/monitor/endpoint-control/registration/summary');
    expect(body.results.total).toBe(0);
  });

  it('a reboot through another door (a configuration restore over REST) ends the SSH session', async () => {
    // A unit's reboot drops its SSH connections; a restore reboots it (docs/fortios-6.0.md §3.2).
    await startDoor();
    const term = await shell(await connect());
    await term.until('FGT60E # ');
    const closed = new Promise<void>((resolve) => term.stream.on('close', () => resolve()));
    const file = (await fgt.api.get('/api/v2/monitor/system/config/backup', { scope: 'global' })).text;
    const answer = await fgt.api.post('/api/v2/monitor/system/config/restore', {
      source: 'upload',
      file_content: btoa(file),
    });
    expect(answer.status, answer.text).toBe(200);
    await closed;
  });

  it('execute reboot in the SSH session prints the going-down text, then the connection ends', async () => {
    await startDoor();
    const term = await shell(await connect());
    await term.until('FGT60E # ');
    const closed = new Promise<void>((resolve) => term.stream.on('close', () => resolve()));
    term.send('execute reboot\r');
    await term.until('(y/n)');
    term.send('y');
    expect(await term.until('The system is going down NOW !!')).toContain('going down');
    await closed;
  });

  it('opening a scenario is no reboot: the SSH session goes on', async () => {
    await startDoor();
    const term = await shell(await connect());
    await term.until('FGT60E # ');
    const reset = await fgt.api.post('/api/v2/fgsim/scenario', { name: 'telemetry-off' });
    expect(reset.status, reset.text).toBe(200);
    term.send('get system status\r');
    expect(await term.until('FGT60E # ')).toContain('Hostname: FGT60E');
  });

  it('runs an exec request and closes, printing what show prints', async () => {
    await startDoor();
    const { output, code } = await exec(await connect(), 'show system interface wan1');
    expect(output).toMatch(/^config system interface\n {4}edit "wan1"\n/);
    expect(output.trimEnd().endsWith('end')).toBe(true);
    expect(code).toBe(0);
  });

  it('keeps the host key it made in the state directory', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'fgsim-ssh-'));
    try {
      expect(loadHostKey(dir)).toBe(loadHostKey(dir));
      expect(loadHostKey(dir)).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
