import { describe, expect, it } from 'vitest';
import { groupIntoSections, pendingChanges, togglesOf, type DeviceValues } from './model';

const fortiosShape = {
  name: 'settings',
  children: {
    opmode: { name: 'opmode', type: 'option', options: [{ name: 'nat' }, { name: 'transparent' }] },
    'gui-default-policy-columns': {
      name: 'gui-default-policy-columns',
      type: 'option',
      options: [{ name: 'enable' }, { name: 'disable' }],
    },
    'gui-vpn': {
      name: 'gui-vpn',
      label: 'VPN',
      'gui-section': 'Core Features',
      'gui-position': 4,
      help: 'Enable/disable VPN tunnels on the GUI.',
      type: 'option',
      options: [{ name: 'enable' }, { name: 'disable' }],
    },
    'gui-endpoint-control': {
      name: 'gui-endpoint-control',
      label: 'Endpoint Control',
      'gui-section': 'Security Features',
      'gui-position': 8,
      type: 'option',
      options: [{ name: 'enable' }, { name: 'disable' }],
    },
    'gui-brand-new': { name: 'gui-brand-new', label: 'Brand New', options: ['enable', 'disable'] },
  },
};
const flatShape = {
  fields: [
    { name: 'hostname', type: { kind: 'name' }, label: 'Hostname' },
    {
      name: 'gui-ipv6',
      label: 'IPv6',
      'gui-section': 'Core Features',
      'gui-position': 0,
      help: 'Enable/disable IPv6 on the GUI.',
      type: { kind: 'option', options: ['enable', 'disable'] },
    },
    { name: 'gui-theme', label: 'Theme', type: { kind: 'option', options: ['green', 'red'] } },
  ],
};

describe('Feature Visibility model', () => {
  const toggles = [...togglesOf('system/settings', fortiosShape), ...togglesOf('system/global', flatShape)];

  it('takes the labelled gui-* enable/disable fields of both schema shapes', () => {
    expect(toggles.map((t) => [t.key, t.label, t.table])).toEqual([
      ['gui-vpn', 'VPN', 'system/settings'],
      ['gui-endpoint-control', 'Endpoint Control', 'system/settings'],
      ['gui-brand-new', 'Brand New', 'system/settings'],
      ['gui-ipv6', 'IPv6', 'system/global'],
    ]);
  });

  it('groups them into the sections the schema names, in its order, unsectioned last under Additional Features', () => {
    expect(groupIntoSections(toggles).map((s) => [s.title, s.toggles.map((t) => t.key)])).toEqual([
      ['Core Features', ['gui-ipv6', 'gui-vpn']],
      ['Security Features', ['gui-endpoint-control']],
      ['Additional Features', ['gui-brand-new']],
    ]);
  });

  it('sends only the keys that differ from the device, per table', () => {
    const values: DeviceValues = {
      'system/settings': {
        'gui-vpn': 'enable',
        'gui-endpoint-control': 'disable',
        'gui-brand-new': 'disable',
      },
      'system/global': { 'gui-ipv6': 'disable' },
    };
    expect(pendingChanges(toggles, values, {})).toEqual({});
    expect(pendingChanges(toggles, values, { 'gui-vpn': true, 'gui-endpoint-control': true })).toEqual({
      'system/settings': { 'gui-endpoint-control': 'enable' },
    });
    expect(pendingChanges(toggles, values, { 'gui-ipv6': true, 'gui-vpn': false })).toEqual({
      'system/settings': { 'gui-vpn': 'disable' },
      'system/global': { 'gui-ipv6': 'enable' },
    });
  });
});
