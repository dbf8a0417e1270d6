/**
 * Bounded bodies at every door (issue 14, items 3, 4, 10): an oversized body, JSON nested 5,000 deep,
 * a 300,000-name list, a lone surrogate in a row key and a malformed multipart `/logincheck` are each
 * refused at once — -651 and the device unchanged, or (for the login) a failed login with no
 * JavaScript stack — where they were `error -1`, minutes of work, or MSW's 500 with a stack.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_LIST_ITEMS } from '../device';
import { MAX_BODY_BYTES, MAX_JSON_DEPTH, jsonDepth } from './body';
import { server, useDevice, type NodeDevice } from './node';
import { expectOk, expectRefused } from '../test/rest';
import { cpuMs } from '../test/cpu-time';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const INTERNAL = '/api/v2/cmdb/system/interface/internal';
const GROUPS = '/api/v2/cmdb/user/group';

let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('telemetry-on');
});

const nested = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('request bodies', () => {
  it('counts nesting without recursion, outside strings only', () => {
    expect(jsonDepth('{"a":[{"b":"[[[{{{"}]}')).toBe(3);
    expect(jsonDepth(nested(100_000))).toBe(100_000);
  });

  it.each([
    ['JSON nested 5,000 deep', nested(5000)],
    ['JSON nested one level past the limit', nested(MAX_JSON_DEPTH + 1)],
    ['an array nested 100,000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['a body over the size limit', JSON.stringify({ description: 'x'.repeat(MAX_BODY_BYTES) })],
  ])('%s is -651 on PUT, POST and a monitor action', async (_what, raw) => {
    const headers = { 'Content-Type': 'application/json' };
    const started = cpuMs();
    await expectRefused(fgt, () => fgt.api.send('PUT', INTERNAL, { raw, headers }), 500, -651);
    await expectRefused(
      fgt,
      () => fgt.api.send('POST', '/api/v2/cmdb/system/interface', { raw, headers }),
      500,
      -651,
    );
    await expectRefused(
      fgt,
      () => fgt.api.send('POST', '/api/v2/monitor/endpoint-control/registration/block', { raw, headers }),
      500,
      -651,
    );
    await expectRefused(fgt, () => fgt.api.send('POST', '/api/v2/fgsim/cli', { raw, headers }), 500, -651);
    expect(cpuMs() - started).toBeLessThan(1000);
  });

  it('a body within the limits still works', async () => {
    await expectOk(() => fgt.api.put(INTERNAL, { description: 'x'.repeat(255) }));
    expect(fgt.device.find('system interface', 'internal')?.description).toBe('x'.repeat(255));
  });
});

describe('list values', () => {
  const addresses = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `a${i}` }));

  it('a 300,000-name member list is refused at once, the device unchanged', async () => {
    const member = Array.from({ length: 300_000 }, (_, i) => `n${i}`).join(' ');
    const started = cpuMs();
    await expectRefused(fgt, () => fgt.api.post(GROUPS, { name: 'big', member }), 500, -651);
    expect(cpuMs() - started).toBeLessThan(1000);
  });

  it(`${MAX_LIST_ITEMS} names are de-duplicated in linear time; one more is refused`, async () => {
    fgt.device.transact((tx) => {
      for (const a of addresses(MAX_LIST_ITEMS)) tx.create('user local', { name: a.name });
    });
    const twice = [...addresses(MAX_LIST_ITEMS), ...addresses(MAX_LIST_ITEMS)].slice(0, MAX_LIST_ITEMS);
    await expectOk(() => fgt.api.post(GROUPS, { name: 'g', member: twice }));
    expect(fgt.device.find('user group', 'g')?.member).toHaveLength(MAX_LIST_ITEMS);
    await expectRefused(
      fgt,
      () => fgt.api.put(`${GROUPS}/g`, { member: addresses(MAX_LIST_ITEMS + 1) }),
      500,
      -651,
    );
  });
});

describe('row keys', () => {
  it('a lone surrogate in a name is refused (-651), so no row is unreachable by URL', async () => {
    await expectRefused(
      fgt,
      () => fgt.api.post('/api/v2/cmdb/firewall/address', { name: 'a\uD800' }),
      500,
      -651,
    );
    await expectRefused(fgt, () => fgt.api.put(INTERNAL, { description: '\uDC00x' }), 500, -651);
  });

  it('a well-formed pair is kept and reachable', async () => {
    await expectOk(() => fgt.api.post('/api/v2/cmdb/firewall/address', { name: 'a😀' }));
    const env = await expectOk(() =>
      fgt.api.get(`/api/v2/cmdb/firewall/address/${encodeURIComponent('a😀')}`),
    );
    expect(env.results[0].name).toBe('a😀');
  });
});

describe('/logincheck and /logout bodies', () => {
  it.each([
    ['a multipart body without its boundary', 'multipart/form-data', '--x\r\ncontent-disposition: form-data'],
    [
      'a multipart body cut short',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="username"\r\n\r\nadmin',
    ],
    ['binary garbage', 'application/x-www-form-urlencoded', '%ZZ\u0000\uFFFF'],
    ['an oversized form', 'application/x-www-form-urlencoded', `username=${'a'.repeat(MAX_BODY_BYTES)}`],
  ])('%s is a failed login, answered without a stack', async (_what, type, raw) => {
    const answer = await fgt
      .anonymous()
      .send('POST', '/logincheck', { raw, headers: { 'Content-Type': type } });
    expect(answer.status).toBe(200);
    expect(answer.text.startsWith('0')).toBe(true);
    expect(answer.text).not.toMatch(/at |Error/);
    expect(answer.headers.getSetCookie()).toEqual([]);
  });

  it('a well-formed multipart login works', async () => {
    const raw = [
      '--b',
      'Content-Disposition: form-data; name="username"',
      '',
      'admin',
      '--b',
      'Content-Disposition: form-data; name="secretkey"',
      '',
      '',
      '--b--',
      '',
    ].join('\r\n');
    const answer = await fgt
      .anonymous()
      .send('POST', '/logincheck', { raw, headers: { 'Content-Type': 'multipart/form-data; boundary=b' } });
    expect(answer.text.startsWith('1')).toBe(true);
  });

  it('/logout with any body answers and changes nothing', async () => {
    const answer = await fgt.anonymous().send('POST', '/logout', {
      raw: nested(5000),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(answer.status).toBe(200);
  });
});
