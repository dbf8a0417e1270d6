/**
 * The options of every modelled `option`/`multi-option` key of the tables checked so far, against
 * 6.0's own lists (docs/fortios-6.0.md §7). A key whose options differ from 6.0's fails here; a table
 * listed here that gains an option key without a 6.0 list fails too, so each new key gets checked.
 *
 * Sources (transcribed below, one list per key):
 * - SETTINGS, PROFILE, PHASE1: Fortinet's ansible modules "Tested with FOS v6.0.5" —
 *   coll-test/fortinet.fortios `plugins/modules/fortios_system_settings.py`,
 *   `fortios_endpoint_control_profile.py`, and the 6.0-era `fortios_vpn_ipsec_phase1_interface.py`
 *   argument spec (its `proposal` list is cut short by the generator, so `proposal` is not checked).
 * - CSF: the collection's `v_range` data for `configuration_sync` (docs/fortios-6.0.md §4.3).
 * - INTERFACE: the collection's `v_range` data for `fortios_system_interface` (docs §4.1, §2).
 */
import { describe, expect, it } from 'vitest';
import { tableSchema, type FieldDef } from './index';

const ed = ['enable', 'disable'];
const bw = ['block', 'warning'];

type Lists = Record<string, readonly string[]>;

const SETTINGS: Lists = {
  opmode: ['nat', 'transparent'],
  'inspection-mode': ['proxy', 'flow'],
  ...Object.fromEntries(
    [
      'gui-advanced-policy',
      'gui-allow-unnamed-policy',
      'gui-antivirus',
      'gui-ap-profile',
      'gui-application-control',
      'gui-dhcp-advanced',
      'gui-dlp',
      'gui-dns-database',
      'gui-dnsfilter',
      'gui-domain-ip-reputation',
      'gui-dos-policy',
      'gui-dynamic-profile-display',
      'gui-dynamic-routing',
      'gui-email-collection',
      'gui-endpoint-control',
      'gui-endpoint-control-advanced',
      'gui-explicit-proxy',
      'gui-fortiap-split-tunneling',
      'gui-fortiextender-controller',
      'gui-icap',
      'gui-implicit-policy',
      'gui-ips',
      'gui-load-balance',
      'gui-local-in-policy',
      'gui-local-reports',
      'gui-multicast-policy',
      'gui-multiple-interface-policy',
      'gui-multiple-utm-profiles',
      'gui-nat46-64',
      'gui-object-colors',
      'gui-policy-based-ipsec',
      'gui-policy-learning',
      'gui-replacement-message-groups',
      'gui-spamfilter',
      'gui-sslvpn-personal-bookmarks',
      'gui-sslvpn-realms',
      'gui-switch-controller',
      'gui-threat-weight',
      'gui-traffic-shaping',
      'gui-voip-profile',
      'gui-vpn',
      'gui-waf-profile',
      'gui-wan-load-balancing',
      'gui-wanopt-cache',
      'gui-webfilter',
      'gui-webfilter-advanced',
      'gui-wireless-controller',
    ].map((k) => [k, ed]),
  ),
};

const W = 'forticlient-winmac-settings.';
const A = 'forticlient-android-settings.';
const I = 'forticlient-ios-settings.';
const vpn = (p: string): Lists => ({
  [`${p}auth-method`]: ['psk', 'certificate'],
  [`${p}sslvpn-require-certificate`]: ed,
  [`${p}type`]: ['ipsec', 'ssl'],
});

