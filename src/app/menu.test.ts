import { describe, expect, it } from 'vitest';
import { featureKeysFor, menu, menuEntryFor, visibleMenu } from './menu';

const only =
  (...on: string[]) =>
  (key: string): boolean =>
    on.includes(key);

describe('the menu table', () => {
  it('lists the top level in the 6.0 order', () => {
    expect(menu.map((s) => s.label)).toEqual([
      'Dashboard',
      'Security Fabric',
      'FortiView',
      'Network',
      'System',
      'Policy & Objects',
      'Security Profiles',
      'VPN',
      'User & Device',
      'WiFi & Switch Controller',
      'Log & Report',
      'Monitor',
    ]);
  });

  it('hides FortiClient Compliance and FortiClient Monitor until Endpoint Control is on', () => {
    const labels = (isOn: (k: string) => boolean) =>
      visibleMenu(isOn).flatMap((s) => s.items.map((i) => `${s.label} › ${i.label}`));
    expect(labels(only('gui-vpn'))).not.toContain('Security Profiles › FortiClient Compliance');
    expect(labels(only('gui-vpn'))).not.toContain('Monitor › FortiClient Monitor');
    expect(labels(only('gui-vpn', 'gui-endpoint-control'))).toEqual(
      expect.arrayContaining(['Security Profiles › FortiClient Compliance', 'Monitor › FortiClient Monitor']),
    );
  });

  it('hides the whole VPN section with gui-vpn, and a section whose items are all hidden', () => {
    const sections = visibleMenu(only()).map((s) => s.label);
    expect(sections).not.toContain('VPN');
    expect(sections).not.toContain('WiFi & Switch Controller');
    expect(visibleMenu(only('gui-vpn')).map((s) => s.label)).toContain('VPN');
  });

  it('gates deep links below an entry with the same keys', () => {
    expect(featureKeysFor('/security-profiles/forticlient-compliance/edit/default')).toEqual([
      'gui-endpoint-control',
    ]);
    expect(featureKeysFor('/vpn/ssl-settings')).toEqual(['gui-vpn']);
    expect(featureKeysFor('/system/feature-visibility')).toEqual([]);
    expect(menuEntryFor('/network/interfaces/edit/port1')?.item.label).toBe('Interfaces');
    expect(menuEntryFor('/nowhere')).toBeUndefined();
  });
});
