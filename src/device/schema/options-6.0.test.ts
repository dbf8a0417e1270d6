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
  // The 6.0.5 module's other `choices` (ansible/ansible fortios_system_settings.py @070e97a, the same
  // as coll-test's), each list in the module's order.
  'default-voip-alg-mode': ['proxy-based', 'kernel-helper-based'],
  'firewall-session-dirty': ['check-all', 'check-new', 'check-policy-option'],
  'http-external-dest': ['fortiweb', 'forticache'],
  'ike-dn-format': ['with-space', 'no-space'],
  'lldp-transmission': ['enable', 'disable', 'global'],
  'ngfw-mode': ['profile-based', 'policy-based'],
  'v4-ecmp-mode': ['source-ip-based', 'weight-based', 'usage-based', 'source-dest-ip-based'],
  'vpn-stats-log': ['ipsec', 'pptp', 'l2tp', 'ssl'],
  'block-land-attack': ['disable', 'enable'],
  'email-portal-check-dns': ['disable', 'enable'],
  ...Object.fromEntries(
    `allow-linkdown-path allow-subnet-overlap asymroute asymroute-icmp asymroute6 asymroute6-icmp bfd
    bfd-dont-enforce-src-port central-nat compliance-check deny-tcp-with-icmp dhcp-proxy fw-session-hairpin
    ike-quick-crash-detect ike-session-resume implicit-allow-dns link-down-access multicast-forward
    multicast-skip-policy multicast-ttl-notchange prp-trailer-action ses-denied-traffic sip-helper
    sip-nat-trace snat-hairpin-traffic status strict-src-check tcp-session-without-syn utf8-spam-tagging
    wccp-cache-engine`
      .split(/\s+/)
      .filter(Boolean)
      .map((k) => [k, ed]),
  ),
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

/**
 * The keys the 6.0.4 schema adds are checked against the 6.0.2 module's choices (ansible/ansible
 * `lib/ansible/modules/network/fortios/fortios_vpn_ipsec_phase1_interface.py`, "Tested with FOS v6.0.2"),
 * in its order, which is the device's.
 */
const de = ['disable', 'enable'];
const PHASE1: Lists = {
  type: ['static', 'dynamic', 'ddns'],
  'ike-version': ['1', '2'],
  'mode-cfg': ['disable', 'enable'],
  peertype: ['any', 'one', 'dialup', 'peer', 'peergrp'],
  'forticlient-enforcement': ed,
  proposal: PROPOSALS,
  'acct-verify': ed,
  'add-gw-route': ed,
  'add-route': de,
  'assign-ip': de,
  'assign-ip-from': ['range', 'usrgrp', 'dhcp', 'name'],
  authmethod: ['psk', 'signature'],
  'authmethod-remote': ['psk', 'signature'],
  'auto-discovery-forwarder': ed,
  'auto-discovery-psk': ed,
  'auto-discovery-receiver': ed,
  'auto-discovery-sender': ed,
  'auto-negotiate': ed,
  'cert-id-validation': ed,
  'childless-ike': ed,
  'client-auto-negotiate': de,
  'client-keep-alive': de,
  dhgrp: ['1', '2', '5', '14', '15', '16', '17', '18', '19', '20', '21', '27', '28', '29', '30', '31'],
  'digital-signature-auth': ed,
  'dns-mode': ['manual', 'auto'],
  dpd: ['disable', 'on-idle', 'on-demand'],
  eap: ed,
  'eap-identity': ['use-id-payload', 'send-request'],
  encapsulation: ['none', 'gre', 'vxlan'],
  'encapsulation-address': ['ike', 'ipv4', 'ipv6'],
  'enforce-unique-id': ['disable', 'keep-new', 'keep-old'],
  'exchange-interface-ip': ed,
  fragmentation: ed,
  'group-authentication': ed,
  'ha-sync-esp-seqno': ed,
  'idle-timeout': ed,
  'include-local-lan': de,
  'ip-version': ['4', '6'],
  'localid-type': ['auto', 'fqdn', 'user-fqdn', 'keyid', 'address', 'asn1dn'],
  'mesh-selector-type': ['disable', 'subnet', 'host'],
  mode: ['aggressive', 'main'],
  'monitor-hold-down-type': ['immediate', 'delay', 'time'],
  'monitor-hold-down-weekday': [
    'everyday',
    'sunday',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
  ],
  nattraversal: ['enable', 'disable', 'forced'],
  'net-device': ed,
  'npu-offload': ed,
  'passive-mode': ed,
  ppk: ['disable', 'allow', 'require'],
  reauth: de,
  rekey: ed,
  'rsa-signature-format': ['pkcs1', 'pss'],
  'save-password': de,
  'send-cert-chain': ed,
  'signature-hash-alg': ['sha1', 'sha2-256', 'sha2-384', 'sha2-512'],
  'suite-b': ['disable', 'suite-b-gcm-128', 'suite-b-gcm-256'],
  'tunnel-search': ['selectors', 'nexthop'],
  'unity-support': de,
  'wizard-type': [
    'custom',
    'dialup-forticlient',
    'dialup-ios',
    'dialup-android',
    'dialup-windows',
    'dialup-cisco',
    'static-fortigate',
    'dialup-fortigate',
    'static-cisco',
    'dialup-cisco-fw',
  ],
  xauthtype: ['disable', 'client', 'pap', 'chap', 'auto'],
};

const CSF: Lists = {
  status: ed,
  'configuration-sync': ['default', 'local'],
  // The 6.0.5 module's sub-tables (coll-test/fortinet.fortios fortios_system_csf.py).
  'trusted-list.action': ['accept', 'deny'],
  'trusted-list.downstream-authorization': ed,
  'fabric-device.device-type': ['fortimail'],
};

/** `set timezone ?` in the device's order (by UTC offset), as both 6.0 modules list it. */
const TIMEZONES = (
  '01 02 03 04 05 81 06 07 08 09 10 11 12 13 74 14 77 15 87 16 17 18 19 20 75 21 22 23 24 80 79 25 ' +
  '26 27 28 78 29 30 31 32 33 34 35 36 37 38 83 84 40 85 41 42 43 39 44 46 47 51 48 45 49 50 52 53 ' +
  '54 55 56 57 58 59 60 62 63 61 64 65 66 67 68 69 70 71 72 00 82 73 86 76'
).split(' ');

// The 6.0.2 module's `choices` for every key (its DOCUMENTATION and argument spec agree); the enable/disable
// keys are listed by name, the others with their lists as the module writes them.
const GLOBAL_TOGGLES = `admin-concurrent admin-https-pki-required admin-https-redirect admin-maintainer
  admin-restrict-local admin-scp admin-ssh-password admin-ssh-v1 allow-traffic-redirect asymroute
  auth-keepalive auto-auth-extension-device av-failopen-session batch-cmdb cli-audit-log clt-cert-req
  compliance-check csr-ca-attribute daily-restart dst endpoint-control-fds-access fds-statistics
  fortiextender fortiextender-vlan-mode gui-certificates gui-custom-language gui-display-hostname gui-ipv6
  gui-wireless-opensecurity honor-df ipsec-asic-offload ipsec-hmac-offload ipsec-soft-dec-async
  ipv6-allow-anycast-probe lldp-transmission log-ssl-connection login-timestamp long-vdom-name
  mc-ttl-notchange multicast-forward per-user-bwl post-login-banner pre-login-banner private-data-encryption
  proxy-auth-lifetime proxy-cipher-hardware-acceleration proxy-kxp-hardware-acceleration
  reboot-upon-config-restore reset-sessionless-tcp revision-backup-on-logout revision-image-auto-backup
  security-rating-result-submission security-rating-run-on-schedule send-pmtu-icmp snat-route-change
  special-file-23-support ssh-cbc-cipher ssh-hmac-md5 ssh-kex-sha1 ssl-static-key-ciphers
  sslvpn-cipher-hardware-acceleration sslvpn-kxp-hardware-acceleration sslvpn-plugin-version-check
  strict-dirty-session-check strong-crypto switch-controller tcp-option tftp tp-mc-skip-policy vdom-admin
  virtual-server-hardware-acceleration wad-source-affinity wimax-4g-usb wireless-controller`
  .split(/\s+/)
  .filter(Boolean);

const GLOBAL: Lists = {
  ...Object.fromEntries(GLOBAL_TOGGLES.map((k) => [k, ed])),
  'admin-https-ssl-versions': ['tlsv1-0', 'tlsv1-1', 'tlsv1-2'],
  'anti-replay': ['disable', 'loose', 'strict'],
  'auth-session-limit': ['block-new', 'logout-inactive'],
  'av-failopen': ['pass', 'off', 'one-shot'],
  'cfg-save': ['automatic', 'manual', 'revert'],
  'check-protocol-header': ['loose', 'strict'],
  'check-reset-range': ['strict', 'disable'],
  'dh-params': ['1024', '1536', '2048', '3072', '4096', '6144', '8192'],
  'fgd-alert-subscription': [
    'advisory',
    'latest-threat',
    'latest-virus',
    'latest-attack',
    'new-antivirus-db',
    'new-attack-db',
  ],
  'gui-date-format': ['yyyy/MM/dd', 'dd/MM/yyyy', 'MM/dd/yyyy', 'yyyy-MM-dd', 'dd-MM-yyyy', 'MM-dd-yyyy'],
  'gui-theme': ['green', 'red', 'blue', 'melongene', 'mariner'],
  language: ['english', 'french', 'spanish', 'portuguese', 'japanese', 'trach', 'simch', 'korean'],
  'log-uuid': ['disable', 'policy-only', 'extended'],
  'multi-factor-authentication': ['optional', 'mandatory'],
  'proxy-re-authentication-mode': ['session', 'traffic', 'absolute'],
  'ssl-min-proto-version': ['SSLv3', 'TLSv1', 'TLSv1-1', 'TLSv1-2'],
  // The 6.0.5 module's two lists the 6.0.2 one lacks (coll-test/fortinet.fortios
  // fortios_system_global.py; v6.0.0 on in the per-version data).
  'ssd-trim-freq': ['never', 'hourly', 'daily', 'weekly', 'monthly'],
  'ssd-trim-weekday': ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  timezone: TIMEZONES,
  'traffic-priority': ['tos', 'dscp'],
  'traffic-priority-level': ['low', 'medium', 'high'],
  'vip-arp-range': ['unlimited', 'restricted'],
};

const CONSOLE: Lists = {
  baudrate: ['9600', '19200', '38400', '57600', '115200'],
  fortiexplorer: ed,
  login: ed,
  mode: ['batch', 'line'],
  output: ['standard', 'more'],
};

/*
 * fortinet-ansible-dev/ansible-galaxy-fortios-collection `plugins/modules/fortios_system_admin.py`
 * (per-version data): every option whose revisions include v6.0.0, v6.0.5 and v6.0.11. Not 6.0's:
 * two-factor's `fortitoken-cloud` (v6.2.0 on), the dashboard's `permanent` and the widget type
 * `fabric-device` (v6.2.3), `vdom-override`, `two-factor-authentication`, `two-factor-notification`.
 */
