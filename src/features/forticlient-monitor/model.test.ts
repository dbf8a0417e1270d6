import { describe, expect, it } from 'vitest';
import type { EndpointRecord } from '../../client';
import { actionApplies, formatLastSeen, groupEndpoints } from './model';

let seq = 0;
const endpoint = (over: Partial<EndpointRecord>): EndpointRecord => ({
  uid: `UID${++seq}`,
  ip: '192.0.2.1',
  mac: '00:0c:29:00:00:01',
  host_name: `HOST${seq}`,
  user: 'u',
  os: 'os',
  fct_version: '6.0.4',
  intf_name: 'internal',
  compliance: 'compliant',
  blocked: false,
  online: true,
  last_seen: 0,
  ...over,
});

describe('FortiClient Monitor model', () => {
  it('groups by interface (by name), then by status in the page order, leaving out empty statuses', () => {
    const nodes = groupEndpoints([
      endpoint({ intf_name: 'wan1', compliance: 'quarantined', host_name: 'B' }),
      endpoint({ intf_name: 'internal', compliance: 'non-compliant', host_name: 'C' }),
      endpoint({ intf_name: 'internal', compliance: 'compliant', host_name: 'Z' }),
      endpoint({ intf_name: 'internal', compliance: 'compliant', host_name: 'A' }),
    ]);
    expect(
      nodes.map((n) => [
        n.kind === 'group' ? `${n.label} ${n.count}` : n.id,
        (n.children ?? []).map((c) =>
          c.kind === 'group'
            ? [c.label, c.children.map((r) => (r.kind === 'row' ? r.data.host_name : ''))]
            : [],
        ),
      ]),
    ).toEqual([
      [
        'internal 3',
        [
          ['Compliant', ['A', 'Z']],
          ['Non-compliant', ['C']],
        ],
      ],
      ['wan1 1', [['Quarantined', ['B']]]],
    ]);
  });

  it('offers only the actions that change something', () => {
    const q = endpoint({ compliance: 'quarantined', blocked: true });
    expect(actionApplies('quarantine', q)).toBe(false);
    expect(actionApplies('unquarantine', q)).toBe(true);
    expect(actionApplies('block', q)).toBe(false);
    expect(actionApplies('unblock', q)).toBe(true);
    expect(actionApplies('deregister', q)).toBe(true);
  });

  it('formats last seen in UTC from the device value', () => {
    expect(formatLastSeen(1_546_300_800)).toBe('2019-01-01 00:00:00');
    expect(formatLastSeen(1_546_300_800 + 3_723)).toBe('2019-01-01 01:02:03');
    expect(formatLastSeen(0)).toBe('');
  });
});
