/* Test data: the 6.0 key set of every modelled table (docs/fortios-6.0.md §4.9). */
import { SYSTEM_GLOBAL_KEYS } from './system-global-6.0';
import {
  SYSTEM_INTERFACE_ADDED,
  SYSTEM_INTERFACE_KEYS,
  SYSTEM_INTERFACE_LEFT_OUT,
} from './system-interface-6.0';

/** What fgsim leaves out of, and adds to, 6.0's interface keys (both with docs §4.1's Decisions). */
export { SYSTEM_INTERFACE_ADDED, SYSTEM_INTERFACE_LEFT_OUT };

const words = (text: string): readonly string[] => text.split(/\s+/).filter(Boolean);

/**
 * Top-level 6.0 keys of tables checked earlier (once in options-6.0.test.ts), by name — the 6.0.5 modules' suboptions
 * (`fortios_system_console.py` plus `fortiexplorer` from the per-version data,
 * `fortios_endpoint_control_settings.py`) and the per-version data's children
 * (`fortios_endpoint_control_registered_forticlient.py`, all v6.0.0–v6.0.11).
 */
const WHOLE: Record<string, readonly string[]> = {
  // The 6.0.5 module's `option_list` (ansible/ansible fortios_system_settings.py @070e97a, 112 keys,
  // underscores as the device's hyphens); the per-version data gives each v6.0.0 on and no other key
  // a range with 6.0 in it (docs/fortios-6.0.md §4.4).
  'system settings': `allow-linkdown-path allow-subnet-overlap asymroute asymroute-icmp asymroute6
    asymroute6-icmp bfd bfd-desired-min-tx bfd-detect-mult bfd-dont-enforce-src-port bfd-required-min-rx
    block-land-attack central-nat comments compliance-check default-voip-alg-mode deny-tcp-with-icmp device
    dhcp-proxy dhcp-server-ip dhcp6-server-ip discovered-device-timeout ecmp-max-paths email-portal-check-dns
    firewall-session-dirty fw-session-hairpin gateway gateway6 gui-advanced-policy gui-allow-unnamed-policy
    gui-antivirus gui-ap-profile gui-application-control gui-default-policy-columns gui-dhcp-advanced gui-dlp
    gui-dns-database gui-dnsfilter gui-domain-ip-reputation gui-dos-policy gui-dynamic-profile-display
    gui-dynamic-routing gui-email-collection gui-endpoint-control gui-endpoint-control-advanced
    gui-explicit-proxy gui-fortiap-split-tunneling gui-fortiextender-controller gui-icap gui-implicit-policy
    gui-ips gui-load-balance gui-local-in-policy gui-local-reports gui-multicast-policy
    gui-multiple-interface-policy gui-multiple-utm-profiles gui-nat46-64 gui-object-colors
    gui-policy-based-ipsec gui-policy-learning gui-replacement-message-groups gui-spamfilter
    gui-sslvpn-personal-bookmarks gui-sslvpn-realms gui-switch-controller gui-threat-weight
    gui-traffic-shaping gui-voip-profile gui-vpn gui-waf-profile gui-wan-load-balancing gui-wanopt-cache
    gui-webfilter gui-webfilter-advanced gui-wireless-controller http-external-dest ike-dn-format
    ike-quick-crash-detect ike-session-resume implicit-allow-dns inspection-mode ip ip6 link-down-access
    lldp-transmission mac-ttl manageip manageip6 multicast-forward multicast-skip-policy
    multicast-ttl-notchange ngfw-mode opmode prp-trailer-action sccp-port ses-denied-traffic sip-helper
    sip-nat-trace sip-ssl-port sip-tcp-port sip-udp-port snat-hairpin-traffic ssl-ssh-profile status
    strict-src-check tcp-session-without-syn utf8-spam-tagging v4-ecmp-mode vpn-stats-log vpn-stats-period
    wccp-cache-engine`
    .split(/\s+/)
    .filter(Boolean),
  'system console': ['baudrate', 'fortiexplorer', 'login', 'mode', 'output'],
  'endpoint-control settings': [
    'download-custom-link',
    'download-location',
    'forticlient-avdb-update-interval',
    'forticlient-dereg-unsupported-client',
    'forticlient-ems-rest-api-call-timeout',
    'forticlient-keepalive-interval',
    'forticlient-offline-grace',
    'forticlient-offline-grace-interval',
    'forticlient-reg-key',
    'forticlient-reg-key-enforce',
    'forticlient-reg-timeout',
    'forticlient-sys-update-interval',
    'forticlient-user-avatar',
    'forticlient-warning-interval',
  ],
  'endpoint-control registered-forticlient': ['flag', 'ip', 'mac', 'reg-fortigate', 'status', 'uid', 'vdom'],
  // The 6.0.5 modules' suboptions (coll-test/fortinet.fortios fortios_firewall_address.py, 27 keys;
  // fortios_system_csf.py, 11), which the 6.0.0 GET of an address has key for key.
  'firewall address': [
    'allow-routing',
    'associated-interface',
    'cache-ttl',
    'color',
    'comment',
    'country',
    'end-ip',
    'epg-name',
    'filter',
    'fqdn',
    'list',
    'name',
    'obj-id',
    'organization',
    'policy-group',
    'sdn',
    'sdn-tag',
    'start-ip',
    'subnet',
    'subnet-name',
    'tagging',
    'tenant',
    'type',
    'uuid',
    'visibility',
    'wildcard',
    'wildcard-fqdn',
  ],
  'system csf': [
    'configuration-sync',
    'fabric-device',
    'fixed-key',
    'group-name',
    'group-password',
    'management-ip',
    'management-port',
    'status',
    'trusted-list',
    'upstream-ip',
    'upstream-port',
  ],
  // The 6.0.5 module's 21 keys plus `tacacs+-server` (per-version data v6.0.0–v6.0.11); not
  // `username-case-sensitivity` (absent from v6.0.5: Decision, docs/fortios-6.0.md §4.6).
  'user local': [
    'auth-concurrent-override',
    'auth-concurrent-value',
    'authtimeout',
    'email-to',
    'fortitoken',
    'id',
    'ldap-server',
    'name',
    'passwd',
    'passwd-policy',
    'passwd-time',
    'ppk-identity',
    'ppk-secret',
    'radius-server',
    'sms-custom-server',
    'sms-phone',
    'sms-server',
    'status',
    'tacacs+-server',
    'two-factor',
    'type',
    'workstation',
  ],
  // A 6.0.1 unit's GET vpn.ssl/settings: its 55 keys (the 6.0.5 module's less
  // `route-source-interface`, removed in 6.0.1 by the 6.0.5 CLI reference, plus `algorithm`).
  'vpn ssl settings': (
    'reqclientcert tlsv1-0 tlsv1-1 tlsv1-2 banned-cipher ssl-insert-empty-fragment https-redirect ' +
    'x-content-type-options ssl-client-renegotiation force-two-factor-auth unsafe-legacy-renegotiation ' +
    'servercert algorithm idle-timeout auth-timeout login-attempt-limit login-block-time login-timeout ' +
    'dtls-hello-timeout tunnel-ip-pools tunnel-ipv6-pools dns-suffix dns-server1 dns-server2 ' +
    'wins-server1 wins-server2 ipv6-dns-server1 ipv6-dns-server2 ipv6-wins-server1 ipv6-wins-server2 ' +
    'url-obscuration http-compression http-only-cookie deflate-compression-level deflate-min-data-size ' +
    'port port-precedence auto-tunnel-static-route header-x-forwarded-for source-interface ' +
    'source-address source-address-negate source-address6 source-address6-negate default-portal ' +
    'authentication-rule dtls-tunnel check-referer http-request-header-timeout http-request-body-timeout'
  ).split(' '),
  // The per-version data's keys whose revisions include v6.0.0, v6.0.5 and v6.0.11
  // (fortinet-ansible-dev/ansible-galaxy-fortios-collection fortios_system_admin.py): 64.
  'system admin': [
    ...(
      'name wildcard remote-auth remote-group password peer-auth peer-group accprofile ' +
      'allow-remove-admin-session comments vdom ssh-public-key1 ssh-public-key2 ssh-public-key3 ' +
      'ssh-certificate schedule accprofile-override radius-vdom-override password-expire ' +
      'force-password-change two-factor fortitoken email-to sms-server sms-custom-server sms-phone ' +
      'guest-auth guest-usergroups guest-lang gui-dashboard history0 history1 login-time ' +
      'gui-global-menu-favorites gui-vdom-menu-favorites hidden'
    ).split(' '),
    ...Array.from({ length: 10 }, (_, i) => `trusthost${i + 1}`),
    ...Array.from({ length: 10 }, (_, i) => `ip6-trusthost${i + 1}`),
  ],
  // The 6.0.5 module's 24 keys (fortios_user_group.py).
  'user group': [
    'auth-concurrent-override',
    'auth-concurrent-value',
    'authtimeout',
    'company',
    'email',
    'expire',
    'expire-type',
    'group-type',
    'guest',
    'http-digest-realm',
    'id',
    'match',
    'max-accounts',
    'member',
    'mobile-phone',
    'multiple-guest-add',
    'name',
    'password',
    'sms-custom-server',
    'sms-server',
    'sponsor',
    'sso-attribute-value',
    'user-id',
    'user-name',
  ],
};