const ADMIN: Lists = {
  wildcard: ed,
  'remote-auth': ed,
  'peer-auth': ed,
  'allow-remove-admin-session': ed,
  'accprofile-override': ed,
  'radius-vdom-override': ed,
  'force-password-change': ed,
  'two-factor': ['disable', 'fortitoken', 'email', 'sms'],
  'sms-server': ['fortiguard', 'custom'],
  'guest-auth': ['disable', 'enable'],
  'gui-dashboard.scope': ['global', 'vdom'],
  'gui-dashboard.layout-type': ['responsive', 'fixed'],
  'gui-dashboard.widget.type': (
    'sysinfo licinfo forticloud cpu-usage memory-usage disk-usage log-rate sessions session-rate ' +
    'tr-history analytics usb-modem admins security-fabric security-fabric-ranking sensor-info ' +
    'ha-status vulnerability-summary host-scan-summary fortiview botnet-activity fortimail'
  ).split(' '),
  'gui-dashboard.widget.region': ['default', 'custom'],
  'gui-dashboard.widget.industry': ['default', 'custom'],
};

/*
 * The 6.0.5 module (ansible/ansible `lib/ansible/modules/network/fortios/fortios_system_api_user.py`,
 * "Tested with FOS v6.0.5"): `peer_auth` and the trusted host's `type`, as the 6.0.0 CLI reference
 * lists them (…/6.0.0/cli-reference/883891).
 */
const API_USER: Lists = {
  'peer-auth': ed,
  'trusthost.type': ['ipv4-trusthost', 'ipv6-trusthost'],
};

const VSWITCH: Lists = {
  span: ['disable', 'enable'],
  'span-direction': ['rx', 'tx', 'both'],
  // fortinet-ansible-dev/ansible-galaxy-fortios-collection plugins/modules/fortios_system_virtual_switch.py
  // @009bf77: the options with v6.0.0.
  'port.speed': [
    'auto',
    '10full',
    '10half',
    '100full',
    '100half',
    '1000full',
    '1000half',
    '1000auto',
    '10000full',
    '10000auto',
    '40000full',
    '100Gfull',
  ],
  'port.status': ['up', 'down'],
};

/**
 * The 6.0.2 module's choices (ansible/ansible lib/ansible/modules/network/fortios/
 * fortios_vpn_certificate_local.py @29c2231, "Tested with FOS v6.0.5"), in its order; a 6.2.7+ unit's
 * schema answer agrees but for 7.0's `enroll-protocol acme2`.
 */
const CERT_LOCAL: Lists = {
  'cmp-regeneration-method': ['keyupate', 'renewal'],
  'enroll-protocol': ['none', 'scep', 'cmpv2'],
  'ike-localid-type': ['asn1dn', 'fqdn'],
  'name-encoding': ['printable', 'utf8'],
  range: ['global', 'vdom'],
  source: ['factory', 'user', 'bundle'],
};

/** 6.0.5 module fortios_user_local.py; `fortitoken-cloud` (two-factor) is v6.2.0 on in the per-version data. */
const USER_LOCAL: Lists = {
  status: ed,
  type: ['password', 'radius', 'tacacs+', 'ldap'],
  'two-factor': ['disable', 'fortitoken', 'email', 'sms'],
  'sms-server': ['fortiguard', 'custom'],
  'auth-concurrent-override': ed,
};

/** 6.0.5 module fortios_user_group.py (written from its `choices`). */
const USER_GROUP: Lists = {
  'group-type': ['firewall', 'fsso-service', 'rsso', 'guest'],
  'auth-concurrent-override': ed,
  'user-id': ['email', 'auto-generate', 'specify'],
  password: ['auto-generate', 'specify', 'disable'],
  'user-name': ['disable', 'enable'],
  sponsor: ['optional', 'mandatory', 'disabled'],
  company: ['optional', 'mandatory', 'disabled'],
  email: ['disable', 'enable'],
  'mobile-phone': ['disable', 'enable'],
  'sms-server': ['fortiguard', 'custom'],
  'expire-type': ['immediately', 'first-successful-login'],
  'multiple-guest-add': ['disable', 'enable'],
};

const ADDRESS: Lists = {
  type: ['ipmask', 'iprange', 'fqdn', 'geography', 'wildcard', 'wildcard-fqdn', 'dynamic'],
  sdn: ['aci', 'aws', 'azure', 'gcp', 'nsx', 'nuage', 'oci', 'openstack'],
  visibility: ed,
  'allow-routing': ed,
};

const EC_SETTINGS: Lists = {
  'download-location': ['fortiguard', 'custom'],
  'forticlient-dereg-unsupported-client': ed,
  'forticlient-offline-grace': ed,
  'forticlient-reg-key-enforce': ed,
  'forticlient-user-avatar': ed,
};

/**
 * The 6.0.5 module fortios_vpn_ssl_settings.py's `choices` (written from it); `algorithm`, absent
 * from it, from the per-version data's documentation (fortios_vpn_ssl_settings.py there).
 */
const SSL_SETTINGS: Lists = {
  'auto-tunnel-static-route': ed,
  algorithm: ['high', 'medium', 'default', 'low'],
  'banned-cipher': [
    'RSA',
    'DH',
    'DHE',
    'ECDH',
    'ECDHE',
    'DSS',
    'ECDSA',
    'AES',
    'AESGCM',
    'CAMELLIA',
    '3DES',
    'SHA1',
    'SHA256',
    'SHA384',
    'STATIC',
  ],
  'check-referer': ed,
  'dtls-tunnel': ed,
  'force-two-factor-auth': ed,
  'header-x-forwarded-for': ['pass', 'add', 'remove'],
  'http-compression': ed,
  'http-only-cookie': ed,
  'https-redirect': ed,
  'port-precedence': ed,
  reqclientcert: ed,
  'source-address-negate': ed,
  'source-address6-negate': ed,
  'ssl-client-renegotiation': ['disable', 'enable'],
  'ssl-insert-empty-fragment': ed,
  'tlsv1-0': ed,
  'tlsv1-1': ed,
  'tlsv1-2': ed,
  'unsafe-legacy-renegotiation': ed,
  'url-obscuration': ed,
  'x-content-type-options': ed,
  'authentication-rule.auth': ['any', 'local', 'radius', 'tacacs+', 'ldap'],
  'authentication-rule.cipher': ['any', 'high', 'medium'],
  'authentication-rule.client-cert': ed,
  'authentication-rule.source-address-negate': ed,
  'authentication-rule.source-address6-negate': ed,
};

/**
 * coll-test/fortinet.fortios `plugins/modules/fortios_firewall_address6.py` ("Tested with FOS
 * v6.0.5"): `type` ipprefix, iprange, fqdn, dynamic, template; `sdn` nsx; `visibility` enable,
 * disable (and the per-version data, fortinet-ansible-dev/ansible-galaxy-fortios-collection: `sdn`
 * `nsx` in v6.0.0, v6.0.5, v6.0.11).
 */
const ADDRESS6: Lists = {
  type: ['ipprefix', 'iprange', 'fqdn', 'dynamic', 'template'],
  sdn: ['nsx'],
  visibility: ['enable', 'disable'],
  'host-type': ['any', 'specific'],
  'subnet-segment.type': ['any', 'specific'],
};

/**
 * ansible/ansible `lib/ansible/modules/network/fortios/fortios_firewall_address6_template.py`
 * ("Tested with FOS v6.0.2"): a segment's `exclusive` enable, disable.
 */
const ADDRESS6_TEMPLATE: Lists = { 'subnet-segment.exclusive': ['enable', 'disable'] };

/**
 * ansible/ansible `lib/ansible/modules/network/fortios/fortios_system_object_tagging.py` ("Tested
 * with FOS v6.0.5"): `address`, `device`, `interface` disable, mandatory, optional; `multiple`
 * enable, disable.
 */
const OBJECT_TAGGING: Lists = {
  address: ['disable', 'mandatory', 'optional'],
  device: ['disable', 'mandatory', 'optional'],
  interface: ['disable', 'mandatory', 'optional'],
  multiple: ['enable', 'disable'],
};

/**
 * The 6.0.5 module's lists (ansible/ansible `lib/ansible/modules/network/fortios/
 * fortios_vpn_ssl_web_portal.py`, "Tested with FOS v6.0.5"), transcribed key by key; `sftp` (in
 * `allow-user-access` and `apptype` from v6.2.0 in the per-version data) is not among them.
 */