const PROFILE: Lists = {
  [`${W}av-realtime-protection`]: ed,
  [`${W}av-signature-up-to-date`]: ed,
  [`${W}forticlient-application-firewall`]: ed,
  [`${W}forticlient-av`]: ed,
  [`${W}forticlient-ems-compliance`]: ed,
  [`${W}forticlient-ems-compliance-action`]: bw,
  [`${W}forticlient-log-upload`]: ed,
  [`${W}forticlient-log-upload-level`]: ['traffic', 'vulnerability', 'event'],
  [`${W}forticlient-minimum-software-version`]: ed,
  [`${W}forticlient-operating-system.os-type`]: [
    'custom',
    'mac-os',
    'win-7',
    'win-80',
    'win-81',
    'win-10',
    'win-2000',
    'win-home-svr',
    'win-svr-10',
    'win-svr-2003',
    'win-svr-2003-r2',
    'win-svr-2008',
    'win-svr-2008-r2',
    'win-svr-2012',
    'win-svr-2012-r2',
    'win-sto-svr-2003',
    'win-vista',
    'win-xp',
    'ubuntu-linux',
    'centos-linux',
    'redhat-linux',
    'fedora-linux',
  ],
  [`${W}forticlient-registration-compliance-action`]: bw,
  [`${W}forticlient-running-app.application-check-rule`]: ['present', 'absent'],
  [`${W}forticlient-security-posture`]: ed,
  [`${W}forticlient-security-posture-compliance-action`]: bw,
  [`${W}forticlient-system-compliance`]: ed,
  [`${W}forticlient-system-compliance-action`]: bw,
  [`${W}forticlient-vuln-scan`]: ed,
  [`${W}forticlient-vuln-scan-compliance-action`]: bw,
  [`${W}forticlient-vuln-scan-enforce`]: ['critical', 'high', 'medium', 'low', 'info'],
  [`${W}forticlient-vuln-scan-exempt`]: ed,
  [`${W}forticlient-wf`]: ed,
  [`${W}os-av-software-installed`]: ed,
  [`${W}sandbox-analysis`]: ed,
  [`${A}disable-wf-when-protected`]: ed,
  [`${A}forticlient-advanced-vpn`]: ed,
  [`${A}forticlient-vpn-provisioning`]: ed,
  ...vpn(`${A}forticlient-vpn-settings.`),
  [`${A}forticlient-wf`]: ed,
  [`${I}client-vpn-provisioning`]: ed,
  ...vpn(`${I}client-vpn-settings.`),
  [`${I}disable-wf-when-protected`]: ed,
  [`${I}distribute-configuration-profile`]: ed,
  [`${I}forticlient-wf`]: ed,
};

const PHASE1: Lists = {
  type: ['static', 'dynamic', 'ddns'],
  'ike-version': ['1', '2'],
  'mode-cfg': ['disable', 'enable'],
  peertype: ['any', 'one', 'dialup', 'peer', 'peergrp'],
  'forticlient-enforcement': ed,
};

const CSF: Lists = { status: ed, 'configuration-sync': ['default', 'local'] };

const INTERFACE: Lists = {
  mode: ['static', 'dhcp', 'pppoe'],
  allowaccess: [
    'ping',
    'https',
    'ssh',
    'snmp',
    'http',
    'telnet',
    'fgfm',
    'radius-acct',
    'probe-response',
    'capwap',
    'ftm',
  ],
  status: ['up', 'down'],
  type: [
    'physical',
    'vlan',
    'aggregate',
    'redundant',
    'tunnel',
    'vdom-link',
    'loopback',
    'switch',
    'hard-switch',
    'vap-switch',
    'wl-mesh',
    'fext-wan',
    'vxlan',
    'hdlc',
    'switch-vlan',
    'emac-vlan',
  ],
  stp: ed,
  'device-identification': ed,
  fortiheartbeat: ed,
  'endpoint-compliance': ed,
  role: ['lan', 'wan', 'dmz', 'undefined'],
};

/**
 * Keys fgsim keeps to a part of 6.0's list on purpose (a Decision each, docs/fortios-6.0.md): the
 * interface's `vdom` names the one VDOM there is.
 */
const NOT_CHECKED: Record<string, readonly string[]> = {
  'system interface': ['vdom'],
  'vpn ipsec phase1-interface': ['proposal'],
};

const checked: Record<string, Lists> = {
  'system settings': SETTINGS,
  'endpoint-control profile': PROFILE,
  'vpn ipsec phase1-interface': PHASE1,
  'system csf': CSF,
  'system interface': INTERFACE,
};

/** Every option key of `fields`, by dotted path, with its options. */
function optionKeys(fields: readonly FieldDef[], prefix = ''): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const f of fields) {
    const t = f.type;
    if (t.kind === 'option' || t.kind === 'multi-option') out.set(prefix + f.name, t.options);
    if (t.kind === 'sub-object' || t.kind === 'sub-table')
      for (const [k, v] of optionKeys(t.fields, `${prefix}${f.name}.`)) out.set(k, v);
  }
  return out;
}

describe("modelled keys' options against 6.0's (docs/fortios-6.0.md §7)", () => {
  for (const [path, lists] of Object.entries(checked)) {
    it(`${path}: every option key has 6.0's options, and every key is checked`, () => {
      const schema = tableSchema(path);
      expect(schema).toBeDefined();
      const modelled = optionKeys(schema?.fields ?? []);
      const skipped = new Set(NOT_CHECKED[path] ?? []);
      for (const [key, options] of modelled) {
        if (skipped.has(key)) continue;
        expect(lists[key], `${path} ${key} has no 6.0 list here`).toBeDefined();
        expect([...options].sort(), `${path} ${key}`).toEqual([...(lists[key] ?? [])].sort());
      }
      for (const key of Object.keys(lists)) expect(modelled.has(key), `${path} lacks ${key}`).toBe(true);
    });
  }
});
