/**
 * The REST door stores a multi-option value as the device does: in the key's option list order, once
 * each (docs/fortios-6.0.md §3; the sources are quoted in src/device/cli/multi-option-order.test.ts:
 * Fortinet's Technical Tip on `append allowaccess ssh`, the 6.0.0 handbook's option list).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, useDevice, type NodeDevice } from './node';
import { expectOk, expectRefused } from '../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const INTERFACE = '/api/v2/cmdb/system/interface';
let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('factory-default');
});

async function allowaccessOf(name: string): Promise<unknown> {
  const env = await expectOk(() => fgt.api.get(`${INTERFACE}/${name}`));
  return (env.results as Record<string, unknown>[])[0]?.['allowaccess'];
}

describe('allowaccess over REST', () => {
  it('PUT stores the keywords in the device order and answers them so', async () => {
    await expectOk(() => fgt.api.put(`${INTERFACE}/dmz`, { allowaccess: 'https http ping ssh https' }));
    expect(await allowaccessOf('dmz')).toBe('ping https ssh http');
    const shown = await expectOk(() =>
      fgt.api.post('/api/v2/fgsim/cli', { session: 's', line: 'show system interface dmz' }),
    );
    expect((shown.results as { output: string }).output).toContain('set allowaccess ping https ssh http\n');
  });

  it('POST of a new VLAN stores them in the device order', async () => {
    await expectOk(() =>
      fgt.api.post(INTERFACE, {
        name: 'vlan100',
        type: 'vlan',
        interface: 'wan1',
        vlanid: 100,
        allowaccess: 'capwap fgfm ping',
      }),
    );
    expect(await allowaccessOf('vlan100')).toBe('ping fgfm capwap');
  });

  it("the schema answer lists the options in the device's order (the 6.0.0 handbook's)", async () => {
    const env = await expectOk(() => fgt.api.get(INTERFACE, { action: 'schema' }));
    const children = (env.results as { children: Record<string, { options: { name: string }[] }> }).children;
    expect(children['allowaccess']?.options.map((o) => o.name)).toEqual(
      'ping https ssh snmp http telnet fgfm radius-acct probe-response capwap ftm'.split(' '),
    );
  });

  it('a bad keyword is refused with -651 and changes nothing', async () => {
    await expectRefused(
      fgt,
      () => fgt.api.put(`${INTERFACE}/dmz`, { allowaccess: 'https telemetry' }),
      500,
      -651,
    );
  });
});