const PORTAL: Lists = {
  'allow-user-access': ['web', 'ftp', 'smb', 'telnet', 'ssh', 'vnc', 'rdp', 'ping', 'citrix', 'portforward'],
  'auto-connect': ed,
  'bookmark-group.bookmarks.apptype': [
    'citrix',
    'ftp',
    'portforward',
    'rdp',
    'smb',
    'ssh',
    'telnet',
    'vnc',
    'web',
  ],
  'bookmark-group.bookmarks.security': ['rdp', 'nla', 'tls', 'any'],
  'bookmark-group.bookmarks.server-layout': [
    'de-de-qwertz',
    'en-gb-qwerty',
    'en-us-qwerty',
    'es-es-qwerty',
    'fr-fr-azerty',
    'fr-ch-qwertz',
    'it-it-qwerty',
    'ja-jp-qwerty',
    'pt-br-qwerty',
    'sv-se-qwerty',
    'tr-tr-qwerty',
    'failsafe',
  ],
  'bookmark-group.bookmarks.show-status-window': ed,
  'bookmark-group.bookmarks.sso': ['disable', 'static', 'auto'],
  'bookmark-group.bookmarks.sso-credential': ['sslvpn-login', 'alternative'],
  'bookmark-group.bookmarks.sso-credential-sent-once': ed,
  'customize-forticlient-download-url': ed,
  'display-bookmark': ed,
  'display-connection-tools': ed,
  'display-history': ed,
  'display-status': ed,
  'exclusive-routing': ed,
  'forticlient-download': ed,
  'forticlient-download-method': ['direct', 'ssl-vpn'],
  'hide-sso-credential': ed,
  'host-check': ['none', 'av', 'fw', 'av-fw', 'custom'],
  'ip-mode': ['range', 'user-group'],
  'ipv6-exclusive-routing': ed,
  'ipv6-service-restriction': ed,
  'ipv6-split-tunneling': ed,
  'ipv6-tunnel-mode': ed,
  'keep-alive': ed,
  'limit-user-logins': ed,
  'mac-addr-action': ['allow', 'deny'],
  'mac-addr-check': ed,
  'os-check': ed,
  'save-password': ed,
  'service-restriction': ed,
  'skip-check-for-unsupported-browser': ed,
  'skip-check-for-unsupported-os': ed,
  'smb-ntlmv1-auth': ed,
  smbv1: ed,
  'split-tunneling': ed,
  theme: ['blue', 'green', 'red', 'melongene', 'mariner'],
  'tunnel-mode': ed,
  'user-bookmark': ed,
  'user-group-bookmark': ed,
  'web-mode': ed,
};

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
  // The rest: the 6.0.2 module's `choices` (ansible/ansible lib/ansible/modules/network/fortios/
  // fortios_system_interface.py, "Tested with FOS v6.0.2"), key by key in its order.
  algorithm: ['L2', 'L3', 'L4'],
  'ap-discover': ed,
  arpforward: ed,
  'auth-type': ['auto', 'pap', 'chap', 'mschapv1', 'mschapv2'],
  'auto-auth-extension-device': ed,
  bfd: ['global', 'enable', 'disable'],
  'broadcast-forticlient-discovery': ed,
  'broadcast-forward': ed,
  'dedicated-to': ['none', 'management'],
  defaultgw: ed,
  detectprotocol: ['ping', 'tcp-echo', 'udp-echo'],
  'device-identification-active-scan': ed,
  'device-netscan': ['disable', 'enable'],
  'device-user-identification': ed,
  'dhcp-relay-agent-option': ed,
  'dhcp-relay-service': ['disable', 'enable'],
  'dhcp-relay-type': ['regular', 'ipsec'],
  'dns-server-override': ed,
  'drop-fragment': ed,
  'drop-overlapped-fragment': ed,
  'explicit-ftp-proxy': ed,
  'explicit-web-proxy': ed,
  external: ed,
  'fail-action-on-extender': ['soft-restart', 'hard-restart', 'reboot'],
  'fail-alert-method': ['link-failed-signal', 'link-down'],
  'fail-detect': ed,
  'fail-detect-option': ['detectserver', 'link-down'],
  fortilink: ed,
  'fortilink-split-interface': ed,
  'fortilink-stacking': ed,
  gwdetect: ed,
  'icmp-accept-redirect': ed,
  'icmp-send-redirect': ed,
  'ident-accept': ed,
  ipmac: ed,
  'ips-sniffer-mode': ed,
  'ipv6.autoconf': ed,
  'ipv6.dhcp6-client-options': ['rapid', 'iapd', 'iana'],
  'ipv6.dhcp6-information-request': ed,
  'ipv6.dhcp6-prefix-delegation': ed,
  'ipv6.dhcp6-relay-service': ['disable', 'enable'],
  'ipv6.dhcp6-relay-type': ['regular'],
  'ipv6.ip6-allowaccess': ['ping', 'https', 'ssh', 'snmp', 'http', 'telnet', 'fgfm', 'capwap'],
  'ipv6.ip6-delegated-prefix-list.autonomous-flag': ed,
  'ipv6.ip6-delegated-prefix-list.onlink-flag': ed,
  'ipv6.ip6-delegated-prefix-list.rdnss-service': ['delegated', 'default', 'specify'],
  'ipv6.ip6-dns-server-override': ed,
  'ipv6.ip6-manage-flag': ed,
  'ipv6.ip6-mode': ['static', 'dhcp', 'pppoe', 'delegated'],
  'ipv6.ip6-other-flag': ed,
  'ipv6.ip6-prefix-list.autonomous-flag': ed,
  'ipv6.ip6-prefix-list.onlink-flag': ed,
  'ipv6.ip6-send-adv': ed,
  'ipv6.nd-mode': ['basic', 'SEND-compatible'],
  'ipv6.vrrp-virtual-mac6': ed,
  'ipv6.vrrp6.accept-mode': ed,
  'ipv6.vrrp6.preempt': ed,
  'ipv6.vrrp6.status': ed,
  l2forward: ed,
  'lacp-ha-slave': ed,
  'lacp-mode': ['static', 'passive', 'active'],
  'lacp-speed': ['slow', 'fast'],
  'lldp-transmission': ['enable', 'disable', 'vdom'],
  'min-links-down': ['operational', 'administrative'],
  'mtu-override': ed,
  ndiscforward: ed,
  'netbios-forward': ['disable', 'enable'],
  'netflow-sampler': ['disable', 'tx', 'rx', 'both'],
  'pppoe-unnumbered-negotiate': ed,
  'pptp-auth-type': ['auto', 'pap', 'chap', 'mschapv1', 'mschapv2'],
  'pptp-client': ed,
  'preserve-session-route': ed,
  'priority-override': ed,
  'proxy-captive-portal': ed,
  'sample-direction': ['tx', 'rx', 'both'],
  'scan-botnet-connections': ['disable', 'block', 'monitor'],
  'secondary-IP': ed,
  'secondaryip.allowaccess': [
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
  'secondaryip.detectprotocol': ['ping', 'tcp-echo', 'udp-echo'],
  'secondaryip.gwdetect': ed,
  'security-mac-auth-bypass': ed,
  'security-mode': ['none', 'captive-portal', '802.1X'],
  'sflow-sampler': ed,
  speed: ['auto', '10full', '10half', '100full', '100half', '1000full', '1000half', '1000auto'],
  'src-check': ed,
  stpforward: ed,
  'stpforward-mode': ['rpl-all-ext-id', 'rpl-bridge-ext-id', 'rpl-nothing'],
  subst: ed,
  'switch-controller-access-vlan': ed,
  'switch-controller-arp-inspection': ed,
  'switch-controller-dhcp-snooping': ed,
  'switch-controller-dhcp-snooping-option82': ed,
  'switch-controller-dhcp-snooping-verify-mac': ed,
  'switch-controller-igmp-snooping': ed,
  vlanforward: ed,
  'vrrp.accept-mode': ed,
  'vrrp.preempt': ed,
  'vrrp.status': ed,
  'vrrp.version': ['2', '3'],
  'vrrp-virtual-mac': ed,
  wccp: ed,
};

/**
 * Keys fgsim keeps to a part of 6.0's list on purpose (a Decision each, docs/fortios-6.0.md): the
 * interface's `vdom` names the one VDOM there is.
 */
const NOT_CHECKED: Record<string, readonly string[]> = {
  'system interface': ['vdom'],
};

/**
 * Options of 6.0's list that fgsim leaves out, a Decision each (docs/fortios-6.0.md §4.6). The
 * modelled list plus these must be 6.0's list exactly.
 */
const LEFT_OUT: Record<string, Record<string, readonly string[]>> = {};

/** Keys whose options the CLI lists (`set <key> ?`) in 6.0's own order, checked in that order. */
const ORDERED: Record<string, readonly string[]> = {
  // Every list of the 6.0.2 module that is not enable/disable, in the module's order, and the 6.0.5
  // module's two more.
  'system global': [
    'timezone',
    'admin-https-ssl-versions',
    'anti-replay',
    'auth-session-limit',
    'av-failopen',
    'cfg-save',
    'check-protocol-header',
    'check-reset-range',
    'dh-params',
    'fgd-alert-subscription',
    'gui-date-format',
    'gui-theme',
    'language',
    'log-uuid',
    'multi-factor-authentication',
    'proxy-re-authentication-mode',
    'ssl-min-proto-version',
    'ssd-trim-freq',
    'ssd-trim-weekday',
    'traffic-priority',
    'traffic-priority-level',
    'vip-arp-range',
  ],
  // Every list of phase1, in the 6.0.2 module's order (the device's own, as `?` lists it).
  'vpn ipsec phase1-interface': Object.keys(PHASE1),
  // The 6.0.5 module's order (6.2.7's answer agrees but for the themes, a list that changed).
  'vpn ssl web portal': ['allow-user-access', 'theme', 'host-check', 'bookmark-group.bookmarks.security'],
  'vpn certificate local': Object.keys(CERT_LOCAL),
  // Multi-option keys: a value is stored and printed in its option list's order (docs/fortios-6.0.md
  // §3; allowaccess: the 6.0.0 handbook's `{ping https ssh snmp http telnet fgfm …}`).
  'system interface': ['allowaccess'],
  'vpn ssl settings': ['banned-cipher'],
  'endpoint-control profile': [`${W}forticlient-log-upload-level`],
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
  'system api-user': API_USER,
  'system virtual-switch': VSWITCH,
  'user local': USER_LOCAL,
  'user group': USER_GROUP,
  'firewall address': ADDRESS,
  'firewall address6': ADDRESS6,
  'firewall address6-template': ADDRESS6_TEMPLATE,
  'system object-tagging': OBJECT_TAGGING,
  'endpoint-control settings': EC_SETTINGS,
  'endpoint-control registered-forticlient': REGISTERED,
  'vpn ssl settings': SSL_SETTINGS,
  'vpn ssl web portal': PORTAL,
  'vpn certificate local': CERT_LOCAL,
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
    // None now (`vpn certificate local` had no option key until its 6.0 keys were modelled).
    const uncheckedTables: string[] = [];
    for (const t of tables)
      if (!uncheckedTables.includes(t.path))
        expect(checked[t.path], `${t.path} is not checked`).toBeDefined();
    // It has no option key to check.
    for (const path of uncheckedTables) expect(optionKeys(tableSchema(path)?.fields ?? []).size).toBe(0);
  });
});

/** A field by dotted path (`authentication-rule.portal`). */
function fieldAt(path: string, key: string): FieldDef | undefined {
  let fields = tableSchema(path)?.fields ?? [];
  let found: FieldDef | undefined;
  for (const part of key.split('.')) {
    found = fields.find((f) => f.name === part);
    const t = found?.type;
    fields = t && (t.kind === 'sub-object' || t.kind === 'sub-table') ? t.fields : [];
  }
  return found;
}

/*
 * Help, the device's own words for a key (what `set <key> ?` and `?action=schema` say). Sources:
 * - V602: ansible/ansible `lib/ansible/modules/network/fortios/fortios_system_global.py` at commit
 *   28342bf, "Tested with FOS v6.0.2": the device's text, `(…, default = N)` included.
 * - V605: coll-test/fortinet.fortios `plugins/modules/fortios_<table>.py`, "Tested with FOS v6.0.5".
 *   Its generator drops every `, default = …` (and a bare `(default = …)`) that 6.0.2's keeps
 *   (admin-sport: 6.0.2 "(1 - 65535, default = 443)." / 6.0.5 "(1 - 65535)."), so a `lessDefault`
 *   expectation is compared with the modelled help less that part. Both generators append
 *   "Source <table>.<key>." to a reference's help; that is theirs, not the device's, and is left out.
 * - VRANGE: fortinet-ansible-dev/ansible-galaxy-fortios-collection `plugins/modules/fortios_<table>.py`
 *   (per-version data; its documentation for keys the 6.0.5 modules lack or do not have).
 */
const V602 = 'ansible/ansible fortios_system_global.py @28342bf (FOS v6.0.2)';
const V605 = 'coll-test/fortinet.fortios fortios_<table>.py (FOS v6.0.5)';
const VRANGE = 'fortinet-ansible-dev/ansible-galaxy-fortios-collection fortios_<table>.py';
const V602I = 'ansible/ansible fortios_system_interface.py (FOS v6.0.2)';
const V602P1 = 'ansible/ansible fortios_vpn_ipsec_phase1_interface.py (FOS v6.0.2)';
const V605AU = 'ansible/ansible fortios_system_api_user.py (FOS v6.0.5)';
const V602T = 'ansible/ansible fortios_firewall_address6_template.py (FOS v6.0.2)';
const V602C = 'ansible/ansible fortios_vpn_certificate_local.py @29c2231 (FOS v6.0.5)';

