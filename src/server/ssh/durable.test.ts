/**
 * What an SSH session prints after a command that committed waits until the commit is in the state
 * file, as an HTTP answer does (src/server/server.ts `durable`): a client that saw the prompt after
 * `end` may be killed with the server and still find its change.
 */
import { describe, expect, it } from 'vitest';
import { MemoryLoginSessions } from '../../api/login-sessions';
import { DeviceHost } from '../../api/host';
import { buildScenario, CliSession, FixedClock } from '../../device';
import { DurableOutput } from './door';

function setup() {
  const host = new DeviceHost(buildScenario('telemetry-on', new FixedClock()), new MemoryLoginSessions());
  const written: string[] = [];
  let closed = false;
  const pending: Array<() => void> = [];
  const out = new DurableOutput(
    host,
    { write: (t) => written.push(t), close: () => (closed = true) },
    () => new Promise<void>((resolve) => pending.push(resolve)),
  );
  const cli = new CliSession(() => host.device, { replaceDevice: (d) => host.replace(d) });
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { host, out, written, cli, pending, settle, isClosed: () => closed };
}

describe('DurableOutput', () => {
  it('writes at once while nothing was committed', () => {
    const { out, written, cli } = setup();
    out.write(cli.run('show system interface dmz').output);
    expect(written).toHaveLength(1);
    expect(written[0]).toContain('edit "dmz"');
  });

  it('holds the prompt after `end` until the commit is kept, then writes it in order', async () => {
    const { out, written, cli, pending, settle } = setup();
    for (const line of ['config system global', 'set hostname Kept']) out.write(cli.run(line).prompt);
    expect(written).toEqual(['FGT60E (global) # ', 'FGT60E (global) # ']);
    const end = cli.run('end');
    out.write(end.prompt);
    out.write('typed meanwhile');
    await settle();
    expect(written).toHaveLength(2);
    expect(pending).toHaveLength(1);
    pending[0]?.();
    await settle();
    expect(written.slice(2)).toEqual(['Kept # typed meanwhile']);
  });

  it('waits again for a commit made while it was waiting, and closes only after writing', async () => {
    const { host, out, written, pending, settle, isClosed } = setup();
    host.replace(buildScenario('factory-default', new FixedClock()));
    out.write('one ');
    host.replace(buildScenario('telemetry-on', new FixedClock()));
    out.write('two');
    out.close();
    pending[0]?.();
    await settle();
    expect(written).toEqual([]);
    expect(isClosed()).toBe(false);
    pending[1]?.();
    await settle();
    expect(written).toEqual(['one two']);
    expect(isClosed()).toBe(true);
  });
});
