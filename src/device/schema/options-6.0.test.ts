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
 * - GLOBAL, CONSOLE, ADMIN, USER_LOCAL, USER_GROUP, ADDRESS, EC_SETTINGS, SSL_SETTINGS, PORTAL: the
 *   6.0.5 modules (coll-test/fortinet.fortios `plugins/modules/fortios_system_global.py`,
 *   `fortios_system_console.py`, `fortios_system_admin.py`, `fortios_user_local.py`,
 *   `fortios_user_group.py`, `fortios_firewall_address.py`, `fortios_endpoint_control_settings.py`,
 *   `fortios_vpn_ssl_settings.py`, `fortios_vpn_ssl_web_portal.py`); GLOBAL's lists are also the
 *   6.0.2 module's (ansible/ansible `lib/ansible/modules/network/fortios/fortios_system_global.py`,
 *   commit 28342bf). The console's `fortiexplorer`, missing from the 6.0.5 module, has v6.0.0,
 *   v6.0.5 and v6.0.11 in the collection's per-version data (fortinet-ansible-dev/
 *   ansible-galaxy-fortios-collection `plugins/modules/fortios_system_console.py`).
 * - VSWITCH, REGISTERED and phase1's `proposal`: the collection's per-version data
 *   (fortinet-ansible-dev/ansible-galaxy-fortios-collection `fortios_system_virtual_switch.py`,
 *   `fortios_endpoint_control_registered_forticlient.py`, `fortios_vpn_ipsec_phase1_interface.py`):
 *   the options whose revisions include v6.0.0, v6.0.5 and v6.0.11, so 6.0.4 has them.
 */
import { describe, expect, it } from 'vitest';
import { tableSchema, tables, type FieldDef } from './index';

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

/** Phase1's 57 proposals in the device's order, transcribed from the per-version data. */
const PROPOSALS = (
  'des-md5 des-sha1 des-sha256 des-sha384 des-sha512 3des-md5 3des-sha1 3des-sha256 3des-sha384 ' +
  '3des-sha512 aes128-md5 aes128-sha1 aes128-sha256 aes128-sha384 aes128-sha512 aes128gcm-prfsha1 ' +
  'aes128gcm-prfsha256 aes128gcm-prfsha384 aes128gcm-prfsha512 aes192-md5 aes192-sha1 aes192-sha256 ' +
  'aes192-sha384 aes192-sha512 aes256-md5 aes256-sha1 aes256-sha256 aes256-sha384 aes256-sha512 ' +
  'aes256gcm-prfsha1 aes256gcm-prfsha256 aes256gcm-prfsha384 aes256gcm-prfsha512 ' +
  'chacha20poly1305-prfsha1 chacha20poly1305-prfsha256 chacha20poly1305-prfsha384 ' +
  'chacha20poly1305-prfsha512 aria128-md5 aria128-sha1 aria128-sha256 aria128-sha384 aria128-sha512 ' +
  'aria192-md5 aria192-sha1 aria192-sha256 aria192-sha384 aria192-sha512 aria256-md5 aria256-sha1 ' +
  'aria256-sha256 aria256-sha384 aria256-sha512 seed-md5 seed-sha1 seed-sha256 seed-sha384 seed-sha512'
).split(' ');

const PHASE1: Lists = {
  type: ['static', 'dynamic', 'ddns'],
  'ike-version': ['1', '2'],
  'mode-cfg': ['disable', 'enable'],
  peertype: ['any', 'one', 'dialup', 'peer', 'peergrp'],
  'forticlient-enforcement': ed,
  proposal: PROPOSALS,
};

const CSF: Lists = { status: ed, 'configuration-sync': ['default', 'local'] };

/** `set timezone ?` in the device's order (by UTC offset), as both 6.0 modules list it. */
const TIMEZONES = (
  '01 02 03 04 05 81 06 07 08 09 10 11 12 13 74 14 77 15 87 16 17 18 19 20 75 21 22 23 24 80 79 25 ' +
  '26 27 28 78 29 30 31 32 33 34 35 36 37 38 83 84 40 85 41 42 43 39 44 46 47 51 48 45 49 50 52 53 ' +
  '54 55 56 57 58 59 60 62 63 61 64 65 66 67 68 69 70 71 72 00 82 73 86 76'
).split(' ');

