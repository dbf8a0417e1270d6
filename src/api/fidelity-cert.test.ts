/**
 * The REST door's `vpn.certificate/local` rows (issue 13; docs/fortios-6.0.md §4.8.1): every 6.0 key
 * in the table's order, the password read as the `ENC …` words the CLI prints, the key material as
 * stored, a row sent back unchanged taken, bad values refused with the device's numbers, and the
 * schema answer's types and option help.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, useDevice, type NodeDevice } from './node';
import { expectOk, expectRefused } from '../test/rest';
import { REAL_ROW } from '../test/real-certificate-row';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const LOCAL = '/api/v2/cmdb/vpn.certificate/local';
let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('factory-default');
});

const rowOf = async (name: string): Promise<Record<string, unknown>> => {
  const env = await expectOk(() => fgt.api.get(`${LOCAL}/${name}`));
  return (env.results as Record<string, unknown>[])[0] ?? {};
};

describe('GET vpn.certificate/local', () => {
  it('a factory row has every 6.0 key, in the table’s order', async () => {
    const row = await rowOf('Fortinet_CA_SSL');
    // No 6.0 unit's answer for this table was found: the keys are the 6.0.2 module's, in the order
    // the 40F backup prints them and §4.8.1 gives the rest (Decision); `q_origin_key` first, as every
    // 6.0 CMDB row (§5).
    expect(Object.keys(row)).toEqual([
      'q_origin_key',
      'name',
      'password',
      'comments',
      'private-key',
      'certificate',
      'csr',
      'state',
      'scep-url',
      'range',
      'source',
      'auto-regenerate-days',
      'auto-regenerate-days-warning',
      'scep-password',
      'ca-identifier',
      'name-encoding',
      'source-ip',
      'ike-localid',
      'ike-localid-type',
      'last-updated',
      'enroll-protocol',
      'cmp-server',
      'cmp-path',
      'cmp-server-cert',
      'cmp-regeneration-method',
    ]);
    expect(row).toMatchObject({
      range: 'global',
      source: 'factory',
      'last-updated': 1547108067,
      state: '',
      'scep-password': '',
      'source-ip': '0.0.0.0',
    });
  });

  it('the password reads as the ENC words the CLI prints; the key material as stored (Decision, §4.8.1)', async () => {
    const row = await rowOf('Fortinet_Factory');
    const stored = fgt.device.find('vpn certificate local', 'Fortinet_Factory') ?? {};
    expect(row['password']).toMatch(/^ENC [A-Za-z0-9+/]+={0,2}$/);
    // The device keeps the words `show` prints after `set password` (fidelity-cert.test.ts in the CLI).
    expect(row['password']).toBe(stored['password']);
    expect(String(row['private-key'])).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
    expect(row['private-key']).toBe(stored['private-key']);
    expect(row['certificate']).toBe(stored['certificate']);
  });
});

describe('PUT and POST vpn.certificate/local', () => {
  it('a row read back and sent unchanged is taken and changes nothing (its read-only state too)', async () => {
    const row = await rowOf('Fortinet_CA_Untrusted');
    const before = JSON.stringify(fgt.device.find('vpn certificate local', 'Fortinet_CA_Untrusted'));
    await expectOk(() => fgt.api.put(`${LOCAL}/Fortinet_CA_Untrusted`, row));
    expect(JSON.stringify(fgt.device.find('vpn certificate local', 'Fortinet_CA_Untrusted'))).toBe(before);
  });

  it('another unit’s ENC password is kept as given and read back the same', async () => {
    // The 40F backup's `Fortinet_SSL_RSA1024` password (docs/fortios-6.0.md §4.8.1).
    const enc = (REAL_ROW[2] ?? '').trim().replace(/^set password /, '');
    expect(enc).toMatch(/^ENC zDU6kxKSYFLy2mff/);
    await expectOk(() => fgt.api.post(LOCAL, { name: 'from-40f', password: enc, range: 'global' }));
    expect((await rowOf('from-40f'))['password']).toBe(enc);
    // A password given in the clear is read back encrypted, never as typed.
    await expectOk(() => fgt.api.put(`${LOCAL}/from-40f`, { password: 'typed-secret' }));
    const shown = String((await rowOf('from-40f'))['password']);
    expect(shown).toMatch(/^ENC /);
    expect(shown).not.toContain('typed-secret');
  });

  it('bad values are refused with the device’s numbers and change nothing', async () => {
    const at = `${LOCAL}/Fortinet_Factory`;
    // -145: a private key the device cannot read (ansible-galaxy-fortios-collection#395).
    await expectRefused(fgt, () => fgt.api.put(at, { 'private-key': 'not a key' }), 500, -145);
    await expectRefused(fgt, () => fgt.api.put(at, { certificate: 'not a certificate' }), 500, -651);
    await expectRefused(fgt, () => fgt.api.put(at, { csr: 'x' }), 500, -651);
    await expectRefused(fgt, () => fgt.api.put(at, { range: 'world' }), 500, -651);
    await expectRefused(fgt, () => fgt.api.put(at, { source: 'vendor' }), 500, -651);
    await expectRefused(fgt, () => fgt.api.put(at, { 'enroll-protocol': 'acme2' }), 500, -651);
    await expectRefused(fgt, () => fgt.api.put(at, { 'auto-regenerate-days': -1 }), 500, -651);
    await expectRefused(fgt, () => fgt.api.put(at, { 'source-ip': '300.1.1.1' }), 500, -651);
    await expectRefused(fgt, () => fgt.api.put(at, { state: 'pending' }), 500, -651);
    await expectRefused(fgt, () => fgt.api.put(at, { password: 'ENC !!' }), 500, -651);
    await expectRefused(fgt, () => fgt.api.put(at, { password: 'x'.repeat(129) }), 500, -651);
  });
});

describe('GET vpn.certificate/local?action=schema', () => {
  it('answers the key material as the device’s `user` type and each option with its help', async () => {
    const env = await expectOk(() => fgt.api.get(LOCAL, { action: 'schema' }));
    const children = (env.results as { children: Record<string, Record<string, unknown>> }).children;
    // A 6.2.7+ unit's answer (poroping/terraform-provider-fortios
    // v2/codegen/apischema/auto-merge/vpn.certificate_local.json): `user` for the PEM keys, the
    // password a `password` of size 128, `state` read-only, the option words with their help.
    for (const key of ['certificate', 'private-key', 'csr'])
      expect(children[key], key).toMatchObject({ category: 'unitary', type: 'user', default: '' });
    expect(children['password']).toMatchObject({
      type: 'password',
      size: 128,
      help: 'Password as a PEM file.',
    });
    expect(children['state']).toMatchObject({ type: 'user', readonly: true });
    expect(children['range']?.options).toEqual([
      { name: 'global', help: 'Global range.' },
      { name: 'vdom', help: 'VDOM IP address range.' },
    ]);
    expect(children['source']?.options).toEqual([
      { name: 'factory', help: 'Factory installed certificate.' },
      { name: 'user', help: 'User generated certificate.' },
      { name: 'bundle', help: 'Bundle file certificate.' },
    ]);
    expect(children['range']?.default).toBe('vdom');
    expect(children['source']?.default).toBe('user');
    expect(children['last-updated']).toMatchObject({
      type: 'integer',
      'min-value': 0,
      'max-value': 4294967295,
    });
  });
});