/**
 * `vpn ssl web portal`: the 6.0.5 module's 59 keys (ansible/ansible `lib/ansible/modules/network/
 * fortios/fortios_vpn_ssl_web_portal.py`, "Tested with FOS v6.0.5") less the two sub-tables fgsim
 * leaves out (docs/fortios-6.0.md §4.6.4), and the keys of the sub-tables it models.
 */
export const PORTAL_KEYS = (
  'allow-user-access auto-connect bookmark-group custom-lang customize-forticlient-download-url ' +
  'display-bookmark display-connection-tools display-history display-status dns-server1 dns-server2 ' +
  'dns-suffix exclusive-routing forticlient-download forticlient-download-method heading ' +
  'hide-sso-credential host-check host-check-interval host-check-policy ip-mode ip-pools ' +
  'ipv6-dns-server1 ipv6-dns-server2 ipv6-exclusive-routing ipv6-pools ipv6-service-restriction ' +
  'ipv6-split-tunneling ipv6-split-tunneling-routing-address ipv6-tunnel-mode ipv6-wins-server1 ' +
  'ipv6-wins-server2 keep-alive limit-user-logins mac-addr-action mac-addr-check mac-addr-check-rule ' +
  'macos-forticlient-download-url name os-check os-check-list redir-url save-password ' +
  'service-restriction skip-check-for-unsupported-browser skip-check-for-unsupported-os ' +
  'smb-ntlmv1-auth smbv1 split-dns split-tunneling split-tunneling-routing-address theme tunnel-mode ' +
  'user-bookmark user-group-bookmark web-mode windows-forticlient-download-url wins-server1 wins-server2'
).split(' ');
export const BOOKMARK_KEYS = (
  'additional-params apptype description folder form-data host listening-port load-balancing-info ' +
  'logon-password logon-user name port preconnection-blob preconnection-id remote-port security ' +
  'server-layout show-status-window sso sso-credential sso-credential-sent-once sso-password ' +
  'sso-username url'
).split(' ');