const GLOBAL: Lists = {
  'admin-concurrent': ed,
  'admin-https-redirect': ed,
  'gui-certificates': ed,
  'gui-ipv6': ed,
  'gui-theme': ['green', 'red', 'blue', 'melongene', 'mariner'],
  'revision-backup-on-logout': ed,
  'revision-image-auto-backup': ed,
  timezone: TIMEZONES,
};

const CONSOLE: Lists = {
  baudrate: ['9600', '19200', '38400', '57600', '115200'],
  fortiexplorer: ed,
  login: ed,
  mode: ['batch', 'line'],
  output: ['standard', 'more'],
};

const ADMIN: Lists = { 'remote-auth': ed };

const VSWITCH: Lists = { span: ['disable', 'enable'], 'span-direction': ['rx', 'tx', 'both'] };

const USER_LOCAL: Lists = { status: ed, type: ['password', 'radius', 'tacacs+', 'ldap'] };

const USER_GROUP: Lists = { 'group-type': ['firewall', 'fsso-service', 'rsso', 'guest'] };

const ADDRESS: Lists = {
  type: ['ipmask', 'iprange', 'fqdn', 'geography', 'wildcard', 'wildcard-fqdn', 'dynamic'],
};

const EC_SETTINGS: Lists = {
  'download-location': ['fortiguard', 'custom'],
  'forticlient-dereg-unsupported-client': ed,
  'forticlient-offline-grace': ed,
  'forticlient-reg-key-enforce': ed,
};

const SSL_SETTINGS: Lists = {
  'https-redirect': ed,
  reqclientcert: ed,
  'source-address-negate': ed,
};

const PORTAL: Lists = { 'ipv6-tunnel-mode': ed, 'tunnel-mode': ed, 'web-mode': ed };

/** `vdom`, the only word-like key, is a `string` in 6.0's data: the table has no option key. */
const REGISTERED: Lists = {};

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
};

/**
 * Options of 6.0's list that fgsim leaves out, a Decision each (docs/fortios-6.0.md §4.6): an
 * address's `wildcard` mask is no netmask (a value kind fgsim lacks), `dynamic` needs SDN connectors.
 * The modelled list plus these must be 6.0's list exactly.
 */
const LEFT_OUT: Record<string, Record<string, readonly string[]>> = {
  'firewall address': { type: ['wildcard', 'dynamic'] },
};

/** Keys whose options the CLI lists (`set <key> ?`) in 6.0's own order, checked in that order. */
const ORDERED: Record<string, readonly string[]> = {
  'system global': ['timezone'],
  'vpn ipsec phase1-interface': ['proposal'],
};

const checked: Record<string, Lists> = {
  'system settings': SETTINGS,
  'endpoint-control profile': PROFILE,
  'vpn ipsec phase1-interface': PHASE1,
  'system csf': CSF,
  'system interface': INTERFACE,
  'system global': GLOBAL,
  'system console': CONSOLE,
  'system admin': ADMIN,
  'system virtual-switch': VSWITCH,
  'user local': USER_LOCAL,
  'user group': USER_GROUP,
  'firewall address': ADDRESS,
  'endpoint-control settings': EC_SETTINGS,
  'endpoint-control registered-forticlient': REGISTERED,
  'vpn ssl settings': SSL_SETTINGS,
  'vpn ssl web portal': PORTAL,
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
        const leftOut = LEFT_OUT[path]?.[key] ?? [];
        for (const o of leftOut) expect(options, `${path} ${key} models ${o}`).not.toContain(o);
        expect([...options, ...leftOut].sort(), `${path} ${key}`).toEqual([...(lists[key] ?? [])].sort());
        if (ORDERED[path]?.includes(key)) expect(options, `${path} ${key} order`).toEqual(lists[key]);
      }
      for (const key of Object.keys(lists)) expect(modelled.has(key), `${path} lacks ${key}`).toBe(true);
    });
  }

  it('every table the schema has is checked here (a new table needs its 6.0 lists)', () => {
    const uncheckedTables = ['system api-user', 'vpn certificate local'];
    for (const t of tables)
      if (!uncheckedTables.includes(t.path))
        expect(checked[t.path], `${t.path} is not checked`).toBeDefined();
    // Neither has an option key to check.
    for (const path of uncheckedTables) expect(optionKeys(tableSchema(path)?.fields ?? []).size).toBe(0);
  });
});
