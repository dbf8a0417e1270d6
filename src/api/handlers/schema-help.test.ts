/**
 * The schema answer says each key's help in 6.0's words (issue 13: "at least the schema answer's
 * field help must be 6.0's text for each `gui-*` key"). The words are transcribed from Fortinet's
 * ansible modules, which transcribe the 6.0 schema: coll-test/fortinet.fortios
 * `plugins/modules/fortios_system_settings.py` ("Tested with FOS v6.0.5") and ansible/ansible
 * `lib/ansible/modules/network/fortios/fortios_system_global.py` at 28342bf ("Tested with FOS
 * v6.0.2"). docs/fortios-6.0.md §4.6. The full lists are checked in src/device/schema/options-6.0.test.ts;
 * this checks that the REST door, plain and as fgsim's console asks, passes them on.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, useDevice, type NodeDevice } from '../node';
import { expectOk } from '../../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const SETTINGS: Record<string, string> = {
  'gui-ips': 'Enable/disable IPS on the GUI.',
  'gui-endpoint-control': 'Enable/disable endpoint control on the GUI.',
  'gui-wan-load-balancing': 'Enable/disable SD-WAN on the GUI.',
  'gui-allow-unnamed-policy': 'Enable/disable the requirement for policy naming on the GUI.',
  'gui-wanopt-cache': 'Enable/disable WAN Optimization and Web Caching on the GUI.',
  'gui-dynamic-profile-display': 'Enable/disable RADIUS Single Sign On (RSSO) on the GUI.',
};

const GLOBAL: Record<string, string> = {
  'gui-ipv6': 'Enable/disable IPv6 settings on the GUI.',
  'gui-certificates':
    'Enable/disable the System > Certificate GUI page, allowing you to add and configure certificates from the GUI.',
  admintimeout:
    'Number of minutes before an idle administrator session times out (5 - 480 minutes (8 hours), default = 5). A shorter idle timeout is more secure.',
};

describe("?action=schema: 6.0's help for the gui-* keys", () => {
  let fgt: NodeDevice;
  beforeEach(() => {
    fgt = useDevice('telemetry-off');
  });

  for (const [path, expected] of [
    ['system/settings', SETTINGS],
    ['system/global', GLOBAL],
  ] as const) {
    for (const query of [{ action: 'schema' }, { action: 'schema', fgsim_gui: '1' }] as Record<
      string,
      string
    >[]) {
      it(`${path} ${JSON.stringify(query)}`, async () => {
        const { results } = await expectOk(() => fgt.api.get(`/api/v2/cmdb/${path}`, query));
        for (const [key, help] of Object.entries(expected))
          expect(results.children[key].help, key).toBe(help);
      });
    }
  }
});
