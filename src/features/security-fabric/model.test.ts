import { describe, expect, it } from 'vitest';
import { applyPlan, deviceView, fabricInterfaces } from './model';

const interfaces = fabricInterfaces([
  { name: 'internal', alias: '', fortiheartbeat: 'enable' },
  { name: 'wan1', alias: 'ISP', fortiheartbeat: 'disable' },
  { name: 'ssl.root', alias: 'SSL VPN interface', fortiheartbeat: 'enable' },
]);
const csf = {
  status: 'enable',
  'group-name': 'fabric',
  'group-password': 'ENC 0123',
  'upstream-ip': '0.0.0.0',
};

describe('fabric settings model', () => {
  it('reads the FortiTelemetry enabled interfaces from the interfaces, not from csf', () => {
    expect(deviceView(csf, interfaces)).toEqual({
      status: true,
      groupName: 'fabric',
      groupPassword: '',
      upstream: false,
      upstreamIp: '',
      telemetry: ['internal', 'ssl.root'],
    });
  });

  it('plans nothing for no edits, and only the changed keys and interfaces otherwise', () => {
    const device = deviceView(csf, interfaces);
    expect(applyPlan(device, {})).toEqual({ csf: null, enable: [], disable: [] });
    expect(applyPlan(device, { telemetry: ['ssl.root', 'wan1'], groupName: 'fabric' })).toEqual({
      csf: null,
      enable: ['wan1'],
      disable: ['internal'],
    });
    expect(applyPlan(device, { status: false, upstream: true, upstreamIp: ' 192.0.2.1 ' }).csf).toEqual({
      status: 'disable',
      'upstream-ip': '192.0.2.1',
    });
  });

  it('disconnecting from the upstream FortiGate sets upstream-ip back to 0.0.0.0', () => {
    const device = deviceView({ ...csf, 'upstream-ip': '192.0.2.1' }, interfaces);
    expect(device.upstream).toBe(true);
    expect(applyPlan(device, { upstream: false }).csf).toEqual({ 'upstream-ip': '0.0.0.0' });
  });
});