interface HelpCase {
  help: string;
  source: string;
  lessDefault?: boolean;
}
const h = (help: string, source = V605, lessDefault = false): HelpCase => ({ help, source, lessDefault });

const lessDefault = (help: string): string =>
  help.replace(/, default = [^)]*/g, '').replace(/\(default = [^)]*\)/g, '');

const GUI_HELP: Record<string, string> = {
  'gui-switch-controller': 'Enable/disable the switch controller on the GUI.',
  'gui-wireless-controller': 'Enable/disable the wireless controller on the GUI.',
  'gui-wan-load-balancing': 'Enable/disable SD-WAN on the GUI.',
  'gui-vpn': 'Enable/disable VPN tunnels on the GUI.',
  'gui-antivirus': 'Enable/disable AntiVirus on the GUI.',
  'gui-application-control': 'Enable/disable application control on the GUI.',
  'gui-dnsfilter': 'Enable/disable DNS Filtering on the GUI.',
  'gui-endpoint-control': 'Enable/disable endpoint control on the GUI.',
  'gui-ips': 'Enable/disable IPS on the GUI.',
  'gui-webfilter': 'Enable/disable Web filtering on the GUI.',
  'gui-spamfilter': 'Enable/disable Antispam on the GUI.',
  'gui-dlp': 'Enable/disable DLP on the GUI.',
  'gui-voip-profile': 'Enable/disable VoIP profiles on the GUI.',
  'gui-waf-profile': 'Enable/disable Web Application Firewall on the GUI.',
  'gui-icap': 'Enable/disable ICAP on the GUI.',
  'gui-allow-unnamed-policy': 'Enable/disable the requirement for policy naming on the GUI.',
  'gui-dns-database': 'Enable/disable DNS database settings on the GUI.',
  'gui-dos-policy': 'Enable/disable DoS policies on the GUI.',
  'gui-dynamic-routing': 'Enable/disable dynamic routing on the GUI.',
  'gui-explicit-proxy': 'Enable/disable the explicit proxy on the GUI.',
  'gui-implicit-policy': 'Enable/disable implicit firewall policies on the GUI.',
  'gui-load-balance': 'Enable/disable server load balancing on the GUI.',
  'gui-local-in-policy': 'Enable/disable Local-In policies on the GUI.',
  'gui-multicast-policy': 'Enable/disable multicast firewall policies on the GUI.',
  'gui-multiple-interface-policy': 'Enable/disable adding multiple interfaces to a policy on the GUI.',
  'gui-multiple-utm-profiles': 'Enable/disable multiple UTM profiles on the GUI.',
  'gui-object-colors': 'Enable/disable object colors on the GUI.',
  'gui-policy-based-ipsec': 'Enable/disable policy-based IPsec VPN on the GUI.',
  'gui-replacement-message-groups': 'Enable/disable replacement message groups on the GUI.',
  'gui-sslvpn-personal-bookmarks': 'Enable/disable SSL-VPN personal bookmark management on the GUI.',
  'gui-sslvpn-realms': 'Enable/disable SSL-VPN realms on the GUI.',
  'gui-threat-weight': 'Enable/disable threat weight on the GUI.',
  'gui-traffic-shaping': 'Enable/disable traffic shaping on the GUI.',
  'gui-wanopt-cache': 'Enable/disable WAN Optimization and Web Caching on the GUI.',
  'gui-advanced-policy': 'Enable/disable advanced policy configuration on the GUI.',
  'gui-ap-profile': 'Enable/disable FortiAP profiles on the GUI.',
  'gui-dhcp-advanced': 'Enable/disable advanced DHCP options on the GUI.',
  'gui-domain-ip-reputation': 'Enable/disable Domain and IP Reputation on the GUI.',
  'gui-dynamic-profile-display': 'Enable/disable RADIUS Single Sign On (RSSO) on the GUI.',
  'gui-email-collection': 'Enable/disable email collection on the GUI.',
  'gui-endpoint-control-advanced': 'Enable/disable advanced endpoint control options on the GUI.',
  'gui-fortiap-split-tunneling': 'Enable/disable FortiAP split tunneling on the GUI.',
  'gui-fortiextender-controller': 'Enable/disable FortiExtender on the GUI.',
  'gui-local-reports': 'Enable/disable local reports on the GUI.',
  'gui-nat46-64': 'Enable/disable NAT46 and NAT64 settings on the GUI.',
  'gui-policy-learning': 'Enable/disable firewall policy learning mode on the GUI.',
  'gui-webfilter-advanced': 'Enable/disable advanced web filtering on the GUI.',
};

