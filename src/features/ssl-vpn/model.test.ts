import { describe, expect, it } from 'vitest';
import { addressModeOf, applyPlan, dnsModeOf, emptyDraft, restrictModeOf } from './model';

const device = {
  port: 10443,
  'source-address': [],
  'tunnel-ip-pools': [{ name: 'SSLVPN_TUNNEL_ADDR1' }],
  'dns-server1': '0.0.0.0',
  'dns-server2': '0.0.0.0',
};

describe('SSL-VPN Settings model', () => {
  it('reads the radio choices from the settings', () => {
    expect(restrictModeOf(device)).toBe('any');
    expect(restrictModeOf({ ...device, 'source-address': [{ name: 'all' }] })).toBe('limit');
    expect(addressModeOf(device)).toBe('auto');
    expect(addressModeOf({ ...device, 'tunnel-ip-pools': [] })).toBe('auto');
    expect(addressModeOf({ ...device, 'tunnel-ip-pools': [{ name: 'pool2' }] })).toBe('custom');
    expect(dnsModeOf(device)).toBe('client');
    expect(dnsModeOf({ ...device, 'dns-server2': '8.8.8.8' })).toBe('specify');
  });

  it('plans only what differs from the device', () => {
    expect(applyPlan(device, true, emptyDraft())).toEqual({ problems: {} });
    expect(applyPlan(device, true, { settings: { port: 10443 }, heartbeat: true })).toEqual({ problems: {} });
    expect(applyPlan(device, true, { settings: { port: 0 }, heartbeat: false })).toEqual({
      settings: { port: 0 },
      heartbeat: 'disable',
      problems: {},
    });
  });

  it('asks for the entries a chosen mode needs before going to the device', () => {
    const plan = applyPlan(device, false, {
      settings: {},
      restrict: 'limit',
      addressRange: 'custom',
      dns: 'specify',
    });
    expect(Object.keys(plan.problems)).toEqual(['source-address', 'dns-server1']);
  });
});
