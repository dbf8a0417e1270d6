import { describe, expect, it } from 'vitest';
import { assignedTo, changedBody, emptyDraft } from './model';

const device = {
  'profile-name': 'default',
  description: '',
  users: [],
  'user-groups': [{ name: 'SSLVPN-Users' }],
  'forticlient-winmac-settings': {
    'forticlient-system-compliance': 'enable',
    'forticlient-system-compliance-action': 'warning',
  },
};

describe('FortiClient Compliance profile model', () => {
  it('sends nothing when nothing differs from the device', () => {
    expect(changedBody(device, emptyDraft())).toEqual({});
    expect(
      changedBody(device, {
        row: { description: '' },
        winmac: { 'forticlient-system-compliance': 'enable' },
      }),
    ).toEqual({});
  });

  it('nests the changed forticlient-winmac-settings keys beside the changed top-level keys', () => {
    expect(
      changedBody(device, {
        row: { description: 'lab' },
        winmac: {
          'forticlient-system-compliance': 'disable',
          'forticlient-system-compliance-action': 'warning',
        },
      }),
    ).toEqual({
      description: 'lab',
      'forticlient-winmac-settings': { 'forticlient-system-compliance': 'disable' },
    });
  });

  it('lists only the assignments that have names', () => {
    expect(assignedTo(device)).toEqual([
      { key: 'user-groups', label: 'User Groups', names: ['SSLVPN-Users'] },
    ]);
  });
});
