import { describe, expect, it } from 'vitest';
import { CliSession, FixedClock, buildScenario, type Device } from '../../device';
import { CliShell } from './shell';

/** A shell over a fresh device, with what it wrote kept as one string. */
function terminal(scenario: 'telemetry-on' | 'large' = 'telemetry-on', rows = 24) {
  let device: Device = buildScenario(scenario, new FixedClock());
  const out: string[] = [];
  let closed = false;
  const shell = new CliShell(
    new CliSession(() => device, { replaceDevice: (next) => (device = next) }),
    { write: (t) => out.push(t), close: () => (closed = true) },
    { outputMode: () => String(device.single('system console')['output']), rows: () => rows },
  );
  shell.start();
  return {
    shell,
    get device() {
      return device;
    },
    get closed() {
      return closed;
    },
    /** What was written since the last call. */
    take(): string {
      const text = out.join('');
      out.length = 0;
      return text;
    },
  };
}

describe('the CLI on an SSH terminal', () => {
  it('shows the prompt, echoes what is typed and answers a line with CR LF line ends', () => {
    const t = terminal();
    expect(t.take()).toBe('FGT60E # ');
    t.shell.feed('config system interface\r');
    expect(t.take()).toBe('config system interface\r\nFGT60E (interface) # ');
    t.shell.feed('edit "dmz"\r');
    t.shell.feed('set fortiheartbeat disable\r');
    t.shell.feed('end\r');
    expect(t.take()).toContain('FGT60E # ');
    expect(t.device.find('system interface', 'dmz')?.['fortiheartbeat']).toBe('disable');
  });

  it('edits the line with the arrow keys, Backspace and Delete, and recalls history with ↑ and ↓', () => {
    const t = terminal('telemetry-on', 50);
    // "get sytem status": move left over "em status", insert the missing "s"… then fix a typo at the end.
    t.shell.feed('get sytem statuss');
    t.shell.feed('\x7f');
    t.shell.feed('\x1b[D'.repeat(10));
    t.shell.feed('s');
    t.shell.feed('\x1b[F\r');
    const answer = t.take();
    expect(answer).toContain('Hostname: FGT60E');
    t.shell.feed('\x1b[A');
    expect(t.take()).toContain('get system status');
    t.shell.feed('\x01\x1b[3~\x1b[3~\x1b[3~show');
    t.take();
    t.shell.feed('\r');
    expect(t.take()).not.toContain('Hostname');
    t.shell.feed('\x1b[A\x1b[A\x1b[B');
    expect(t.take().endsWith('show system status')).toBe(true);
  });

  it('answers ? at once, without Enter, and puts the line back after the prompt', () => {
    const t = terminal();
    t.take();
    t.shell.feed('config system ?');
    const help = t.take();
    expect(help).toMatch(/\r\ninterface\s+Configure interfaces\./);
    expect(help.endsWith('FGT60E # config system ')).toBe(true);
  });

  it('takes a ? inside quotes as text', () => {
    const t = terminal();
    t.shell.feed('config system interface\redit "dmz"\rset alias "why?"\rnext\rend\r');
    expect(t.device.find('system interface', 'dmz')?.['alias']).toBe('why?');
  });

  it('completes with Tab and lists the candidates when there are several', () => {
    const t = terminal();
    t.take();
    t.shell.feed('config system inter');
    t.take();
    t.shell.feed('\t');
    expect(t.take()).toBe('face ');
    t.shell.feed('\x15diag');
    t.take();
    t.shell.feed('\t');
    expect(t.take()).toContain('nose ');
  });

  it('takes the y/n answer as one key, and n changes nothing', () => {
    const t = terminal();
    const before = Object.keys(t.device.state.endpoints).length;
    t.shell.feed('diagnose endpoint registration deregister all\r');
    expect(t.take()).toContain(
      'This operation will deregister all FortiClients!\r\nDo you want to continue? (y/n)',
    );
    t.shell.feed('n');
    expect(t.take()).toBe('n\r\nCommand aborted.\r\nFGT60E # ');
    expect(Object.keys(t.device.state.endpoints)).toHaveLength(before);
    t.shell.feed('diagnose endpoint registration deregister all\r');
    t.shell.feed('y');
    expect(t.take()).toMatch(/y\r\n(.*\r\n)*FGT60E # $/);
    expect(Object.keys(t.device.state.endpoints)).toHaveLength(0);
  });

  it('Ctrl-C drops the line being typed and aborts a pending question', () => {
    const t = terminal();
    t.take();
    t.shell.feed('show sys\x03');
    expect(t.take()).toBe('show sys\r\nFGT60E # ');
    t.shell.feed('execute factoryreset\r');
    t.take();
    t.shell.feed('\x03');
    expect(t.take()).toContain('Command aborted.');
    expect(t.closed).toBe(false);
  });

  it('pages long output with --More-- while output is more, and prints it whole once it is standard', () => {
    const t = terminal('telemetry-on', 10);
    t.take();
    t.shell.feed('show system interface\r');
    const first = t.take();
    expect(first.split('\r\n')).toHaveLength(1 + 9 + 1);
    expect(first.endsWith('--More-- ')).toBe(true);
    // Enter shows one more line; space a page; q stops and gives the prompt back.
    t.shell.feed('\r');
    expect(t.take().split('\r\n').filter(Boolean)).toHaveLength(2);
    t.shell.feed(' ');
    const page = t.take();
    expect(page.startsWith('\r         \r')).toBe(true);
    expect(page.split('\r\n')).toHaveLength(9 + 1);
    t.shell.feed('q');
    expect(t.take().endsWith('FGT60E # ')).toBe(true);

    t.shell.feed('config system console\rset output standard\rend\r');
    t.take();
    t.shell.feed('show system interface\r');
    const whole = t.take();
    expect(whole).not.toContain('--More--');
    expect(whole.endsWith('end\r\nFGT60E # ')).toBe(true);
  });

  it('get system console shows output as automation libraries read it', () => {
    const t = terminal();
    t.shell.feed('get system console\r');
    // netmiko's FortiOS driver reads the mode with /output\s+:\s+(?P<mode>.*)\s+\n/
    // (ktbyers/netmiko, netmiko/fortinet/fortinet_ssh.py, _retrieve_output_mode).
    expect(/output\s+:\s+(.*)\s+\n/.exec(t.take())?.[1]?.trim()).toBe('more');
  });

  it('exit ends the session', () => {
    const t = terminal();
    t.shell.feed('exit\r');
    expect(t.closed).toBe(true);
  });

  it('a line of any length on large answers within a second', () => {
    const t = terminal('large', 40);
    t.take();
    const started = performance.now();
    t.shell.feed(`show system interface | grep ${'x'.repeat(5000)}\r`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
