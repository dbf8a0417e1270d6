import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server, useDevice } from '../../api/node';
import { expectOk } from '../../test/rest';
import { canonicalIp, changesOf, createBody, draftOf } from './form';
import { toSlash } from './ipv4';
import { accessWordsOf } from './labels';

/** The `allowaccess` order of the device's schema answer, as the Edit and Create pages read it. */
let ORDER: readonly string[] = [];
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  const answer = await expectOk(() =>
    useDevice('telemetry-on').api.get('/api/v2/cmdb/system/interface', { action: 'schema', fgsim_gui: '1' }),
  );
  ORDER = accessWordsOf(answer.results).order;
});
afterAll(() => server.close());

const dmz = {
  name: 'dmz',
  type: 'physical',
  mode: 'static',
  ip: '10.10.10.1 255.255.255.0',
  allowaccess: 'ping https fgfm capwap',
  fortiheartbeat: 'enable',
  'endpoint-compliance': 'disable',
  'device-identification': 'disable',
  alias: '',
  description: '',
  role: 'dmz',
  status: 'up',
};

describe('interface form', () => {
  it('reads addresses as a.b.c.d/nn and tells an unchanged address written either way', () => {
    expect(toSlash('10.10.10.1 255.255.255.0')).toBe('10.10.10.1/24');
    expect(canonicalIp('10.10.10.1/24')).toBe('10.10.10.1 255.255.255.0');
    expect(canonicalIp('300.1.1.1/24')).toBe('300.1.1.1 255.255.255.0');
    expect(canonicalIp('1.2.3.4/33')).toBe('1.2.3.4/33');
  });

  it('sends nothing when nothing changed, even with access ticked in another order', () => {
    const draft = draftOf(dmz);
    expect(
      changesOf(
        dmz,
        {
          ...draft,
          access: ['capwap', 'fgfm', 'https', 'ping'],
          ip: '10.10.10.1 255.255.255.0',
        },
        ORDER,
      ),
    ).toEqual({});
  });

  it('sends only what changed, allowaccess in the GUI order', () => {
    const draft = draftOf(dmz);
    expect(changesOf(dmz, { ...draft, access: [...draft.access, 'ssh'], alias: 'DMZ' }, ORDER)).toEqual({
      alias: 'DMZ',
      allowaccess: 'https ping fgfm capwap ssh',
    });
  });

  it('sends the address only in manual mode', () => {
    const draft = draftOf(dmz);
    expect(changesOf(dmz, { ...draft, mode: 'dhcp', ip: '1.1.1.1/8' }, ORDER)).toEqual({ mode: 'dhcp' });
  });

  it('builds a new VLAN from its identity and what differs from the defaults', () => {
    const defaults = {
      ...dmz,
      name: '',
      type: 'vlan',
      ip: '0.0.0.0 0.0.0.0',
      allowaccess: '',
      fortiheartbeat: 'disable',
      role: 'undefined',
    };
    const draft = {
      ...draftOf(defaults),
      name: 'v10 ',
      parent: 'dmz',
      vlanid: '10',
      ip: '',
      access: ['ping'],
    };
    expect(createBody(defaults, draft, ORDER)).toEqual({
      name: 'v10',
      type: 'vlan',
      interface: 'dmz',
      vlanid: '10',
      allowaccess: 'ping',
    });
  });
});
