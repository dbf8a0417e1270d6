import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server, useDevice } from '../../api/node';
import type { CmdbRow } from '../../client';
import { expectOk } from '../../test/rest';
import { accessWordsOf, type AccessWords } from './labels';
import { accessOf, buildTree, filterTree, slashNotation, toItem, type InterfaceNode } from './model';

/** The access words of the device's own `system/interface` schema answer, as its console asks for it. */
let words: AccessWords;
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  const fgt = useDevice('telemetry-on');
  const answer = await expectOk(() =>
    fgt.api.get('/api/v2/cmdb/system/interface', { action: 'schema', fgsim_gui: '1' }),
  );
  words = accessWordsOf(answer.results);
});
afterAll(() => server.close());
const item = (row: CmdbRow) =>
  toItem({ alias: '', ip: '0.0.0.0 0.0.0.0', mode: 'static', ...row }, undefined, words);
const names = (nodes: readonly InterfaceNode[]): unknown[] =>
  nodes.map((n) =>
    n.kind === 'group' ? [n.label, names(n.children)] : n.children ? [n.id, names(n.children)] : n.id,
  );

describe('interface list model', () => {
  it('lists access labels in the GUI order, then FortiTelemetry', () => {
    expect(
      accessOf(
        { allowaccess: 'ssh ping https probe-response radius-acct ftm', fortiheartbeat: 'enable' },
        words,
      ),
    ).toEqual(['HTTPS', 'PING', 'SSH', 'FTM', 'RADIUS Accounting', 'Probe Response', 'FortiTelemetry']);
    expect(accessOf({ allowaccess: '', fortiheartbeat: 'disable' }, words)).toEqual([]);
  });

  it("takes the access words and the GUI's order from the schema answer's labels, then the options it has no word for, upper-cased", () => {
    const schema = {
      children: {
        allowaccess: {
          options: [{ name: 'ssh' }, { name: 'https' }, { name: 'fgfm' }],
          'gui-option-labels': { fgfm: 'FMG-Access', https: 'HTTPS' },
        },
      },
    };
    expect(
      accessOf({ allowaccess: 'https fgfm ssh', fortiheartbeat: 'disable' }, accessWordsOf(schema)),
    ).toEqual(['FMG-Access', 'HTTPS', 'SSH']);
  });

  it('writes addresses as a.b.c.d/nn', () => {
    expect(slashNotation('10.10.10.1 255.255.255.0')).toBe('10.10.10.1/24');
    expect(slashNotation('0.0.0.0 0.0.0.0')).toBe('0.0.0.0/0');
    expect(slashNotation('10.255.0.1 255.255.255.255')).toBe('10.255.0.1/32');
  });

  it('groups by type in the GUI order and nests children (in natural name order) under their parent', () => {
    const tree = buildTree([
      item({ name: 'ssl.root', type: 'tunnel' }),
      item({ name: 'port10', type: 'physical' }),
      item({ name: 'port2', type: 'physical' }),
      item({ name: 'vlan20', type: 'vlan', interface: 'port2' }),
      item({ name: 'tun2', type: 'tunnel', interface: 'vlan20' }),
      item({ name: 'orphan', type: 'vlan', interface: 'gone' }),
      item({ name: 'lo', type: 'loopback' }),
    ]);
    expect(names(tree)).toEqual([
      ['Physical Interface', [['port2', [['vlan20', ['tun2']]]], 'port10']],
      ['VLAN', ['orphan']],
      ['Loopback Interface', ['lo']],
      ['Tunnel Interface', ['ssl.root']],
    ]);
  });

  it('search keeps the parents of matches open, and a matching parent keeps its children closed', () => {
    const tree = buildTree([
      item({ name: 'wan1', type: 'physical', alias: 'ISP one' }),
      item({ name: 'HQ', type: 'tunnel', interface: 'wan1' }),
      item({ name: 'Branch', type: 'tunnel', interface: 'wan1' }),
      item({ name: 'dmz', type: 'physical', ip: '10.10.10.1 255.255.255.0' }),
    ]);
    const hq = filterTree(tree, 'hq');
    expect(names(hq.nodes)).toEqual([['Physical Interface', [['wan1', ['HQ']]]]]);
    expect([...hq.open]).toEqual(['wan1']);
    const isp = filterTree(tree, 'ISP');
    expect(names(isp.nodes)).toEqual([['Physical Interface', [['wan1', ['Branch', 'HQ']]]]]);
    expect(isp.open.size).toBe(0);
    expect(names(filterTree(tree, '10.10.10.1/24').nodes)).toEqual([['Physical Interface', ['dmz']]]);
    expect(filterTree(tree, '  ').nodes).toEqual(tree);
  });
});