const HELP: Record<string, Record<string, HelpCase>> = {
  'vpn certificate local': {
    password: h('Password as a PEM file.', V602C),
    'private-key': h('PEM format key, encrypted with a password.', V602C),
    certificate: h('PEM format certificate.', V602C),
    csr: h('Certificate Signing Request.', V602C),
    state: h('Certificate Signing Request State.', V602C),
    range: h('Either a global or VDOM IP address range for the certificate.', V602C),
    'auto-regenerate-days': h(
      'Number of days to wait before expiry of an updated local certificate is requested (0 = disabled).',
      V602C,
    ),
    'cmp-server': h("'ADDRESS:PORT' for CMP server.", V602C),
    'last-updated': h('Time at which certificate was last updated.', V602C),
    'scep-password': h('SCEP server challenge password for auto-regeneration.', V602C),
  },
  'system global': {
    hostname: h(
      "FortiGate unit's hostname. Most models will truncate names longer than 24 characters. Some models support hostnames up to 35 characters.",
      V602,
    ),
    admintimeout: h(
      'Number of minutes before an idle administrator session times out (5 - 480 minutes (8 hours), default = 5). A shorter idle timeout is more secure.',
      V602,
    ),
    'admin-sport': h('Administrative access port for HTTPS. (1 - 65535, default = 443).', V602),
    'admin-port': h('Administrative access port for HTTP. (1 - 65535, default = 80).', V602),
    'admin-ssh-port': h('Administrative access port for SSH. (1 - 65535, default = 22).', V602),
    'revision-image-auto-backup': h(
      'Enable/disable back-up of the latest configuration revision after the firmware is upgraded.',
      V602,
    ),
    timezone: h(
      'Number corresponding to your time zone from 00 to 86. Enter set timezone ? to view the list of time zones and the numbers that represent them.',
      V602,
    ),
    'gui-ipv6': h('Enable/disable IPv6 settings on the GUI.', V602),
    'gui-certificates': h(
      'Enable/disable the System > Certificate GUI page, allowing you to add and configure certificates from the GUI.',
      V602,
    ),
    'gui-theme': h('Color scheme for the administration GUI.', V602),
    // Not in the 6.0.2 module; the 6.0.5 module's words.
    'admin-https-redirect': h('Enable/disable redirection of HTTP administration access to HTTPS.'),
    'admin-hsts-max-age': h(
      'HTTPS Strict-Transport-Security header max-age in seconds. A value of 0 will reset any HSTS records in the browser.When admin-https-redirect is disabled the header max-age will be 0.',
    ),
    'dnsproxy-worker-count': h('DNS proxy worker count.'),
    'ssd-trim-freq': h(
      'How often to run SSD Trim . SSD Trim prevents SSD drive data loss by finding and isolating errors.',
    ),
    'ssd-trim-min': h('Minute of the hour on which to run SSD Trim (0 - 59, 60 for random).'),
    // Keys no screen shows (docs/fortios-6.0.md §4.6.2), the 6.0.2 module's words less its
    // "Source certificate.local.name." (the generator's, not the device's).
    'admin-console-timeout': h(
      'Console login timeout that overrides the admintimeout value. (15 - 300 seconds) (15 seconds to 5 minutes). 0 the default, disables this timeout.',
      V602,
    ),
    'admin-https-ssl-versions': h('Allowed TLS versions for web administration.', V602),
    'admin-login-max': h(
      'Maximum number of administrators who can be logged in at the same time (1 - 100, default = 100)',
      V602,
    ),
    'admin-server-cert': h(
      'Server certificate that the FortiGate uses for HTTPS administrative connections.',
      V602,
    ),
    'admin-ssh-grace-time': h(
      'Maximum time in seconds permitted between making an SSH connection to the FortiGate unit and authenticating (10 - 3600 sec (1 hour), default 120).',
      V602,
    ),
    'admin-telnet-port': h('Administrative access port for TELNET. (1 - 65535, default = 23).', V602),
    'anti-replay': h('Level of checking for packet replay and TCP sequence checking.', V602),
    'arp-max-entry': h(
      'Maximum number of dynamically learned MAC addresses that can be added to the ARP table (131072 - 2147483647, default = 131072).',
      V602,
    ),
    'auth-cert': h(
      'Server certificate that the FortiGate uses for HTTPS firewall authentication connections.',
      V602,
    ),
    'auth-http-port': h('User authentication HTTP port. (1 - 65535, default = 80).', V602),
    'block-session-timer': h(
      'Duration in seconds for blocked sessions (1 - 300 sec  (5 minutes), default = 30).',
      V602,
    ),
    'cfg-save': h('Configuration file save mode for CLI changes.', V602),
    'cli-audit-log': h('Enable/disable CLI audit log.', V602),
    'dh-params': h('Number of bits to use in the Diffie-Hellman exchange for HTTPS/SSH protocols.', V602),
    'fds-statistics-period': h(
      'FortiGuard statistics collection period in minutes. (1 - 1440 min (1 min to 24 hours), default = 60).',
      V602,
    ),
    'fgd-alert-subscription': h('Type of alert to retrieve from FortiGuard.', V602),
    'gui-date-format': h('Default date format used throughout GUI.', V602),
    'honor-df': h("Enable/disable honoring of Don't-Fragment (DF) flag.", V602),
    language: h('GUI display language.', V602),
    'management-vdom': h('Management virtual domain name.', V602),
    'memory-use-threshold-red': h(
      'Threshold at which memory usage forces the FortiGate to enter conserve mode (% of total RAM, default = 88).',
      V602,
    ),
    'pre-login-banner': h(
      'Enable/disable displaying the administrator access disclaimer message on the login page before an administrator logs in.',
      V602,
    ),
    'restart-time': h('Daily restart time (hh:mm).', V602),
    'ssl-min-proto-version': h(
      'Minimum supported protocol version for SSL/TLS connections (default = TLSv1.2).',
      V602,
    ),
    'strong-crypto': h(
      'Enable to use strong encryption and only allow strong ciphers (AES, 3DES) and digest (SHA1) for HTTPS/SSH/TLS/SSL functions.',
      V602,
    ),
    'switch-controller-reserved-network': h(
      'Enable reserved network subnet for controlled switches. This is available when the switch controller is enabled.',
      V602,
    ),
    'tcp-halfopen-timer': h(
      'Number of seconds the FortiGate unit should wait to close a session after one peer has sent an open session packet but the other has not responded (1 - 86400 sec (1 day), default = 10).',
      V602,
    ),
    'two-factor-ftm-expiry': h(
      'FortiToken Mobile session timeout (1 - 168 hours (7 days), default = 72).',
      V602,
    ),
    'wifi-ca-certificate': h('CA certificate that verifies the WiFi certificate.', V602),
    'wireless-controller-port': h(
      'Port used for the control channel in wireless controller mode (wireless-mode is ac). The data channel port is the control channel port number plus one (1024 - 49150, default = 5246).',
      V602,
    ),
  },
  'system api-user': {
    // The 6.0.5 module's words (ansible/ansible fortios_system_api_user.py), the 6.0.0 CLI reference's
    // too (…/6.0.0/cli-reference/883891).
    'peer-auth': h('Enable/disable peer authentication.', V605AU),
    'peer-group': h('Peer group name.', V605AU),
    schedule: h('Schedule name.', V605AU),
    vdom: h('Virtual domains.', V605AU),
    trusthost: h('Trusthost.', V605AU),
    'trusthost.id': h('Table ID.', V605AU),
    'trusthost.type': h('Trusthost type.', V605AU),
    'trusthost.ipv4-trusthost': h('IPv4 trusted host address.', V605AU),
    'trusthost.ipv6-trusthost': h('IPv6 trusted host address.', V605AU),
    'api-key': h('Admin user password.'),
    accprofile: h('Admin user access profile.'),
    'cors-allow-origin': h(
      "Value for Access-Control-Allow-Origin on API responses. Avoid using '*' if possible.",
    ),
  },
  'system console': {
    login: h('Enable/disable serial console and FortiExplorer.'),
    output: h('Console output mode.'),
    fortiexplorer: h('Enable/disable access for FortiExplorer.', VRANGE),
  },
  'system admin': {
    'remote-auth': h('Enable/disable authentication using a remote RADIUS, LDAP, or TACACS+ server.'),
    trusthost1: h(
      'Any IPv4 address or subnet address and netmask from which the administrator can connect to the FortiGate unit. Default allows access from any IPv4 address.',
    ),
    vdom: h('Virtual domain(s) that the administrator can access.'),
    // The per-version module's help (its generator writes the device's `'` as `"`, and appends
    // `Source <table>.<key>.`, which are its own).
    'ip6-trusthost1': h(
      'Any IPv6 address from which the administrator can connect to the FortiGate unit. Default allows access from any IPv6 address.',
      VRANGE,
    ),
    'email-to': h("This administrator's email address.", VRANGE),
    'guest-lang': h('Guest management portal language.', VRANGE),
    'gui-dashboard.widget.type': h('Widget type.', VRANGE),
    hidden: h('Admin user hidden attribute.', VRANGE),
  },
  'system virtual-switch': {
    'physical-switch': h('Physical switch parent.', VRANGE),
    'span-source-port': h('SPAN source port.', VRANGE),
    'span-direction': h('SPAN direction.', VRANGE),
    'port.name': h('Physical interface name.', VRANGE),
    'port.speed': h('Interface speed.', VRANGE),
    'port.status': h('Interface status.', VRANGE),
  },
  'system csf': {
    'management-ip': h(
      'Management IP address of this FortiGate. Used to log into this FortiGate from another FortiGate in the Security Fabric.',
    ),
    'management-port': h('Overriding port for management connection (Overrides admin port).'),
    'upstream-port': h(
      'The port number to use to communicate with the FortiGate upstream from this FortiGate in the Security Fabric .',
      V605,
      true,
    ),
    'fixed-key': h(
      'Auto-generated fixed key used when this device is the root. (Will automatically be generated if not set.)',
    ),
    'trusted-list': h('Pre-authorized and blocked security fabric nodes.'),
    'trusted-list.downstream-authorization': h("Trust authorizations by this node's administrator."),
    'fabric-device': h('Fabric device configuration.'),
    'fabric-device.password': h('Device login password.'),
  },
  'system interface': {
    member: h('Physical interfaces that belong to the aggregate or redundant interface.'),
    vdom: h('Interface is in this virtual domain (VDOM).'),
    'snmp-index': h('Permanent SNMP Index of the interface.'),
    // The 6.0.2 module's words (ansible/ansible lib/ansible/modules/network/fortios/
    // fortios_system_interface.py), less its generator's "Source system.interface.name.".
    distance: h(
      'Distance for routes learned through PPPoE or DHCP, lower distance indicates preferred route.',
      V602I,
    ),
    'dhcp-renew-time': h(
      'DHCP renew time in seconds (300-604800), 0 means use the renew time provided by the server.',
      V602I,
    ),
    'fail-action-on-extender': h('Action on extender when interface fail .', V602I),
    'substitute-dst-mac': h(
      'Destination MAC address that all packets are sent to from this interface.',
      V602I,
    ),
    'switch-controller-learning-limit': h(
      'Limit the number of dynamic MAC addresses on this VLAN (1 - 128, 0 = no limit, default).',
      V602I,
    ),
    'ipv6.nd-timestamp-delta': h(
      'Neighbor discovery timestamp delta value (1 - 3600 sec; default = 300).',
      V602I,
    ),
    'ipv6.ip6-upstream-interface': h('Interface name providing delegated information.', V602I),
    'vrrp.vrdst-priority': h(
      'Priority of the virtual router when the virtual router destination becomes unreachable (0 - 254).',
      V602I,
    ),
    'secondaryip.allowaccess': h('Management access settings for the secondary IP address.', V602I),
  },
  'system settings': {
    comments: h('VDOM comments.'),
    opmode: h('Firewall operation mode (NAT or Transparent).'),
    // The 6.0.5 module (ansible/ansible fortios_system_settings.py @070e97a) less "Source …".
    device: h('Interface to use for management access for NAT mode.'),
    'ssl-ssh-profile': h('Profile for SSL/SSH inspection.'),
    gateway6: h('Transparent mode IPv4 default gateway IP address.'),
    'ecmp-max-paths': h(
      'Maximum number of Equal Cost Multi-Path (ECMP) next-hops. Set to 1 to disable ECMP routing (1 - 100).',
    ),
    'vpn-stats-period': h('Period to send VPN log statistics (60 - 86400 sec).'),
    'lldp-transmission': h(
      'Enable/disable Link Layer Discovery Protocol (LLDP) for this VDOM or apply global settings to this VDOM.',
    ),
    'sip-helper': h(
      'Enable/disable the SIP session helper to process SIP sessions unless SIP sessions are accepted by the SIP application layer gateway (ALG).',
    ),
    'snat-hairpin-traffic': h('Enable/disable source NAT (SNAT) for hairpin traffic.'),
    'bfd-dont-enforce-src-port': h('Enable to not enforce verifying the source port of BFD Packets.'),
    ...Object.fromEntries(Object.entries(GUI_HELP).map(([k, v]) => [k, h(v)])),
  },
  'user local': {
    status: h('Enable/disable allowing the local user to authenticate with the FortiGate unit.'),
    passwd: h("User's password."),
    'two-factor': h('Enable/disable two-factor authentication.'),
    'auth-concurrent-override': h(
      'Enable/disable overriding the policy-auth-concurrent under config system global.',
    ),
    authtimeout: h('Time in minutes before the authentication timeout for a user is reached.'),
    'ppk-secret': h(
      'IKEv2 Postquantum Preshared Key (ASCII string or hexadecimal encoded with a leading 0x).',
    ),
    'sms-phone': h("Two-factor recipient's mobile phone number."),
    // Not in the 6.0.5 module (its generator drops keys with `+`); the per-version data's words.
    'tacacs+-server': h('Name of TACACS+ server with which the user must authenticate.', VRANGE),
  },
  'user group': {
    'group-type': h('Set the group to be for firewall authentication, FSSO, RSSO, or guest users.'),
    member: h('Names of users, peers, LDAP servers, or RADIUS servers to add to the user group.'),
    authtimeout: h(
      'Authentication timeout in minutes for this user group. 0 to use the global user setting auth-timeout.',
    ),
    'sso-attribute-value': h('Name of the RADIUS user group that this local user group represents.'),
    expire: h('Time in seconds before guest user accounts expire. (1 - 31536000 sec)'),
    'max-accounts': h(
      'Maximum number of guest accounts that can be created for this group (0 means unlimited).',
    ),
    'match.group-name': h('Name of matching group on remote authentication server.'),
    'guest.user-id': h('Guest ID.'),
    'guest.expiration': h('Expire time.'),
  },
  'firewall address': {
    type: h('Type of address.'),
    'associated-interface': h('Network interface associated with address.'),
    subnet: h('IP address and subnet mask of address.'),
    country: h('IP addresses associated to a specific country.'),
    'wildcard-fqdn': h('Fully Qualified Domain Name with wildcard characters.'),
    'cache-ttl': h('Defines the minimal TTL of individual IP addresses in FQDN cache measured in seconds.'),
    wildcard: h('IP address and wildcard netmask.'),
    sdn: h('SDN.'),
    organization: h('Organization domain name (Syntax: organization/domain).'),
    visibility: h('Enable/disable address visibility in the GUI.'),
    color: h('Color of icon on the GUI.'),
    filter: h('Match criteria filter.'),
    'obj-id': h('Object ID for NSX.'),
    'list.ip': h('IP.'),
    'tagging.name': h('Tagging entry name.'),
    'allow-routing': h('Enable/disable use of this address in the static route configuration.'),
  },
  // The 6.0.5 module (less `Source …`); its `tagging` help has no full stop, as 6.2.7's answer.
  'firewall address6': {
    tagging: h('Config object tagging'),
    'tagging.name': h('Tagging entry name.'),
    'tagging.category': h('Tag category.'),
    'tagging.tags': h('Tags.'),
    template: h('IPv6 address template.'),
    'subnet-segment': h('IPv6 subnet segments.'),
    'subnet-segment.name': h('Name.'),
    'subnet-segment.type': h('Subnet segment type.'),
    'subnet-segment.value': h('Subnet segment value.'),
    'host-type': h('Host type.'),
    host: h('Host Address.'),
  },
  'firewall address6-template': {
    name: h('IPv6 address template name.', V602T),
    ip6: h('IPv6 address prefix.', V602T),
    'subnet-segment-count': h('Number of IPv6 subnet segments.', V602T),
    'subnet-segment': h('IPv6 subnet segments.', V602T),
    'subnet-segment.id': h('Subnet segment ID.', V602T),
    'subnet-segment.bits': h('Number of bits.', V602T),
    'subnet-segment.exclusive': h('Enable/disable exclusive value.', V602T),
    'subnet-segment.name': h('Subnet segment name.', V602T),
    'subnet-segment.values': h('Subnet segment values.', V602T),
    'subnet-segment.values.name': h('Subnet segment value name.', V602T),
    'subnet-segment.values.value': h('Subnet segment value.', V602T),
  },
  'system object-tagging': {
    category: h('Tag Category.'),
    address: h('Address.'),
    device: h('Device.'),
    interface: h('Interface.'),
    multiple: h('Allow multiple tag selection.'),
    color: h('Color of icon on the GUI.'),
    tags: h('Tags.'),
  },
  'endpoint-control settings': {
    'forticlient-reg-timeout': h(
      'FortiClient registration license timeout (days, min = 1, max = 180, 0 means unlimited).',
    ),
    'forticlient-keepalive-interval': h(
      'Interval between two KeepAlive messages from FortiClient (20 - 300 sec).',
      V605,
      true,
    ),
    'download-location': h('FortiClient download location (FortiGuard or custom).'),
  },
  'endpoint-control registered-forticlient': {
    mac: h('Endpoint MAC address.', VRANGE),
    vdom: h('Registering vdom.', VRANGE),
    'reg-fortigate': h('Registering FortiGate SN.', VRANGE),
  },
  'vpn ssl settings': {
    'https-redirect': h('Enable/disable redirect of port 80 to SSL-VPN port.'),
    servercert: h('Name of the server certificate to be used for SSL-VPNs.'),
    'login-attempt-limit': h('SSL VPN maximum login attempt times before block (0 - 10).', V605, true),
    'idle-timeout': h('SSL VPN disconnects if idle for specified time in seconds.'),
    'authentication-rule.portal': h('SSL VPN portal.'),
    'dns-suffix': h('DNS suffix used for SSL-VPN clients.'),
    'wins-server1': h('WINS server 1.'),
    'login-timeout': h('SSLVPN maximum login timeout (10 - 180 sec).'),
    'deflate-min-data-size': h('Minimum amount of data that triggers compression (200 - 65535 bytes).'),
    'header-x-forwarded-for': h('Forward the same, add, or remove HTTP header.'),
    'port-precedence': h(
      'Enable means that if SSL-VPN connections are allowed on an interface admin GUI connections are blocked on that interface.',
    ),
    'authentication-rule.cipher': h('SSL VPN cipher strength.'),
    'authentication-rule.client-cert': h('Enable/disable SSL VPN client certificate restrictive.'),
    algorithm: h(
      'Force the SSL VPN security level. High allows only high. Medium allows medium and high. Low allows any.',
      VRANGE,
    ),
  },
  'vpn ssl web portal': {
    'tunnel-mode': h('Enable/disable IPv4 SSL-VPN tunnel mode.'),
    'web-mode': h('Enable/disable SSL VPN web mode.'),
    'ip-pools': h('IPv4 firewall source address objects reserved for SSL-VPN tunnel mode clients.'),
    // The device's own slip: the IPv6 pools' help says IPv4 in 6.0.5 (6.2.7's answer says IPv6).
    'ipv6-pools': h('IPv4 firewall source address objects reserved for SSL-VPN tunnel mode clients.'),
    'wins-server2': h('IPv4 WINS server 1.'),
    'allow-user-access': h('Allow user access to SSL-VPN applications.'),
    'host-check-interval': h(
      'Periodic host check interval. Value of 0 means disabled and host checking only happens when the endpoint connects.',
    ),
    'skip-check-for-unsupported-browser': h('Enable to skip host check if browser does not support it.'),
    smbv1: h('Enable/disable support of SMBv1 for Samba.'),
    'split-dns': h('Split DNS for SSL VPN.'),
    'split-dns.domains': h('Split DNS domains used for SSL-VPN clients separated by comma(,).'),
    'bookmark-group': h('Portal bookmark group.'),
    'bookmark-group.bookmarks': h('Bookmark table.'),
    'bookmark-group.bookmarks.preconnection-id': h('The numeric ID of the RDP source (0-2147483648).'),
    'bookmark-group.bookmarks.sso': h('Single Sign-On.'),
    'bookmark-group.bookmarks.form-data.value': h('Value.'),
  },
  'vpn ipsec phase1-interface': {
    'remote-gw': h("IPv4 address of the remote gateway's external interface."),
    interface: h('Local physical, aggregate, or VLAN outgoing interface.'),
    proposal: h('Phase1 proposal.'),
    // The 6.0.2 module (ansible/ansible lib/ansible/modules/network/fortios/
    // fortios_vpn_ipsec_phase1_interface.py), whose words differ from the 6.2.7+ answer's for these.
    'net-device': h('Enable/disable kernel device creation for dialup instances.', V602P1),
    priority: h('Priority for routes added by IKE (0 - 4294967295).', V602P1),
    domain: h('Instruct unity clients about the default DNS domain.', V602P1),
    encapsulation: h('Enable/disable GRE/VXLAN encapsulation.', V602P1),
    'remotegw-ddns': h('Domain name of remote gateway (eg. name.DDNS.com).', V602P1),
    authpasswd: h('XAuth password (max 35 characters).', V602P1),
    'ipv4-exclude-range.start-ip': h('Start of IPv4 exclusive range.', V602P1),
    'backup-gateway.address': h('Address of backup gateway.', V602P1),
  },
};

