/**
 * @vitest-environment jsdom
 *
 * The walkthrough's checks against the real REST handlers, read through src/client as the guide reads
 * them (jsdom for the client's session cookie): nothing is done on `telemetry-on`, everything on
 * `telemetry-off`; each step's CLI lines, typed through the CLI door, tick that step and no other;
 * and after all of them the device matches `telemetry-off` on every field the procedure touches.
 */
import { describe, expect, it } from 'vitest';
import { cli, scenario } from '../client';
import { logIn, setupConsoleDevice } from '../test/console';
import { checkSteps, clientReads } from './client-reads';
import { procedureFacts } from './facts';
import { GUIDE_ID, steps, versionNotes, type StepId } from './steps';

setupConsoleDevice('telemetry-on');

async function typeLines(lines: readonly string[]): Promise<void> {
  for (const line of lines) {
    const answer = await cli.run('walkthrough-test', line);
    expect(answer.output, `${line} → ${answer.output}`).not.toMatch(
      /Command fail|parse error|Unknown action/,
    );
  }
}

describe('the steps as data', () => {
  it('five steps in the order of the seed, each with a unique id, a route and a target', () => {
    expect(GUIDE_ID).toBe('fortitelemetry');
    expect(steps.map((s) => s.id)).toEqual([
      'feature-visibility',
      'interfaces',
      'ssl-vpn',
      'compliance',
      'deregister',
    ] satisfies StepId[]);
    for (const s of steps) {
      expect(s.route).toMatch(/^\//);
      expect(s.target.name).not.toBe('');
      expect(s.instructions.length).toBeGreaterThan(0);
      for (const shot of s.screenshots) expect(shot.afterActions).toBeLessThanOrEqual(s.actions.length);
    }
  });

  it('the seed version notes, each naming only steps that exist', () => {
    expect(versionNotes.map((n) => n.version.split(' ')[1])).toEqual(['6.2.0', '6.2.3', '7.4.2', '7.6.3']);
    const ids = new Set(steps.map((s) => s.id));
    for (const n of versionNotes) for (const id of n.steps) expect(ids.has(id)).toBe(true);
  });
});

describe('doneWhen against the device', { timeout: 20_000 }, () => {
  it('telemetry-on: no step is done', async () => {
    await logIn();
    expect(await checkSteps(steps)).toEqual([false, false, false, false, false]);
  });

  it('each step’s CLI lines tick that step and no other', async () => {
    await logIn();
    const done: boolean[] = steps.map(() => false);
    for (const [i, step] of steps.entries()) {
      await typeLines(step.cli);
      done[i] = true;
      expect(await checkSteps(steps), step.id).toEqual(done);
    }
  });

  it('after every step the procedure’s fields are those of telemetry-off', async () => {
    await logIn();
    for (const step of steps) await typeLines(step.cli);
    const reached = await procedureFacts(clientReads);
    await scenario.open('telemetry-off');
    expect(await checkSteps(steps)).toEqual([true, true, true, true, true]);
    expect(reached).toEqual(await procedureFacts(clientReads));
    expect(reached.registeredEndpoints).toBe(0);
    expect(Object.values(reached.fortiheartbeat)).not.toContain('enable');
  });

  it('the interfaces step ignores ssl.root, and the SSL-VPN step looks only at ssl.root', async () => {
    await logIn();
    await typeLines(steps[1]!.cli);
    const [, interfaces, sslVpn] = await checkSteps(steps);
    expect([interfaces, sslVpn]).toEqual([true, false]);
    await typeLines(['config system interface', 'edit wan1', 'set fortiheartbeat enable', 'end']);
    expect((await checkSteps(steps))[1]).toBe(false);
  });

  it('the compliance step needs System Compliance off in every profile, not only default', async () => {
    await logIn();
    await typeLines([...steps[3]!.cli, 'config endpoint-control profile', 'edit branch', 'end']);
    expect((await checkSteps(steps))[3]).toBe(false);
  });
});
