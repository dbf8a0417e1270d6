/**
 * `POST /api/v2/fgsim/scenario`: the walkthrough's Reset. It replaces the device with the named scenario built afresh
 * (the same device `?scenario=` opens), keeps the caller logged in, and refuses anything else whole.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildScenario, exportState, FixedClock } from '../../device';
import { server, useDevice, type NodeDevice } from '../node';
import { expectOk, expectRefused } from '../../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const SCENARIO = '/api/v2/fgsim/scenario';

let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('telemetry-on');
});

describe('POST /api/v2/fgsim/scenario', () => {
  it('puts back telemetry-on after changes, with a new revision, as ?scenario= would build it', async () => {
    await expectOk(() => fgt.api.put('/api/v2/cmdb/system/interface/dmz', { fortiheartbeat: 'disable' }));
    for (const line of ['diagnose endpoint registration deregister all', 'y'])
      await expectOk(() => fgt.api.post('/api/v2/fgsim/cli', { session: 'reset-test', line }));
    expect(fgt.device.state.endpoints).toEqual({});
    const changed = fgt.device.revision;

    const answer = await expectOk(() => fgt.api.post(SCENARIO, { name: 'telemetry-on' }));
    expect(answer).toMatchObject({ path: 'fgsim', name: 'scenario', results: { scenario: 'telemetry-on' } });
    expect(answer.revision).not.toBe(changed);
    expect(answer.revision).toBe(fgt.device.revision);
    // The same device as a fresh build, its change counter going on (so no revision comes back).
    const fresh = JSON.parse(exportState(buildScenario('telemetry-on', new FixedClock()))) as object;
    expect(JSON.parse(exportState(fgt.device))).toEqual({ ...fresh, changes: 3 });
    const dmz = await expectOk(() => fgt.api.get('/api/v2/cmdb/system/interface/dmz'));
    expect(dmz.results[0].fortiheartbeat).toBe('enable');
  });

  it('opens any named scenario', async () => {
    await expectOk(() => fgt.api.post(SCENARIO, { name: 'telemetry-off' }));
    const settings = await expectOk(() => fgt.api.get('/api/v2/cmdb/system/settings'));
    expect(settings.results['gui-endpoint-control']).toBe('enable');
  });

  it('keeps a GUI session logged in and asks it for the CSRF token like any write', async () => {
    const gui = await fgt.login();
    await expectOk(() => gui.post(SCENARIO, { name: 'factory-default' }));
    await expectOk(() => gui.get('/api/v2/cmdb/system/interface'));
    await expectRefused(
      fgt,
      () => gui.with({ 'X-CSRFTOKEN': 'wrong' }).post(SCENARIO, { name: 'large' }),
      403,
    );
  });

  it('refuses an unknown name, a missing name and a bad body with -651, changing nothing', async () => {
    await expectOk(() => fgt.api.put('/api/v2/cmdb/system/interface/dmz', { alias: 'kept' }));
    for (const body of [{ name: 'no-such' }, {}, { name: 7 }, ['telemetry-on']]) {
      const answer = await expectRefused(fgt, () => fgt.api.post(SCENARIO, body), 500, -651);
      expect(answer.field).toBe(Array.isArray(body) ? 'body' : 'name');
    }
    await expectRefused(fgt, () => fgt.api.send('POST', SCENARIO, { raw: '{' }), 500, -651);
  });

  it('needs a login', async () => {
    await expectRefused(fgt, () => fgt.anonymous().post(SCENARIO, { name: 'telemetry-on' }), 401);
  });
});
