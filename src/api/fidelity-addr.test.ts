/**
 * The REST door's `firewall/address` and `system/csf` rows, key by key (names and order), against
 * 6.0's (issue 13; docs/fortios-6.0.md §4.3, §4.6.1).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, useDevice, type NodeDevice } from './node';
import { expectOk, expectRefused } from '../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const ADDRESS = '/api/v2/cmdb/firewall/address';
const CSF = '/api/v2/cmdb/system/csf';
let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('factory-default');
});

describe('GET firewall/address: the row a 6.0.0 unit answers', () => {
  it('has the 6.0.0 keys in its order, with its defaults', async () => {
    await expectOk(() =>
      fgt.api.post(ADDRESS, {
        name: 'example_host',
        uuid: '39673efe-abeb-51e8-a8da-d9052c368d9f',
        subnet: '192.0.2.1 255.255.255.255',
      }),
    );
    const env = await expectOk(() => fgt.api.get(`${ADDRESS}/example_host`));
    const row = (env.results as Record<string, unknown>[])[0] ?? {};
    // A 6.0.0 unit's answer to this GET (a fortiosapi example script of 2018: "version": "v6.0.0",
    // "build": 76, revision "31.0.92.9539865665020678008.1535505187"), key for key.
    expect(Object.keys(row)).toEqual([
      'q_origin_key',
      'name',
      'uuid',
      'subnet',
      'type',
      'start-ip',
      'end-ip',
      'fqdn',
      'country',
      'wildcard-fqdn',
      'cache-ttl',
      'wildcard',
      'sdn',
      'tenant',
      'organization',
      'epg-name',
      'subnet-name',
      'sdn-tag',
      'policy-group',
      'comment',
      'visibility',
      'associated-interface',
      'color',
      'filter',
      'obj-id',
      'list',
      'tagging',
      'allow-routing',
    ]);
    // Its values, but for start-ip, end-ip and wildcard, which that unit answered with the subnet's
    // words (192.0.2.1, 255.255.255.255; left, docs §4.6.1).
    expect(row).toMatchObject({
      q_origin_key: 'example_host',
      name: 'example_host',
      uuid: '39673efe-abeb-51e8-a8da-d9052c368d9f',
      subnet: '192.0.2.1 255.255.255.255',
      type: 'ipmask',
      fqdn: '',
      country: '',
      'wildcard-fqdn': '',
      'cache-ttl': 0,
      sdn: '',
      tenant: '',
      organization: '',
      'epg-name': '',
      'subnet-name': '',
      'sdn-tag': '',
      'policy-group': '',
      comment: '',
      visibility: 'enable',
      'associated-interface': '',
      color: 0,
      filter: '',
      'obj-id': 0,
      list: [],
      tagging: [],
      'allow-routing': 'disable',
    });
  });

  it('takes the row back as it answered it (sdn "" included), and refuses 6.0\'s bad values', async () => {
    const env = await expectOk(() => fgt.api.get(`${ADDRESS}/all`));
    const row = { ...((env.results as Record<string, unknown>[])[0] ?? {}) };
    delete row.q_origin_key;
    const before = JSON.stringify(fgt.device.rows('firewall address'));
    await expectOk(() => fgt.api.put(`${ADDRESS}/all`, row));
    expect(JSON.stringify(fgt.device.rows('firewall address'))).toBe(before);
    // -651: a value the device refuses (the CLI's `Return code -651`).
    await expectRefused(fgt, () => fgt.api.put(`${ADDRESS}/all`, { color: 33 }), 500, -651);
    await expectRefused(fgt, () => fgt.api.put(`${ADDRESS}/all`, { sdn: 'vmware' }), 500, -651);
    await expectRefused(
      fgt,
      () => fgt.api.put(`${ADDRESS}/all`, { type: 'wildcard', wildcard: '10.0.0.0/8' }),
      500,
      -651,
    );
    // A tagging entry's category names a `system object-tagging` row (6.0.5 module: "Source
    // system.object-tagging.category"): -3 while there is none, accepted once it exists.
    const tagged = {
      name: 'sdn-row',
      type: 'dynamic',
      tagging: [{ name: 'env', category: 'environment', tags: [{ name: 'prod' }] }],
    };
    await expectRefused(fgt, () => fgt.api.post(ADDRESS, tagged), 500, -3);
    await expectOk(() =>
      fgt.api.post('/api/v2/cmdb/system/object-tagging', {
        category: 'environment',
        tags: [{ name: 'prod' }],
      }),
    );
    await expectOk(() =>
      fgt.api.post(ADDRESS, {
        name: 'sdn-row',
        type: 'dynamic',
        sdn: 'aws',
        list: [{ ip: '10.0.0.5' }],
        tagging: [{ name: 'env', category: 'environment', tags: [{ name: 'prod' }] }],
      }),
    );
    const sdn = fgt.device.rows('firewall address').find((r) => r.name === 'sdn-row');
    expect(sdn).toMatchObject({
      type: 'dynamic',
      sdn: 'aws',
      list: [{ ip: '10.0.0.5' }],
      tagging: [{ name: 'env', category: 'environment', tags: [{ name: 'prod' }] }],
    });
  });
});

describe('GET system/csf: every 6.0.4 key', () => {
  it("has the 6.0.5 module's 11 keys in terraform's order, the sub-tables as lists", async () => {
    const env = await expectOk(() => fgt.api.get(CSF));
    const csf = env.results as Record<string, unknown>;
    expect(Object.keys(csf)).toEqual([
      'status',
      'upstream-ip',
      'upstream-port',
      'group-name',
      'group-password',
      'configuration-sync',
      'management-ip',
      'management-port',
      'fixed-key',
      'trusted-list',
      'fabric-device',
    ]);
    expect(csf).toMatchObject({ 'trusted-list': [], 'fabric-device': [] });
  });

  it('keeps trusted-list rows by serial and refuses a serial over 19 characters', async () => {
    await expectOk(() =>
      fgt.api.put(CSF, { 'trusted-list': [{ serial: 'FGT60E4Q17000001', action: 'deny' }] }),
    );
    const env = await expectOk(() => fgt.api.get(CSF));
    const list = (env.results as Record<string, unknown>)['trusted-list'] as Record<string, unknown>[];
    expect(list).toEqual([
      {
        q_origin_key: 'FGT60E4Q17000001',
        serial: 'FGT60E4Q17000001',
        action: 'deny',
        'ha-members': '',
        'downstream-authorization': 'disable',
      },
    ]);
    await expectRefused(
      fgt,
      () => fgt.api.put(CSF, { 'trusted-list': [{ serial: 'FGT60E4Q170000012345' }] }),
      500,
      -651,
    );
  });
});
