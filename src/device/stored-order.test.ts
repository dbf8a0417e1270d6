/**
 * A device an older fgsim stored kept a multi-option value in the order typed; read back, it holds
 * the value in the device's order (the option list's, docs/fortios-6.0.md §3), so `show` prints what a
 * unit prints without the value having to be written again.
 */
import { describe, expect, it } from 'vitest';
import { FixedClock } from './clock';
import { buildScenario } from './scenarios';
import { exportState, importState } from './storage-format';

describe('stored multi-option values', () => {
  it('are read back in the option list order; a preference list (proposal) as stored', () => {
    const device = buildScenario('telemetry-on', new FixedClock());
    device.transact((tx) => {
      tx.update('system interface', 'dmz', { allowaccess: 'ping https ssh' });
      tx.update('vpn ipsec phase1-interface', 'HQ-to-Branch', { proposal: 'aes256-sha256 aes128-sha256' });
    });
    // What an fgsim before this change stored for `set allowaccess ssh https ping`.
    const older = exportState(device).replace(
      '"allowaccess":"ping https ssh"',
      '"allowaccess":"ssh https ping"',
    );
    expect(older).toContain('"allowaccess":"ssh https ping"');
    const loaded = importState(older, new FixedClock());
    expect(loaded.notice).toBeNull();
    expect(loaded.device.find('system interface', 'dmz')?.['allowaccess']).toBe('ping https ssh');
    expect(loaded.device.find('vpn ipsec phase1-interface', 'HQ-to-Branch')?.['proposal']).toBe(
      'aes256-sha256 aes128-sha256',
    );
  });
});