/** Each table's own help (`config <table> ?`, the schema answer's `help`): the modules' description (V605, VRANGE). */
const TABLE_HELP: Record<string, string> = {
  'system global': 'Configure global attributes.',
  'system console': 'Configure console.',
  'system admin': 'Configure admin users.',
  'system api-user': 'Configure API users.',
  'system virtual-switch': 'Configure virtual hardware switch interfaces.',
  'system csf': 'Add this FortiGate to a Security Fabric or set up a new Security Fabric on this FortiGate.',
  'user local': 'Configure local users.',
  'user group': 'Configure user groups.',
  'firewall address': 'Configure IPv4 addresses.',
  'firewall address6': 'Configure IPv6 firewall addresses.',
  'firewall address6-template': 'Configure IPv6 address templates.',
  'system object-tagging': 'Configure object tagging.',
  'endpoint-control settings': 'Configure endpoint control settings.',
  'endpoint-control registered-forticlient': 'Registered FortiClient list.',
  'vpn ssl settings': 'Configure SSL VPN.',
  'vpn ssl web portal': 'Portal.',
  'vpn ipsec phase1-interface': 'Configure VPN remote gateway.',
  'vpn certificate local': 'Local keys and certificates.',
};

describe("help of modelled keys against 6.0's (docs/fortios-6.0.md §4.6)", () => {
  it("each table's own help is 6.0's", () => {
    for (const [path, help] of Object.entries(TABLE_HELP)) expect(tableSchema(path)?.help, path).toBe(help);
  });

  for (const [path, cases] of Object.entries(HELP)) {
    it(`${path}: a sample of keys says what 6.0 says`, () => {
      for (const [key, c] of Object.entries(cases)) {
        const f = fieldAt(path, key);
        expect(f, `${path} lacks ${key}`).toBeDefined();
        const said = c.lessDefault ? lessDefault(f?.help ?? '') : f?.help;
        expect(said, `${path} ${key} (${c.source})`).toBe(c.help);
      }
    });
  }

  it("every gui-* key of system settings and the two of system global carry 6.0's help", () => {
    const settings = (tableSchema('system settings')?.fields ?? []).filter((f) => f.name.startsWith('gui-'));
    for (const f of settings) if (f.type.kind === 'option') expect(f.help, f.name).toBe(GUI_HELP[f.name]);
    expect(settings.filter((f) => f.type.kind === 'option')).toHaveLength(Object.keys(GUI_HELP).length);
  });
});

/*
 * Defaults, where a source says them:
 * - the device's own help (`default = N`, V602 above, and the terraform provider's docs for the same
 *   keys: fortinetdev/terraform-provider-fortios `website/docs/r/fortios_endpointcontrol_settings
 *   .html.markdown`, `fortios_vpnssl_settings.html.markdown`);
 * - terraform examples that read a table back from a unit (`fortios_endpointcontrol_settings`'s
 *   example: reg-timeout 7, grace 120, keepalive 60, update 720, warning 1; `fortios_system_console`'s:
 *   9600, enable, line, more; `fortios_vpnipsec_phase1interface`'s: proposal, peertype any, ike 1);
 * - real `show` output, which prints only what differs from the default (a 6.0-era
 *   `show firewall address`: "none" prints `set subnet` but no `set type`, SSLVPN_TUNNEL_ADDR1 prints
 *   `set type iprange`; backups' portals: "web-access" prints `set web-mode enable` and no tunnel-mode;
 *   both quoted in src/device/cli/fidelity.test.ts).
 */
const SCHEMA_ANSWER = '6.2.7+ schema answer';

