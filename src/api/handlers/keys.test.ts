/**
 * Keys are data (issue 14, item 9): rows whose keys are the names of Object.prototype's members — an
 * interface named `__proto__`, endpoints with uid `constructor`, `toString`, `hasOwnProperty` — show
 * up in the monitor with every field, and the summary counts them. Before, the interface vanished
 * from `monitor/system/interface` and each such endpoint lost nine fields and was miscounted.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, useDevice, type NodeDevice } from '../node';
import { expectMonitorOk, expectOk } from '../../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const M = '/api/v2/monitor';
const PROTO_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('telemetry-on');
});

describe('prototype-named keys', () => {
  it.each(PROTO_NAMES)(
    'an interface named %s is in monitor/system/interface, alone and in the list',
    async (name) => {
      await expectOk(() =>
        fgt.api.post('/api/v2/cmdb/system/interface', {
          name,
          type: 'loopback',
          ip: '10.9.9.9 255.255.255.255',
        }),
      );
      const all = await fgt.api.get(`${M}/system/interface`);
      expect(all.status).toBe(200);
      expect(Object.hasOwn(all.body.results, name)).toBe(true);
      expect(all.body.results[name]).toMatchObject({ name, id: name, ip: '10.9.9.9', mask: 32 });
      const one = await expectMonitorOk(() => fgt.api.get(`${M}/system/interface`, { interface_name: name }));
      expect(Object.keys(one.results)).toEqual([name]);
      const none = await expectMonitorOk(() =>
        fgt.api.get(`${M}/system/interface`, { interface_name: 'toLocaleString' }),
      );
      expect(Object.keys(none.results)).toEqual([]);
    },
  );

  it('endpoints named after prototype members keep every field and are counted once each', async () => {
    const before = (await expectMonitorOk(() => fgt.api.get(`${M}/endpoint-control/registration/summary`)))
      .results;
    for (const uid of PROTO_NAMES)
      await expectOk(() =>
        fgt.api.post('/api/v2/cmdb/endpoint-control/registered-forticlient', { uid, ip: '10.0.0.9' }),
      );
    const list = (await expectMonitorOk(() => fgt.api.get(`${M}/endpoint-control/record-list`))).results;
    for (const uid of PROTO_NAMES) {
      const rec = list.find((r: { uid: string }) => r.uid === uid);
      expect(rec).toEqual({
        uid,
        ip: '10.0.0.9',
        mac: '00:00:00:00:00:00',
        host_name: '',
        user: '',
        os: '',
        fct_version: '',
        intf_name: '',
        compliance: 'non-compliant',
        blocked: false,
        online: false,
        last_seen: 0,
      });
    }
    const after = (await expectMonitorOk(() => fgt.api.get(`${M}/endpoint-control/registration/summary`)))
      .results;
    expect(after).toEqual({
      ...before,
      total: before.total + PROTO_NAMES.length,
      offline: before.offline + PROTO_NAMES.length,
      non_compliant: before.non_compliant + PROTO_NAMES.length,
    });
  });

  it('monitor facts stored under a prototype name are kept and read back as that endpoint', async () => {
    await expectOk(() =>
      fgt.api.post('/api/v2/cmdb/endpoint-control/registered-forticlient', {
        uid: '__proto__',
        ip: '10.0.0.9',
      }),
    );
    fgt.device.transact((tx) =>
      tx.setEndpoint('__proto__', {
        host_name: 'proto-pc',
        user: 'u',
        os: 'Windows 10',
        fct_version: '6.0.4',
        intf_name: 'internal',
        compliance: 'compliant',
        blocked: false,
        online: true,
        last_seen: 1,
      }),
    );
    expect(Object.getPrototypeOf(fgt.device.state.endpoints)).toBeNull();
    const list = (await expectMonitorOk(() => fgt.api.get(`${M}/endpoint-control/record-list`))).results;
    expect(list.find((r: { uid: string }) => r.uid === '__proto__')).toMatchObject({ host_name: 'proto-pc' });
    await expectMonitorOk(() =>
      fgt.api.post(`${M}/endpoint-control/registration/quarantine`, { uid: '__proto__' }),
    );
    const again = (await expectMonitorOk(() => fgt.api.get(`${M}/endpoint-control/record-list`))).results;
    expect(again.find((r: { uid: string }) => r.uid === '__proto__')).toMatchObject({
      compliance: 'quarantined',
    });
    expect(({} as Record<string, unknown>).host_name).toBeUndefined();
  });
});
