/**
 * Changing `system settings` › `opmode` through the REST door: the keys the change needs (the 6.0.0
 * CLI reference's `system settings`, https://docs.fortinet.com/document/fortigate/6.0.0/cli-reference/726496:
 * to Transparent `gateway` and `manageip`, to NAT `device`, `gateway` and `ip`; "If you do not set
 * these fields, the opmode change will fail") and the error number a refused change carries (-7610, a
 * FortiGate-VM 7.0.3's refused opmode change; docs/fortios-6.0.md §4.4).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, useDevice, type NodeDevice } from './node';
import { expectOk, expectRefused } from '../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const SETTINGS = '/api/v2/cmdb/system/settings';
let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('telemetry-on');
});

describe('opmode over REST', () => {
  it('refuses Transparent mode without manageip and gateway (500, -7610), changing nothing', async () => {
    await expectRefused(fgt, () => fgt.api.put(SETTINGS, { opmode: 'transparent' }), 500, -7610);
    await expectRefused(
      fgt,
      () => fgt.api.put(SETTINGS, { opmode: 'transparent', manageip: '192.168.1.99 255.255.255.0' }),
      500,
      -7610,
    );
  });

  it('keeps Transparent mode given both, and NAT mode back given device, ip and gateway', async () => {
    await expectOk(() =>
      fgt.api.put(SETTINGS, {
        opmode: 'transparent',
        manageip: '192.168.1.99 255.255.255.0',
        gateway: '192.168.1.1',
      }),
    );
    expect(fgt.device.single('system settings').opmode).toBe('transparent');
    await expectRefused(fgt, () => fgt.api.put(SETTINGS, { opmode: 'nat', device: 'wan1' }), 500, -7610);
    await expectOk(() =>
      fgt.api.put(SETTINGS, { opmode: 'nat', device: 'wan1', ip: '192.168.1.99 255.255.255.0' }),
    );
    expect(fgt.device.single('system settings').opmode).toBe('nat');
  });
});
