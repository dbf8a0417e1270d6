/**
 * The CLI session a unit test types into: every exception that is not a refusal (a bug) is thrown
 * into the test instead of printing the device's generic error, so a test cannot pass over one.
 *
 *   let device = buildScenario('telemetry-on', new FixedClock());
 *   const cli = cliUnderTest(() => device, (next) => (device = next));
 *
 * `replace` is told the new device after `execute factoryreset` or a reboot; without it the new
 * state replaces the old device's (CliSession's default).
 */
import type { Device } from '../device/config';
import { CliSession, type CliSessionOptions } from '../device/cli/cli-session';

export function cliUnderTest(
  device: Device | (() => Device),
  replace?: (next: Device) => void,
  opts: Omit<CliSessionOptions, 'replaceDevice' | 'onInternalError'> = {},
): CliSession {
  return new CliSession(device, {
    ...opts,
    ...(replace ? { replaceDevice: replace } : {}),
    onInternalError: (e) => {
      throw e;
    },
  });
}