const DEFAULTS: Record<string, Record<string, [unknown, string]>> = {
  // Real units' schema answer, 6.2.7 to 7.0.3 (poroping/terraform-provider-fortios
  // v2/codegen/apischema/auto-merge/vpn.certificate_local.json); a 6.0.6 40F backup's factory rows
  // print `set range global` and `set source factory`, so neither is the default.
  'vpn certificate local': {
    range: ['vdom', SCHEMA_ANSWER],
    source: ['user', SCHEMA_ANSWER],
    'enroll-protocol': ['none', SCHEMA_ANSWER],
    'name-encoding': ['printable', SCHEMA_ANSWER],
    'ike-localid-type': ['asn1dn', SCHEMA_ANSWER],
    'cmp-regeneration-method': ['keyupate', SCHEMA_ANSWER],
    'source-ip': ['0.0.0.0', SCHEMA_ANSWER],
    'auto-regenerate-days': [0, SCHEMA_ANSWER],
    'auto-regenerate-days-warning': [0, SCHEMA_ANSWER],
  },
  // SCHEMA62 system_api_user.json (v6.2.7 on) and the 7.0.11 CLI reference's table
  // (docs.fortinet.com/document/fortigate/7.0.11/cli-reference/15620); 6.0's reference gives none.
  'system api-user': {
    'peer-auth': ['disable', 'SCHEMA62, 7.0.11 CLI reference'],
    'trusthost.type': ['ipv4-trusthost', 'SCHEMA62, 7.0.11 CLI reference'],
    'trusthost.ipv4-trusthost': ['0.0.0.0 0.0.0.0', 'SCHEMA62, 7.0.11 CLI reference'],
    'trusthost.ipv6-trusthost': ['::/0', 'SCHEMA62, 7.0.11 CLI reference'],
  },
  // Real units' schema answer, 6.2.7 to 7.0.3 (poroping/terraform-provider-fortios
  // v2/codegen/apischema/auto-merge/<table>.json); 6.0's modules give no defaults.
  'firewall address6-template': {
    ip6: ['::/0', SCHEMA_ANSWER],
    'subnet-segment-count': [0, SCHEMA_ANSWER],
    'subnet-segment.bits': [0, SCHEMA_ANSWER],
    'subnet-segment.exclusive': ['disable', SCHEMA_ANSWER],
  },
  'system object-tagging': {
    address: ['optional', SCHEMA_ANSWER],
    device: ['optional', SCHEMA_ANSWER],
    interface: ['optional', SCHEMA_ANSWER],
    multiple: ['enable', SCHEMA_ANSWER],
    color: [0, SCHEMA_ANSWER],
  },
  // What a real unit's `show full-configuration system interface` prints for an untouched port
  // (docs/fortios-6.0.md §4.1: a later FortiOS's, the nearest found; 6.0.2's help where it says).
  'system interface': {
    distance: [5, 'full configuration'],
    priority: [0, 'full configuration'],
    'dhcp-relay-service': ['disable', 'full configuration'],
    'management-ip': ['0.0.0.0 0.0.0.0', 'full configuration'],
    'fail-detect': ['disable', 'full configuration'],
    'pptp-client': ['disable', 'full configuration'],
    arpforward: ['enable', 'full configuration'],
    'broadcast-forward': ['disable', 'full configuration'],
    bfd: ['global', 'full configuration'],
    l2forward: ['disable', 'full configuration'],
    'icmp-send-redirect': ['enable', 'full configuration'],
    'icmp-accept-redirect': ['enable', 'full configuration'],
    vlanforward: ['disable', 'full configuration'],
    stpforward: ['disable', 'full configuration'],
    'ips-sniffer-mode': ['disable', 'full configuration'],
    'ident-accept': ['disable', 'full configuration'],
    ipmac: ['disable', 'full configuration'],
    subst: ['disable', 'full configuration'],
    'substitute-dst-mac': ['00:00:00:00:00:00', 'full configuration'],
    'netbios-forward': ['disable', 'full configuration'],
    'wins-ip': ['0.0.0.0', 'full configuration'],
    'dedicated-to': ['none', 'full configuration'],
    'netflow-sampler': ['disable', 'full configuration'],
    'sflow-sampler': ['disable', 'full configuration'],
    'src-check': ['enable', 'full configuration'],
    'sample-rate': [2000, 'full configuration'],
    'polling-interval': [20, 'full configuration'],
    'sample-direction': ['both', 'full configuration'],
    'tcp-mss': [0, 'full configuration'],
    weight: [0, 'full configuration'],
    'security-mode': ['none', 'full configuration'],
    'lldp-transmission': ['vdom', 'full configuration'],
    'vrrp-virtual-mac': ['disable', 'full configuration'],
    'secondary-IP': ['disable', 'full configuration'],
    'ap-discover': ['enable', 'full configuration'],
    defaultgw: ['enable', 'full configuration'],
    'dns-server-override': ['enable', 'full configuration'],
    speed: ['auto', 'full configuration'],
    'trust-ip6-1': ['::/0', 'full configuration'],
    'mtu-override': ['disable', 'full configuration'],
    wccp: ['disable', 'full configuration'],
    'drop-fragment': ['disable', 'full configuration'],
    'ipv6.ip6-mode': ['static', 'full configuration'],
    'ipv6.nd-mode': ['basic', 'full configuration'],
    'ipv6.ip6-address': ['::/0', 'full configuration'],
    'ipv6.ip6-allowaccess': ['', 'full configuration ("unset ip6-allowaccess")'],
    'ipv6.vrip6_link_local': ['::', 'full configuration'],
    'ipv6.autoconf': ['disable', 'full configuration'],
    'ipv6.nd-timestamp-delta': [300, 'help "(1 - 3600 sec; default = 300)"'],
    'ipv6.nd-timestamp-fuzz': [1, 'help "(1 - 60 sec; default = 1)"'],
  },
  'system global': {
    'admin-sport': [443, V602],
    'admin-port': [80, V602],
    'admin-ssh-port': [22, V602],
    admintimeout: [5, V602],
    // The 6.0.2 help's own `default = …` (or "0 the default") of keys no screen shows.
    'admin-console-timeout': [0, `${V602}: "0 the default"`],
    'admin-login-max': [100, V602],
    'admin-restrict-local': ['disable', `${V602}: "(default = disable)"`],
    'admin-ssh-grace-time': [120, `${V602}: "default 120"`],
    'admin-telnet-port': [23, V602],
    'arp-max-entry': [131072, V602],
    'block-session-timer': [30, V602],
    'cpu-use-threshold': [90, V602],
    'device-identification-active-scan-delay': [90, V602],
    'device-idle-timeout': [300, V602],
    'fds-statistics-period': [60, V602],
    'fortiextender-data-port': [25246, V602],
    'fortiservice-port': [8013, V602],
    'igmp-state-limit': [3200, V602],
    ldapconntimeout: [500, `${V602}: "default 500"`],
    'memory-use-threshold-extreme': [95, V602],
    'memory-use-threshold-green': [82, V602],
    'memory-use-threshold-red': [88, V602],
    'multi-factor-authentication': ['optional', V602],
    'policy-auth-concurrent': [0, `${V602}: "default = 0 means no limit"`],
    'proxy-auth-lifetime-timeout': [480, `${V602}: "default=480"`],
    remoteauthtimeout: [5, V602],
    'ssl-min-proto-version': ['TLSv1-2', `${V602}: "default = TLSv1.2"`],
    'sys-perf-log-interval': [5, V602],
    'tcp-halfclose-timer': [120, V602],
    'tcp-halfopen-timer': [10, V602],
    'two-factor-email-expiry': [60, V602],
    'two-factor-fac-expiry': [60, V602],
    'two-factor-ftk-expiry': [60, V602],
    'two-factor-ftm-expiry': [72, V602],
    'two-factor-sms-expiry': [60, V602],
    'wireless-controller-port': [5246, V602],
    // Fortinet KB 197339 (community.fortinet.com/t5/FortiGate/Technical-Tip-Change-the-FortiGate-
    // Captive-Portal-Port/ta-p/197339): "By default, the FortiGate will listen on TCP/1000 and 1003",
    // `set auth-http-port <1-65535, default = 1000>`; the 6.0.2 help's "default = 80"/"443" is not it.
    'auth-http-port': [1000, 'Fortinet KB 197339'],
    'auth-https-port': [1003, 'Fortinet KB 197339'],
    // The 6.0.5 module's keys: real units' schema answers, 6.2.7 on (poroping/terraform-provider-
    // fortios v2/codegen/apischema/auto-merge/system_global.json).
    'admin-hsts-max-age': [15552000, 'SCHEMA62 system_global.json'],
    'ssd-trim-freq': ['weekly', 'SCHEMA62 system_global.json: "(default = weekly)"'],
    'ssd-trim-hour': [1, 'SCHEMA62 system_global.json: "(0 - 23, default = 1)"'],
    'ssd-trim-min': [60, 'SCHEMA62 system_global.json'],
    'ssd-trim-date': [1, 'SCHEMA62 system_global.json'],
    'ssd-trim-weekday': ['sunday', 'SCHEMA62 system_global.json'],
  },
  'system settings': {
    // Real units' schema answers, 6.2.7 on (poroping/terraform-provider-fortios
    // v2/codegen/apischema/auto-merge/system_settings.json), for keys whose default did not change.
    'firewall-session-dirty': ['check-all', 'SCHEMA62 system_settings.json'],
    'ngfw-mode': ['profile-based', 'SCHEMA62 system_settings.json'],
    'http-external-dest': ['fortiweb', 'SCHEMA62 system_settings.json'],
    'vpn-stats-log': ['ipsec pptp l2tp ssl', 'SCHEMA62 system_settings.json'],
    'vpn-stats-period': [600, 'SCHEMA62 system_settings.json'],
    'mac-ttl': [300, 'SCHEMA62 system_settings.json: "(300 - 8640000 sec, default = 300)"'],
    'lldp-transmission': ['global', 'SCHEMA62 system_settings.json'],
    'discovered-device-timeout': [28, 'SCHEMA62 system_settings.json: "(1 - 365 days, default = 28)"'],
    'sip-tcp-port': [5060, 'SCHEMA62 system_settings.json: "(0 - 65535, default = 5060)"'],
    'sip-ssl-port': [5061, 'SCHEMA62 system_settings.json: "(0 - 65535, default = 5061)"'],
    'sccp-port': [2000, 'SCHEMA62 system_settings.json: "(0 - 65535, default = 2000)"'],
    'email-portal-check-dns': ['enable', 'SCHEMA62 system_settings.json'],
    'snat-hairpin-traffic': ['enable', 'SCHEMA62 system_settings.json'],
    'link-down-access': ['enable', 'SCHEMA62 system_settings.json'],
    'bfd-detect-mult': [3, 'SCHEMA62 system_settings.json: "(1 - 50, default = 3)"'],
    ip: ['0.0.0.0 0.0.0.0', 'SCHEMA62 system_settings.json'],
    ip6: ['::/0', 'SCHEMA62 system_settings.json'],
    gateway6: ['::', 'SCHEMA62 system_settings.json'],
    // terraform fortios_system_settings: "On FortiOS versions 6.2.0: 1 - 100, default = 10";
    // "On FortiOS versions 6.2.0-6.4.15: default = 50" (the BFD timers; 7.0 on, 250).
    'ecmp-max-paths': [10, 'terraform fortios_system_settings (6.2.0)'],
    'bfd-desired-min-tx': [50, 'terraform fortios_system_settings (6.2.0-6.4.15)'],
    'bfd-required-min-rx': [50, 'terraform fortios_system_settings (6.2.0-6.4.15)'],
  },
  'system console': {
    baudrate: ['9600', 'terraform fortios_system_console example'],
    login: ['enable', 'terraform fortios_system_console example'],
    mode: ['line', 'terraform fortios_system_console example'],
    output: ['more', 'terraform fortios_system_console example'],
  },
  'system admin': {
    trusthost1: ['0.0.0.0 0.0.0.0', 'help: "Default allows access from any IPv4 address."'],
    'ip6-trusthost1': ['::/0', 'help: "Default allows access from any IPv6 address."'],
    'gui-dashboard.widget.type': [
      'sysinfo',
      'a 6.0.6 backup: the System Information widget prints no set type',
    ],
  },
  'system csf': {
    'upstream-port': [8013, 'help "(default = 8013)"'],
    // hfortix-fortios cmdb/system/_helpers/csf.py (generated from a later schema).
    'trusted-list.action': ['accept', 'hfortix csf trusted-list'],
    'trusted-list.downstream-authorization': ['disable', 'hfortix csf trusted-list'],
  },
  // The CLI reference's Default column (docs.fortinet.com/document/fortigate/7.2.0/cli-reference/521620,
  // the same keys 6.0 has; the 6.0 reference has no Default column).
  'user local': {
    id: [0, 'CLI reference "Default 0"'],
    status: ['enable', 'CLI reference "Default enable"'],
    type: ['password', 'CLI reference "Default password"'],
    'two-factor': ['disable', 'CLI reference "Default disable"'],
    'auth-concurrent-override': ['disable', 'CLI reference "Default disable"'],
    'auth-concurrent-value': [0, 'CLI reference "Default 0"'],
    authtimeout: [0, 'CLI reference "Default 0"'],
  },
  // The terraform example that reads a group back (fortinetdev/terraform-provider-fortios
  // `fortios_user_group`, mirrored by pulumiverse's fortios `user.Group` example).
  'user group': {
    company: ['optional', 'terraform fortios_user_group example'],
    email: ['enable', 'terraform fortios_user_group example'],
    expire: [14400, 'terraform fortios_user_group example'],
    'expire-type': ['immediately', 'terraform fortios_user_group example'],
    'group-type': ['firewall', 'terraform fortios_user_group example'],
    'max-accounts': [0, 'terraform fortios_user_group example'],
    'mobile-phone': ['disable', 'terraform fortios_user_group example'],
    'multiple-guest-add': ['disable', 'terraform fortios_user_group example'],
  },
  'endpoint-control settings': {
    'forticlient-reg-timeout': [7, 'terraform example'],
    'forticlient-offline-grace-interval': [120, 'help "default = 120"'],
    'forticlient-keepalive-interval': [60, 'help "default = 60"'],
    'forticlient-sys-update-interval': [720, 'help "default = 720"'],
    'forticlient-warning-interval': [1, 'help "default = 1"'],
    'forticlient-dereg-unsupported-client': ['enable', 'terraform example'],
    'forticlient-avdb-update-interval': [8, 'help "default = 8"'],
    'forticlient-ems-rest-api-call-timeout': [5000, 'help "default = 5000"'],
    'forticlient-user-avatar': ['enable', 'terraform example'],
  },
  'vpn ssl settings': {
    'login-attempt-limit': [2, 'help "default = 2"'],
    'login-block-time': [60, 'help "default = 60"'],
    // A 6.0.1 unit's GET vpn.ssl/settings, whose `sh vpn ssl settings` printed none of these keys
    // (fortiosapi example script, 2018; docs/fortios-6.0.md §4.6).
    'tlsv1-0': ['disable', '6.0.1 GET'],
    'tlsv1-1': ['enable', '6.0.1 GET'],
    'tlsv1-2': ['enable', '6.0.1 GET'],
    'banned-cipher': ['', '6.0.1 GET'],
    'ssl-insert-empty-fragment': ['enable', '6.0.1 GET'],
    'x-content-type-options': ['enable', '6.0.1 GET'],
    algorithm: ['high', '6.0.1 GET'],
    'idle-timeout': [300, '6.0.1 GET'],
    'auth-timeout': [28800, '6.0.1 GET'],
    'login-timeout': [30, '6.0.1 GET'],
    'dtls-hello-timeout': [10, '6.0.1 GET'],
    'dns-suffix': ['', '6.0.1 GET'],
    'wins-server1': ['0.0.0.0', '6.0.1 GET'],
    'wins-server2': ['0.0.0.0', '6.0.1 GET'],
    'http-only-cookie': ['enable', '6.0.1 GET'],
    'deflate-compression-level': [6, '6.0.1 GET'],
    'deflate-min-data-size': [300, '6.0.1 GET'],
    port: [10443, '6.0.1 GET'],
    'port-precedence': ['enable', '6.0.1 GET'],
    'auto-tunnel-static-route': ['enable', '6.0.1 GET'],
    'header-x-forwarded-for': ['add', '6.0.1 GET'],
    'dtls-tunnel': ['enable', '6.0.1 GET'],
    'check-referer': ['disable', '6.0.1 GET'],
    'http-request-header-timeout': [20, '6.0.1 GET'],
    'http-request-body-timeout': [30, '6.0.1 GET'],
  },
  'vpn ipsec phase1-interface': {
    proposal: ['aes128-sha256 aes256-sha256 aes128-sha1 aes256-sha1', 'terraform phase1interface example'],
    peertype: ['any', 'terraform phase1interface example'],
    'ike-version': ['1', 'terraform phase1interface example'],
    'mode-cfg': ['disable', 'terraform phase1interface example'],
    // Real full-configuration output (docs/fortios-6.0.md §4.8): a static tunnel's ("icms", a question's
    // "FortiGate config info") and a FortiClient dial-up tunnel's (Daniel-Bo/mac-ipsec-vpn-configuration
    // README), at values neither tunnel's settings change.
    'ip-version': ['4', 'icms full-configuration'],
    'local-gw': ['0.0.0.0', 'icms and dial-up full-configuration'],
    keylife: [86400, 'icms and dial-up full-configuration'],
    'localid-type': ['auto', 'icms and dial-up full-configuration'],
    'negotiate-timeout': [30, 'icms and dial-up full-configuration'],
    fragmentation: ['enable', 'icms and dial-up full-configuration'],
    'npu-offload': ['enable', 'icms and dial-up full-configuration'],
    dhgrp: ['14 5', 'icms and dial-up full-configuration'],
    'wizard-type': ['custom', 'icms full-configuration'],
    xauthtype: ['disable', 'icms full-configuration'],
    'mesh-selector-type': ['disable', 'icms full-configuration'],
    monitor: ['', 'icms full-configuration'],
    'add-gw-route': ['disable', 'icms full-configuration'],
    keepalive: [10, 'icms and dial-up full-configuration'],
    'auto-negotiate': ['enable', 'icms full-configuration'],
    'dpd-retrycount': [3, 'icms and dial-up full-configuration'],
    'exchange-interface-ip': ['disable', 'dial-up full-configuration'],
    'suite-b': ['disable', 'dial-up full-configuration'],
    reauth: ['disable', 'dial-up full-configuration'],
    'idle-timeout': ['disable', 'dial-up full-configuration'],
    'ha-sync-esp-seqno': ['enable', 'dial-up full-configuration'],
    'auto-discovery-sender': ['disable', 'dial-up full-configuration'],
    encapsulation: ['none', 'dial-up full-configuration'],
    nattraversal: ['enable', 'dial-up full-configuration'],
    rekey: ['enable', 'dial-up full-configuration'],
    'enforce-unique-id': ['disable', 'dial-up full-configuration'],
    'default-gw': ['0.0.0.0', 'dial-up full-configuration'],
    'default-gw-priority': [0, 'dial-up full-configuration'],
    'assign-ip': ['enable', 'dial-up full-configuration'],
    'assign-ip-from': ['range', 'dial-up full-configuration'],
    'ipv4-netmask': ['255.255.255.255', 'dial-up full-configuration'],
    'ipv6-prefix': [128, 'dial-up full-configuration'],
    'unity-support': ['enable', 'dial-up full-configuration'],
    'include-local-lan': ['disable', 'dial-up full-configuration'],
    'client-auto-negotiate': ['disable', 'dial-up full-configuration'],
    'client-keep-alive': ['disable', 'dial-up full-configuration'],
    distance: [15, 'dial-up full-configuration'],
  },
  // A 6.0.0 unit's GET firewall/address (fortiosapi example script, 2018: revision 31.0.92.…), whose
  // `sh firewall address` of the same row printed only uuid and subnet.
  'firewall address': {
    type: ['ipmask', 'show firewall address ("none" prints no set type)'],
    'cache-ttl': [0, '6.0.0 GET'],
    sdn: ['', '6.0.0 GET'],
    tenant: ['', '6.0.0 GET'],
    comment: ['', '6.0.0 GET'],
    visibility: ['enable', '6.0.0 GET'],
    'associated-interface': ['', '6.0.0 GET'],
    color: [0, '6.0.0 GET'],
    filter: ['', '6.0.0 GET'],
    'obj-id': [0, '6.0.0 GET'],
    list: [[], '6.0.0 GET'],
    tagging: [[], '6.0.0 GET'],
    'allow-routing': ['disable', '6.0.0 GET'],
  },
  'vpn ssl web portal': {
    'tunnel-mode': ['disable', 'backups ("web-access" prints no set tunnel-mode)'],
    'web-mode': ['disable', 'backups ("tunnel-access" prints no set web-mode)'],
    // The rest: real units' schema answers, 6.2.7-7.0.3 (poroping/terraform-provider-fortios
    // `v2/codegen/apischema/auto-merge/vpn.ssl.web_portal.json`), and the terraform example read back
    // from a unit (fortinetdev/terraform-provider-fortios `fortios_vpnsslweb_portal`).
    'ip-mode': ['range', SCHEMA_ANSWER],
    'split-tunneling': ['enable', SCHEMA_ANSWER],
    'ipv6-split-tunneling': ['enable', SCHEMA_ANSWER],
    'dns-server1': ['0.0.0.0', SCHEMA_ANSWER],
    'ipv6-dns-server1': ['::', SCHEMA_ANSWER],
    heading: ['SSL-VPN Portal', SCHEMA_ANSWER],
    'display-bookmark': ['enable', SCHEMA_ANSWER],
    'user-group-bookmark': ['enable', SCHEMA_ANSWER],
    'hide-sso-credential': ['enable', SCHEMA_ANSWER],
    'forticlient-download': ['enable', SCHEMA_ANSWER],
    'forticlient-download-method': ['direct', SCHEMA_ANSWER],
    'skip-check-for-unsupported-os': ['enable', SCHEMA_ANSWER],
    // 6.2.7's `skip-check-for-browser`, the key renamed.
    'skip-check-for-unsupported-browser': ['enable', SCHEMA_ANSWER],
    'host-check': ['none', SCHEMA_ANSWER],
    'host-check-interval': [0, SCHEMA_ANSWER],
    'mac-addr-action': ['allow', SCHEMA_ANSWER],
    'bookmark-group.bookmarks.apptype': ['web', SCHEMA_ANSWER],
    'bookmark-group.bookmarks.security': ['rdp', SCHEMA_ANSWER],
    'bookmark-group.bookmarks.server-layout': ['en-us-qwerty', SCHEMA_ANSWER],
    'bookmark-group.bookmarks.sso-credential': ['sslvpn-login', SCHEMA_ANSWER],
    'split-dns.ipv6-dns-server2': ['::', SCHEMA_ANSWER],
    theme: ['blue', 'terraform example (6.2.7+ answers: neutrino, no 6.0 theme)'],
    'allow-user-access': [
      'web ftp smb telnet ssh vnc rdp ping citrix portforward',
      "terraform example (every application the unit offers), less 6.2's sftp",
    ],
  },
};

// Which keys each table has (top level and sub-tables) is checked in keys-6.0.test.ts.
describe('cliFirst', () => {
  const names = (fields: readonly FieldDef[] | undefined) => (fields ?? []).map((f) => f.name).sort();
  it('names only its own keys among those the CLI prints first (cliFirst), each once', () => {
    for (const t of tables) {
      const first = t.cliFirst ?? [];
      expect(new Set(first).size, t.path).toBe(first.length);
      for (const key of first) expect(names(t.fields), `${t.path} cliFirst ${key}`).toContain(key);
    }
  });
});

describe("defaults of modelled keys against 6.0's", () => {
  for (const [path, cases] of Object.entries(DEFAULTS)) {
    it(`${path}: a sample of keys defaults as 6.0 does`, () => {
      for (const [key, [value, source]] of Object.entries(cases))
        expect(fieldAt(path, key)?.default, `${path} ${key} (${source})`).toEqual(value);
    });
  }
});
