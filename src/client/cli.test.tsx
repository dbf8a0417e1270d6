/**
 * The client side of the CLI door and Backup/Restore, as the console and the admin menu call them:
 * logged in with a GUI session (cookie + CSRF token), against the real handlers.
 */
import { describe, expect, it } from 'vitest';
import { logIn, setupConsoleDevice } from '../test/console';
import { ApiError, cli, config } from '.';

const fgt = setupConsoleDevice('telemetry-on');

describe('cli', () => {
  it('runs lines, completes and interrupts in a named session', async () => {
    await logIn();
    expect(await cli.run('c1', 'config system interface')).toEqual({
      output: '',
      prompt: 'FGT60E (interface) # ',
    });
    expect(await cli.complete('c1', 'ed')).toEqual({ line: 'edit ', candidates: ['edit'] });
    await cli.run('c1', 'end');
    await cli.run('c1', 'diagnose endpoint registration deregister all');
    expect(await cli.interrupt('c1')).toEqual({ output: 'Command aborted.', prompt: 'FGT60E # ' });
    expect(fgt.current.device.rows('endpoint-control registered-forticlient')).toHaveLength(6);
  });

  it('is refused without a login', async () => {
    await expect(cli.run('c1', 'show')).rejects.toBeInstanceOf(ApiError);
  });
});

describe('config', () => {
  it('backup, factory reset, restore gives back the same file; each reboot ends the login session', async () => {
    await logIn();
    const backup = await config.backup();
    expect(backup.startsWith('#config-version=FGT60E-6.0.4-FW-build0231-190107:')).toBe(true);
    await cli.run('c2', 'execute factoryreset');
    await cli.run('c2', 'y');
    await expect(config.backup()).rejects.toMatchObject({ httpStatus: 401 });
    await logIn();
    expect(await config.backup()).not.toBe(backup);
    await config.restore(backup);
    await expect(config.backup()).rejects.toMatchObject({ httpStatus: 401 });
    await logIn();
    expect(await config.backup()).toBe(backup);
  });

  it('a refused restore throws the device error', async () => {
    await logIn();
    const refused = await config.restore('config system nothing\nend\n').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).error).toBe(-651);
  });
});
