import { describe, expect, it } from 'vitest';
import { FixedClock } from '../clock';
import { stateProblems } from '../integrity';
import { buildScenario, scenarioNames } from '.';

const IF = 'system interface';
const withTelemetry = (name: Parameters<typeof buildScenario>[0]) =>
  buildScenario(name, new FixedClock())
    .rows(IF)
    .filter((r) => r.fortiheartbeat === 'enable')
    .map((r) => r.name)
    .sort();

describe('named scenarios (reference §12)', () => {
  it.each(scenarioNames.filter((n) => n !== 'large'))('%s is schema-valid', (name) => {
    expect(stateProblems(buildScenario(name, new FixedClock()).state)).toEqual([]);
  });

  it('telemetry-on: FortiTelemetry on internal, dmz, ssl.root and the three IPsec tunnels', () => {
    expect(withTelemetry('telemetry-on')).toEqual(
      ['DC-Backup', 'FCT-Dialup', 'HQ-to-Branch', 'dmz', 'internal', 'ssl.root'].sort(),
    );
    const device = buildScenario('telemetry-on', new FixedClock());
    expect(device.find(IF, 'internal')).toMatchObject({
      type: 'hard-switch',
      ip: '192.168.1.99 255.255.255.0',
      role: 'lan',
      'endpoint-compliance': 'enable',
    });
    expect(device.find(IF, 'wan1')).toMatchObject({
      mode: 'dhcp',
      role: 'wan',
      allowaccess: 'ping fgfm',
      fortiheartbeat: 'disable',
    });
    expect(device.find(IF, 'modem')).toMatchObject({ mode: 'pppoe', status: 'down' });
    expect(device.rows(IF).filter((r) => r.type === 'tunnel' && r.interface === 'wan1')).toHaveLength(2);
    expect(device.rows(IF).filter((r) => r.type === 'tunnel' && r.interface === 'wan2')).toHaveLength(1);
    expect(device.single('system settings')['gui-endpoint-control']).toBe('disable');
    expect(device.single('system csf')).toMatchObject({ status: 'enable', 'group-name': 'fgsim-fabric' });
    expect(device.rows('endpoint-control registered-forticlient')).toHaveLength(6);
    const compliance = new Set(Object.values(device.state.endpoints).map((e) => e.compliance));
    expect(compliance.size).toBeGreaterThanOrEqual(3);
    const profile = device.find('endpoint-control profile', 'default');
    expect(
      (profile?.['forticlient-winmac-settings'] as Record<string, unknown>)['forticlient-system-compliance'],
    ).toBe('enable');
  });

  it('telemetry-off: the state after every step of the procedure', () => {
    const device = buildScenario('telemetry-off', new FixedClock());
    expect(withTelemetry('telemetry-off')).toEqual([]);
    expect(device.single('system settings')['gui-endpoint-control']).toBe('enable');
    expect(device.rows('endpoint-control registered-forticlient')).toHaveLength(0);
    for (const p of device.rows('endpoint-control profile'))
      expect(
        (p['forticlient-winmac-settings'] as Record<string, unknown>)['forticlient-system-compliance'],
      ).toBe('disable');
  });

  it('factory-default: FortiTelemetry on internal only, no tunnels, no endpoints', () => {
    const device = buildScenario('factory-default', new FixedClock());
    expect(withTelemetry('factory-default')).toEqual(['internal']);
    expect(device.rows('vpn ipsec phase1-interface')).toHaveLength(0);
    expect(device.rows('endpoint-control registered-forticlient')).toHaveLength(0);
  });

  it('large: 40 ports, 400 VLANs, 5,000 tunnels, 10,000 endpoints on a 3000D', () => {
    const device = buildScenario('large', new FixedClock());
    const rows = device.rows(IF);
    expect(rows.filter((r) => r.type === 'physical')).toHaveLength(40);
    expect(rows.filter((r) => r.type === 'vlan')).toHaveLength(400);
    expect(rows.filter((r) => r.type === 'tunnel' && r.interface !== '')).toHaveLength(5000);
    expect(device.find(IF, 'ssl.root')).toMatchObject({ type: 'tunnel', fortiheartbeat: 'enable' });
    expect(device.rows('endpoint-control registered-forticlient')).toHaveLength(10000);
    expect(device.state.identity.model).toBe('FGT3KD');
  });

  it('is the same every time it is built', () => {
    for (const name of scenarioNames) {
      const a = JSON.stringify(buildScenario(name, new FixedClock()).state);
      const b = JSON.stringify(buildScenario(name, new FixedClock()).state);
      expect(a === b, name).toBe(true);
    }
  });
});