/**
 * One table's 6.0 keys: `keys['']` its own, `keys['a.b']` those of its sub-table (or sub-object) `a`'s
 * sub-table `b`. `source` names where each list was transcribed from. Written from the sources, never
 * read from the schema: src/device/schema/keys-6.0.test.ts checks the schema against it.
 */
export interface TableKeys6 {
  source: string;
  keys: Readonly<Record<string, readonly string[]>>;
}

/** The 6.0.2 modules of ansible/ansible `lib/ansible/modules/network/fortios/`, at the commit read. */
const m602 = (file: string, commit: string) =>
  `ansible/ansible lib/ansible/modules/network/fortios/${file} @${commit.slice(0, 7)}`;

export const KEYS_6_0: Readonly<Record<string, TableKeys6>> = {
  'system global': {
    source: "src/test/system-global-6.0.ts (6.0.2 module option_list and the 6.0.5 module's eight more)",
    keys: { '': SYSTEM_GLOBAL_KEYS },
  },
  'system console': {
    source: '6.0.5 module fortios_system_console.py and the per-version data (fortiexplorer)',
    keys: { '': WHOLE['system console'] ?? [] },
  },
  'system admin': {
    source:
      'per-version data (fortinet-ansible-dev/ansible-galaxy-fortios-collection fortios_system_admin.py); ' +
      'sub-tables: ' +
      m602('fortios_system_admin.py', '11f2875ede0a89982955fe75ec0f327a5e2e0766') +
      ' argument_spec',
    keys: {
      '': WHOLE['system admin'] ?? [],
      'gui-dashboard': words('columns id layout-type name scope widget'),
      'gui-dashboard.widget': words(`fabric-device fortiview-filters fortiview-sort-by fortiview-timeframe
        fortiview-type fortiview-visualization height id industry interface region title type width x-pos
        y-pos`),
      'gui-dashboard.widget.fortiview-filters': words('id key value'),
      'gui-global-menu-favorites': ['id'],
      'gui-vdom-menu-favorites': ['id'],
      'login-time': words('last-failed-login last-login usr-name'),
    },
  },
  'system api-user': {
    source: m602('fortios_system_api_user.py', '29c2231bec4903178ab3a7f07cb4f26646ab64b8') + ' argument_spec',
    keys: {
      '': words(
        'accprofile api-key comments cors-allow-origin name peer-auth peer-group schedule trusthost vdom',
      ),
      trusthost: words('id ipv4-trusthost ipv6-trusthost type'),
    },
  },
  'system interface': {
    source:
      'src/test/system-interface-6.0.ts (the 6.0.2 module option_list); sub-tables: ' +
      m602('fortios_system_interface.py', '1b1f4226be88fa7db52b95064bed82d5e79ee481') +
      ' argument_spec',
    keys: {
      '': SYSTEM_INTERFACE_KEYS,
      'managed-device': ['name'],
      vrrp: words(`accept-mode adv-interval preempt priority proxy-arp start-time status version vrdst
        vrdst-priority vrgrp vrid vrip`),
      'vrrp.proxy-arp': words('id ip'),
      secondaryip: words(
        'allowaccess detectprotocol detectserver gwdetect ha-priority id ip ping-serv-status',
      ),
      tagging: words('category name tags'),
      'tagging.tags': ['name'],
      ipv6: words(`autoconf dhcp6-client-options dhcp6-information-request dhcp6-prefix-delegation
        dhcp6-prefix-hint dhcp6-prefix-hint-plt dhcp6-prefix-hint-vlt dhcp6-relay-ip dhcp6-relay-service
        dhcp6-relay-type ip6-address ip6-allowaccess ip6-default-life ip6-delegated-prefix-list
        ip6-dns-server-override ip6-extra-addr ip6-hop-limit ip6-link-mtu ip6-manage-flag ip6-max-interval
        ip6-min-interval ip6-mode ip6-other-flag ip6-prefix-list ip6-reachable-time ip6-retrans-time
        ip6-send-adv ip6-subnet ip6-upstream-interface nd-cert nd-cga-modifier nd-mode nd-security-level
        nd-timestamp-delta nd-timestamp-fuzz vrip6_link_local vrrp-virtual-mac6 vrrp6`),
      'ipv6.ip6-extra-addr': ['prefix'],
      'ipv6.ip6-prefix-list': words(`autonomous-flag dnssl onlink-flag preferred-life-time prefix rdnss
        valid-life-time`),
      'ipv6.ip6-prefix-list.dnssl': ['domain'],
      'ipv6.ip6-delegated-prefix-list':
        words(`autonomous-flag onlink-flag prefix-id rdnss rdnss-service subnet
        upstream-interface`),
      'ipv6.vrrp6': words(
        'accept-mode adv-interval preempt priority start-time status vrdst6 vrgrp vrid vrip6',
      ),
    },
  },
  'system virtual-switch': {
    source:
      'per-version data: fortinet-ansible-dev/ansible-galaxy-fortios-collection ' +
      'plugins/modules/fortios_system_virtual_switch.py @009bf77, the keys with v6.0.0, v6.0.5 and v6.0.11',
    keys: {
      '': words('name physical-switch port span span-dest-port span-direction span-source-port'),
      port: words('alias mediatype name speed status'),
    },
  },
  'system csf': {
    source:
      '6.0.5 module fortios_system_csf.py; sub-tables: ' +
      m602('fortios_system_csf.py', '4545b78deca58ead3558d6ce4e750d4e60a82fb0') +
      ' argument_spec',
    keys: {
      '': WHOLE['system csf'] ?? [],
      'trusted-list': words('action downstream-authorization ha-members serial'),
      'fabric-device': words('device-ip device-type login name password'),
    },
  },
  'system settings': {
    source: '6.0.5 module fortios_system_settings.py option_list (docs §4.4)',
    keys: { '': WHOLE['system settings'] ?? [] },
  },
  'vpn certificate local': {
    source:
      m602('fortios_vpn_certificate_local.py', '29c2231bec4903178ab3a7f07cb4f26646ab64b8') + ' option_list',
    keys: {
      '': words(`auto-regenerate-days auto-regenerate-days-warning ca-identifier certificate cmp-path
        cmp-regeneration-method cmp-server cmp-server-cert comments csr enroll-protocol ike-localid
        ike-localid-type last-updated name name-encoding password private-key range scep-password scep-url
        source source-ip state`),
    },
  },
  'user local': {
    source: '6.0.5 module fortios_user_local.py and the per-version data (tacacs+-server)',
    keys: { '': WHOLE['user local'] ?? [] },
  },
  'user group': {
    source:
      '6.0.5 module fortios_user_group.py; sub-tables: ' +
      m602('fortios_user_group.py', '11f2875ede0a89982955fe75ec0f327a5e2e0766') +
      ' argument_spec',
    keys: {
      '': WHOLE['user group'] ?? [],
      match: words('group-name id server-name'),
      guest: words('comment company email expiration mobile-phone name password sponsor user-id'),
    },
  },
  'firewall address': {
    source:
      '6.0.5 module fortios_firewall_address.py; sub-tables: ' +
      m602('fortios_firewall_address.py', '07b764080ee741184f9d43f193eba4c692b21ee1') +
      ' argument_spec',
    keys: {
      '': WHOLE['firewall address'] ?? [],
      list: ['ip'],
      tagging: words('category name tags'),
      'tagging.tags': ['name'],
    },
  },
  'firewall address6': {
    source:
      'the 6.0.5 module: ' +
      m602('fortios_firewall_address6.py', '070e97a81439ca1f5f8c02afe35ecaadebe8f5a6') +
      ' argument_spec',
    keys: {
      '': words(`cache-ttl color comment end-ip fqdn host host-type ip6 list name obj-id sdn start-ip
        subnet-segment tagging template type uuid visibility`),
      list: ['ip'],
      'subnet-segment': words('name type value'),
      tagging: words('category name tags'),
      'tagging.tags': ['name'],
    },
  },
  'firewall address6-template': {
    source:
      'the 6.0.2 module: ansible/ansible fortios_firewall_address6_template.py ("Tested with FOS v6.0.2")',
    keys: {
      '': words('ip6 name subnet-segment subnet-segment-count'),
      'subnet-segment': words('bits exclusive id name values'),
      'subnet-segment.values': words('name value'),
    },
  },
  'system object-tagging': {
    source: 'the 6.0.5 module: ansible/ansible fortios_system_object_tagging.py option_list',
    keys: { '': words('address category color device interface multiple tags') },
  },
  'endpoint-control settings': {
    source: '6.0.5 module fortios_endpoint_control_settings.py',
    keys: { '': WHOLE['endpoint-control settings'] ?? [] },
  },
  'endpoint-control profile': {
    source:
      m602('fortios_endpoint_control_profile.py', '07b764080ee741184f9d43f193eba4c692b21ee1') +
      ' argument_spec',
    keys: {
      '': words(`description device-groups forticlient-android-settings forticlient-ios-settings
        forticlient-winmac-settings on-net-addr profile-name replacemsg-override-group src-addr user-groups
        users`),
      'forticlient-winmac-settings': words(`av-realtime-protection av-signature-up-to-date
        forticlient-application-firewall forticlient-application-firewall-list forticlient-av
        forticlient-ems-compliance forticlient-ems-compliance-action forticlient-ems-entries
        forticlient-linux-ver forticlient-log-upload forticlient-log-upload-level forticlient-log-upload-server
        forticlient-mac-ver forticlient-minimum-software-version forticlient-operating-system
        forticlient-own-file forticlient-registration-compliance-action forticlient-registry-entry
        forticlient-running-app forticlient-security-posture forticlient-security-posture-compliance-action
        forticlient-system-compliance forticlient-system-compliance-action forticlient-vuln-scan
        forticlient-vuln-scan-compliance-action forticlient-vuln-scan-enforce
        forticlient-vuln-scan-enforce-grace forticlient-vuln-scan-exempt forticlient-wf forticlient-wf-profile
        forticlient-win-ver os-av-software-installed sandbox-address sandbox-analysis`),
      'forticlient-winmac-settings.forticlient-operating-system': words('id os-name os-type'),
      'forticlient-winmac-settings.forticlient-own-file': words('file id'),
      'forticlient-winmac-settings.forticlient-registry-entry': words('id registry-entry'),
      'forticlient-winmac-settings.forticlient-running-app': words(`app-name app-sha256-signature
        app-sha256-signature2 app-sha256-signature3 app-sha256-signature4 application-check-rule id
        process-name process-name2 process-name3 process-name4`),
      'forticlient-android-settings': words(`disable-wf-when-protected forticlient-advanced-vpn
        forticlient-advanced-vpn-buffer forticlient-vpn-provisioning forticlient-vpn-settings forticlient-wf
        forticlient-wf-profile`),
      'forticlient-android-settings.forticlient-vpn-settings': words(`auth-method name preshared-key remote-gw
        sslvpn-access-port sslvpn-require-certificate type`),
      'forticlient-ios-settings': words(`client-vpn-provisioning client-vpn-settings configuration-content
        configuration-name disable-wf-when-protected distribute-configuration-profile forticlient-wf
        forticlient-wf-profile`),
      'forticlient-ios-settings.client-vpn-settings': words(`auth-method name preshared-key remote-gw
        sslvpn-access-port sslvpn-require-certificate type vpn-configuration-content vpn-configuration-name`),
    },
  },
  'endpoint-control registered-forticlient': {
    source: 'per-version data fortios_endpoint_control_registered_forticlient.py (v6.0.0–v6.0.11)',
    keys: { '': WHOLE['endpoint-control registered-forticlient'] ?? [] },
  },
  'vpn ssl web portal': {
    source: '6.0.5 module fortios_vpn_ssl_web_portal.py (ansible/ansible), its suboptions',
    keys: {
      '': PORTAL_KEYS,
      'bookmark-group': words('bookmarks name'),
      'bookmark-group.bookmarks': BOOKMARK_KEYS,
      'bookmark-group.bookmarks.form-data': words('name value'),
      'split-dns': words('dns-server1 dns-server2 domains id ipv6-dns-server1 ipv6-dns-server2'),
    },
  },
  'vpn ssl settings': {
    source:
      "a 6.0.1 unit's GET vpn.ssl/settings (docs §4.6); authentication-rule: " +
      m602('fortios_vpn_ssl_settings.py', '003409ce9a4179bbdf068e56c5412730585e9a12') +
      ' argument_spec',
    keys: {
      '': WHOLE['vpn ssl settings'] ?? [],
      'authentication-rule': words(`auth cipher client-cert groups id portal realm source-address
        source-address-negate source-address6 source-address6-negate source-interface users`),
    },
  },
  'vpn ipsec phase1-interface': {
    source:
      m602('fortios_vpn_ipsec_phase1_interface.py', '06a2e2867c73c22889f42517b4e5b6e287771e59') +
      ' option_list; sub-tables: its argument_spec and example block',
    keys: {
      '': words(`acct-verify add-gw-route add-route assign-ip assign-ip-from authmethod authmethod-remote
        authpasswd authusr authusrgrp auto-discovery-forwarder auto-discovery-psk auto-discovery-receiver
        auto-discovery-sender auto-negotiate backup-gateway banner cert-id-validation certificate childless-ike
        client-auto-negotiate client-keep-alive comments default-gw default-gw-priority dhgrp
        digital-signature-auth distance dns-mode domain dpd dpd-retrycount dpd-retryinterval eap eap-identity
        encap-local-gw4 encap-local-gw6 encap-remote-gw4 encap-remote-gw6 encapsulation encapsulation-address
        enforce-unique-id exchange-interface-ip forticlient-enforcement fragmentation fragmentation-mtu
        group-authentication group-authentication-secret ha-sync-esp-seqno idle-timeout idle-timeoutinterval
        ike-version include-local-lan interface ip-version ipv4-dns-server1 ipv4-dns-server2 ipv4-dns-server3
        ipv4-end-ip ipv4-exclude-range ipv4-name ipv4-netmask ipv4-split-exclude ipv4-split-include
        ipv4-start-ip ipv4-wins-server1 ipv4-wins-server2 ipv6-dns-server1 ipv6-dns-server2 ipv6-dns-server3
        ipv6-end-ip ipv6-exclude-range ipv6-name ipv6-prefix ipv6-split-exclude ipv6-split-include
        ipv6-start-ip keepalive keylife local-gw local-gw6 localid localid-type mesh-selector-type mode
        mode-cfg monitor monitor-hold-down-delay monitor-hold-down-time monitor-hold-down-type
        monitor-hold-down-weekday name nattraversal negotiate-timeout net-device npu-offload passive-mode peer
        peergrp peerid peertype ppk ppk-identity ppk-secret priority proposal psksecret psksecret-remote reauth
        rekey remote-gw remote-gw6 remotegw-ddns rsa-signature-format save-password send-cert-chain
        signature-hash-alg split-include-service suite-b tunnel-search type unity-support usrgrp vni
        wizard-type xauthtype`),
      'ipv4-exclude-range': words('end-ip id start-ip'),
      'ipv6-exclude-range': words('end-ip id start-ip'),
      'backup-gateway': ['address'],
    },
  },
};
