/**
 * Each option's own help, by table path → key (dotted inside sub-objects and sub-tables) → option:
 * the words `set <key> ?` prints beside an option and `?action=schema` gives as the option's `help`
 * (src/device/schema/option-help.ts reads them; docs/fortios-6.0.md §5.2.1 names every source).
 *
 * Sources, best first (no `set <key> ?` transcript or `?action=schema` capture of a 6.0 unit that
 * lists option help was found):
 * - HANDBOOK60: Fortinet's FortiOS 6.0.0 Handbook, "Configuring administrative access to
 *   interfaces" (docs.fortinet.com/document/fortigate/6.0.0/handbook/909236), which lists 6.0's
 *   `allowaccess` words in a table, without their closing full stop.
 * - SCHEMA62: real units' `?action=schema` answers, v6.2.7 to v7.2.8, merged per table with the
 *   version each key and option came or went (poroping/terraform-provider-fortios
 *   `v2/codegen/apischema/auto-merge/<table>.json`). Taken only for an option 6.0 has with the same
 *   meaning, from the earliest answer that has it.
 *
 * A key no source gives words for is listed in `NO_SOURCE`, with the fallback of option-help.ts.
 */

type Words = Readonly<Record<string, string>>;
type TableWords = Readonly<Record<string, Words>>;

/** An enable/disable key's two sentences, in the device's words. */
const ed = (enable: string, disable: string): Words => ({ enable, disable });

/**
 * The interface's access words: HANDBOOK60's, with the full stop every schema help ends with
 * (Decision, §5.2): `capwap` and `ftm` as 6.0 words them (6.2.7 has no `capwap` and calls `ftm`
 * "FTM access.").
 */
const interfaceAccess: Words = {
  ping: 'PING access.',
  https: 'HTTPS access.',
  ssh: 'SSH access.',
  snmp: 'SNMP access.',
  http: 'HTTP access.',
  telnet: 'TELNET access.',
  fgfm: 'FortiManager access.',
  'radius-acct': 'RADIUS accounting access.',
  'probe-response': 'Probe access.',
  capwap: 'CAPWAP access.',
  ftm: 'FortiToken Mobile Push access.',
};

/** PPP's and PPTP's authentication types (SCHEMA62 words both keys' options alike). */
const pppAuth: Words = {
  auto: 'Automatically choose authentication.',
  pap: 'PAP authentication.',
  chap: 'CHAP authentication.',
  mschapv1: 'MS-CHAPv1 authentication.',
  mschapv2: 'MS-CHAPv2 authentication.',
};

/** The traffic NetFlow samples (`netflow-sampler` and `sample-direction` alike in SCHEMA62). */
const sampled: Words = {
  tx: 'Monitor transmitted traffic on this interface.',
  rx: 'Monitor received traffic on this interface.',
  both: 'Monitor transmitted/received traffic on this interface.',
};

/** An advertised prefix's flags (`ip6-prefix-list` and `ip6-delegated-prefix-list` alike in SCHEMA62). */
const autonomousFlag = ed('Enable the autonomous flag.', 'Disable the autonomous flag.');
const onlinkFlag = ed('Enable the onlink flag.', 'Disable the onlink flag.');

/**
 * `system interface`: SCHEMA62 `system_interface.json` (an option that left after 6.2.7 is noted);
 * `allowaccess` and `secondaryip.allowaccess` HANDBOOK60.
 */
const systemInterface: TableWords = {
  mode: { static: 'Static setting.', dhcp: 'External DHCP client mode.', pppoe: 'External PPPoE mode.' },
  allowaccess: interfaceAccess,
  status: { up: 'Bring the interface up.', down: 'Shut the interface down.' },
  type: {
    physical: 'Physical interface.',
    vlan: 'VLAN interface.',
    aggregate: 'Aggregate interface.',
    redundant: 'Redundant interface.',
    tunnel: 'Tunnel interface.',
    'vdom-link': 'VDOM link interface.',
    loopback: 'Loopback interface.',
    switch: 'Software switch interface.',
    'hard-switch': 'Hardware switch interface.',
    'vap-switch': 'VAP interface.',
    'wl-mesh': 'WLAN mesh interface.',
    'fext-wan': 'FortiExtender interface.',
    vxlan: 'VXLAN interface.',
    hdlc: 'T1/E1 interface.',
    'switch-vlan': 'Switch VLAN interface.',
    'emac-vlan': 'EMAC VLAN interface.',
  },
  // 7.2.8's (the first answer with `stp`).
  stp: ed('Enable STP.', 'Disable STP.'),
  'device-identification': ed(
    'Enable passive gathering of identity information about hosts.',
    'Disable passive gathering of identity information about hosts.',
  ),
  role: {
    lan: 'Connected to local network of endpoints.',
    wan: 'Connected to Internet.',
    dmz: 'Connected to server zone.',
    undefined: 'Interface has no specific role.',
  },
  fortilink: ed(
    'Enable FortiLink to dedicated interface for managing FortiSwitch devices.',
    'Disable FortiLink to dedicated interface for managing FortiSwitch devices.',
  ),
  'dhcp-relay-service': { disable: 'None.', enable: 'DHCP relay agent.' },
  'dhcp-relay-type': { regular: 'Regular DHCP relay.', ipsec: 'DHCP relay for IPsec.' },
  'dhcp-relay-agent-option': ed('Enable DHCP relay agent option.', 'Disable DHCP relay agent option.'),
  gwdetect: ed('Enable detect gateway alive for first.', 'Disable detect gateway alive for first.'),
  detectprotocol: { ping: 'PING.', 'tcp-echo': 'TCP echo.', 'udp-echo': 'UDP echo.' },
  'fail-detect': ed('Enable interface failed option status.', 'Disable interface failed option status.'),
  'fail-detect-option': {
    detectserver: 'Use a ping server to determine if the interface has failed.',
    'link-down': 'Use port detection to determine if the interface has failed.',
  },
  'fail-alert-method': { 'link-failed-signal': 'Link-failed-signal.', 'link-down': 'Link-down.' },
  'fail-action-on-extender': {
    'soft-restart': 'Soft-restart-on-extender.',
    'hard-restart': 'Hard-restart-on-extender.',
    reboot: 'Reboot-on-extender.',
  },
  'pppoe-unnumbered-negotiate': ed(
    'Enable IP address negotiating for unnumbered.',
    'Disable IP address negotiating for unnumbered.',
  ),
  'auth-type': pppAuth,
  'pptp-client': ed('Enable PPTP client.', 'Disable PPTP client.'),
  'pptp-auth-type': pppAuth,
  arpforward: ed('Enable ARP forwarding.', 'Disable ARP forwarding.'),
  ndiscforward: ed('Enable NDISC forwarding.', 'Disable NDISC forwarding.'),
  'broadcast-forward': ed('Enable broadcast forwarding.', 'Disable broadcast forwarding.'),
  bfd: {
    global: 'BFD behavior of this interface will be based on global configuration.',
    enable: 'Enable BFD on this interface and ignore global configuration.',
    disable: 'Disable BFD on this interface and ignore global configuration.',
  },
  l2forward: ed('Enable L2 forwarding.', 'Disable L2 forwarding.'),
  'icmp-send-redirect': ed('Enable sending of ICMP redirects.', 'Disable sending of ICMP redirects.'),
  'icmp-accept-redirect': ed('Enable ICMP accept redirect.', 'Disable ICMP accept redirect.'),
  vlanforward: ed('Enable traffic forwarding.', 'Disable traffic forwarding.'),
  stpforward: ed('Enable STP forwarding.', 'Disable STP forwarding.'),
  'stpforward-mode': {
    'rpl-all-ext-id': 'Replace all extension IDs (root, bridge).',
    'rpl-bridge-ext-id': 'Replace the bridge extension ID only.',
    'rpl-nothing': 'Replace nothing.',
  },
  'ips-sniffer-mode': ed('Enable IPS sniffer mode.', 'Disable IPS sniffer mode.'),
  'ident-accept': ed(
    "Enable determining a user's identity from packet identification.",
    "Disable determining a user's identity from packet identification.",
  ),
  ipmac: ed('Enable IP/MAC binding.', 'Disable IP/MAC binding.'),
  subst: ed('Send packets from this interface.', 'Do not send packets from this interface.'),
  'netbios-forward': ed('Enable NETBIOS forwarding.', 'Disable NETBIOS forwarding.'),
  'dedicated-to': {
    none: 'Interface not dedicated for any purpose.',
    management: 'Dedicate this interface for management purposes only.',
  },
  'netflow-sampler': { disable: 'Disable NetFlow protocol on this interface.', ...sampled },
  'sflow-sampler': ed(
    'Enable sFlow protocol on this interface.',
    'Disable sFlow protocol on this interface.',
  ),
  // Not in 6.2.7+'s interface: the words the same key has in 6.2's policies and profiles (6.2.1 CLI
  // reference), which the 6.0.6 handbook's "Botnet scanning" gives in lower case (Decision, docs §5.2.1).
  'scan-botnet-connections': {
    disable: 'Do not scan connections to botnet servers.',
    block: 'Block connections to botnet servers.',
    monitor: 'Log connections to botnet servers.',
  },
  'src-check': ed('Enable source IP check.', 'Disable source IP check.'),
  'sample-direction': sampled,
  'explicit-web-proxy': ed(
    'Enable explicit Web proxy on this interface.',
    'Disable explicit Web proxy on this interface.',
  ),
  'explicit-ftp-proxy': ed(
    'Enable explicit FTP proxy on this interface.',
    'Disable explicit FTP proxy on this interface.',
  ),
  'proxy-captive-portal': ed(
    'Enable proxy captive portal on this interface.',
    'Disable proxy captive portal on this interface.',
  ),
  external: ed(
    'Enable identifying the interface as an external interface.',
    'Disable identifying the interface as an external interface.',
  ),
  'lacp-mode': {
    static: 'Use static aggregation, do not send and ignore any LACP messages.',
    passive: 'Passively use LACP to negotiate 802.3ad aggregation.',
    active: 'Actively use LACP to negotiate 802.3ad aggregation.',
  },
  'lacp-ha-slave': ed(
    'Allow HA slave to send/receive LACP messages.',
    'Block HA slave from sending/receiving LACP messages.',
  ),
  'lacp-speed': { slow: 'Send LACP message every 30 seconds.', fast: 'Send LACP message every second.' },
  'min-links-down': {
    operational: 'Set the aggregate operationally down.',
    administrative: 'Set the aggregate administratively down.',
  },
  algorithm: {
    L2: 'Use layer 2 address for distribution.',
    L3: 'Use layer 3 address for distribution.',
    L4: 'Use layer 4 information for distribution.',
  },
  'priority-override': ed(
    'Enable fail back to higher priority port once recovered.',
    'Disable fail back to higher priority port once recovered.',
  ),
  'security-mode': {
    none: 'No security option.',
    'captive-portal': 'Captive portal authentication.',
    '802.1X': '802.1X port-based authentication.',
  },
  'security-mac-auth-bypass': ed('Enable MAC authentication bypass.', 'Disable MAC authentication bypass.'),
  'device-user-identification': ed(
    'Enable passive gathering of user identity information about users.',
    'Disable passive gathering of user identity information about users.',
  ),
  'lldp-transmission': {
    enable: 'Enable transmission of Link Layer Discovery Protocol (LLDP).',
    disable: 'Disable transmission of Link Layer Discovery Protocol (LLDP).',
    vdom: 'Use VDOM Link Layer Discovery Protocol (LLDP) transmission configuration setting.',
  },
  // In 6.2.7's answer only (it left in 6.4.0).
  'broadcast-forticlient-discovery': ed(
    'Enable broadcasting FortiClient discovery messages.',
    'Disable broadcasting FortiClient discovery messages.',
  ),
  'vrrp-virtual-mac': ed('Enable use of virtual MAC for VRRP.', 'Disable use of virtual MAC for VRRP.'),
  'vrrp.version': { '2': 'VRRP version 2.', '3': 'VRRP version 3.' },
  'vrrp.preempt': ed('Enable preempt mode.', 'Disable preempt mode.'),
  'vrrp.accept-mode': ed('Enable accept mode.', 'Disable accept mode.'),
  'vrrp.status': ed('Enable this VRRP configuration.', 'Disable this VRRP configuration.'),
  'secondary-IP': ed('Enable secondary IP.', 'Disable secondary IP.'),
  // The interface's own access words (HANDBOOK60): SCHEMA62 words the secondary IP's options as the
  // interface's, but has no `capwap` and calls `ftm` "FTM access." (Decision, docs §5.2.1).
  'secondaryip.allowaccess': interfaceAccess,
  'secondaryip.gwdetect': ed(
    'Enable detect gateway alive for first.',
    'Disable detect gateway alive for first.',
  ),
  'secondaryip.detectprotocol': { ping: 'PING.', 'tcp-echo': 'TCP echo.', 'udp-echo': 'UDP echo.' },
  'preserve-session-route': ed(
    'Enable preservation of session route when dirty.',
    'Disable preservation of session route when dirty.',
  ),
  'auto-auth-extension-device': ed(
    'Enable automatic authorization of dedicated Fortinet extension device on this interface.',
    'Disable automatic authorization of dedicated Fortinet extension device on this interface.',
  ),
  'ap-discover': ed(
    'Enable automatic registration of unknown FortiAP devices.',
    'Disable automatic registration of unknown FortiAP devices.',
  ),
  // In the answers to 6.4.8 (it left in 7.0.0).
  'fortilink-stacking': ed('Enable FortiLink switch stacking.', 'Disable FortiLink switch stacking.'),
  'fortilink-split-interface': ed(
    'Enable FortiLink split interface to connect member link to different FortiSwitch in stack for uplink redundancy.',
    'Disable FortiLink split interface.',
  ),
  'switch-controller-access-vlan': ed(
    'Block FortiSwitch port-to-port traffic on the VLAN, only permitting traffic to and from the FortiGate.',
    'Allow normal VLAN traffic.',
  ),
  'switch-controller-igmp-snooping': ed('Enable IGMP snooping.', 'Disable IGMP snooping.'),
  'switch-controller-dhcp-snooping': ed(
    'Enable DHCP snooping for FortiSwitch devices.',
    'Disable DHCP snooping for FortiSwitch devices.',
  ),
  'switch-controller-dhcp-snooping-verify-mac': ed(
    'Enable DHCP snooping verify source MAC for FortiSwitch devices.',
    'Disable DHCP snooping verify source MAC for FortiSwitch devices.',
  ),
  'switch-controller-dhcp-snooping-option82': ed(
    'Enable DHCP snooping insert option82 for FortiSwitch devices.',
    'Disable DHCP snooping insert option82 for FortiSwitch devices.',
  ),
  'switch-controller-arp-inspection': ed(
    'Enable ARP inspection for FortiSwitch devices.',
    'Disable ARP inspection for FortiSwitch devices.',
  ),
  'ipv6.ip6-mode': {
    static: 'Static setting.',
    dhcp: 'DHCPv6 client mode.',
    pppoe: 'IPv6 over PPPoE mode.',
    delegated: 'IPv6 address with delegated prefix.',
  },
  'ipv6.nd-mode': { basic: 'Do not support SEND.', 'SEND-compatible': 'Support SEND.' },
  'ipv6.ip6-dns-server-override': ed(
    'Enable using the DNS server acquired by DHCP.',
    'Disable using the DNS server acquired by DHCP.',
  ),
  // SCHEMA62's, which are the interface's own (HANDBOOK60); `capwap`, which SCHEMA62's IPv6 access
  // no longer has, as HANDBOOK60 words it (Decision, docs §5.2.1).
  'ipv6.ip6-allowaccess': {
    ping: 'PING access.',
    https: 'HTTPS access.',
    ssh: 'SSH access.',
    snmp: 'SNMP access.',
    http: 'HTTP access.',
    telnet: 'TELNET access.',
    fgfm: 'FortiManager access.',
    capwap: 'CAPWAP access.',
  },
  'ipv6.dhcp6-client-options': {
    rapid: 'Send rapid commit option.',
    iapd: 'Send including IA-PD option.',
    iana: 'Send including IA-NA option.',
  },
  'ipv6.dhcp6-prefix-delegation': ed('Enable DHCPv6 prefix delegation.', 'Disable DHCPv6 prefix delegation.'),
  'ipv6.dhcp6-information-request': ed(
    'Enable DHCPv6 information request.',
    'Disable DHCPv6 information request.',
  ),
  'ipv6.vrrp-virtual-mac6': ed('Enable virtual MAC for VRRP.', 'Disable virtual MAC for VRRP.'),
  'ipv6.vrrp6.preempt': ed('Enable preempt mode.', 'Disable preempt mode.'),
  'ipv6.vrrp6.accept-mode': ed('Enable accept mode.', 'Disable accept mode.'),
  'ipv6.vrrp6.status': ed('Enable VRRP.', 'Disable VRRP.'),
  'ipv6.ip6-send-adv': ed(
    'Enable sending advertisements about this interface.',
    'Disable sending advertisements about this interface.',
  ),
  'ipv6.ip6-manage-flag': ed('Enable the managed IPv6 flag.', 'Disable the managed IPv6 flag.'),
  'ipv6.ip6-other-flag': ed('Enable the other IPv6 flag.', 'Disable the other IPv6 flag.'),
  'ipv6.ip6-prefix-list.autonomous-flag': autonomousFlag,
  'ipv6.ip6-prefix-list.onlink-flag': onlinkFlag,
  'ipv6.ip6-delegated-prefix-list.autonomous-flag': autonomousFlag,
  'ipv6.ip6-delegated-prefix-list.onlink-flag': onlinkFlag,
  'ipv6.ip6-delegated-prefix-list.rdnss-service': {
    delegated: 'Delegated RDNSS settings.',
    default: 'System RDNSS settings.',
    specify: 'Specify recursive DNS servers.',
  },
  'ipv6.autoconf': ed('Enable auto-configuration.', 'Disable auto-configuration.'),
  // As given: the device's `disable` has no full stop.
  'ipv6.dhcp6-relay-service': { disable: 'Disable DHCPv6 relay', enable: 'Enable DHCPv6 relay.' },
  'ipv6.dhcp6-relay-type': { regular: 'Regular DHCP relay.' },
  defaultgw: ed('Enable default gateway.', 'Disable default gateway.'),
  // As given ("No not use").
  'dns-server-override': ed(
    'Use DNS acquired by DHCP or PPPoE.',
    'No not use DNS acquired by DHCP or PPPoE.',
  ),
  // `1000half` is in no answer (Decision, NO_SOURCE).
  speed: {
    auto: 'Automatically adjust speed.',
    '10full': '10M full-duplex.',
    '10half': '10M half-duplex.',
    '100full': '100M full-duplex.',
    '100half': '100M half-duplex.',
    '1000full': '1000M full-duplex.',
    '1000auto': '1000M auto-negotiation.',
  },
  'mtu-override': ed('Override default MTU.', 'Use default MTU.'),
  wccp: ed('Enable WCCP protocol on this interface.', 'Disable WCCP protocol on this interface.'),
  'drop-overlapped-fragment': ed(
    'Enable drop of overlapped fragment packets.',
    'Disable drop of overlapped fragment packets.',
  ),
  // As given: the device words `enable` as the key.
  'drop-fragment': ed('Enable/disable drop fragment packets.', 'Do not drop fragment packets.'),
};

/** A Feature Visibility key's two sentences: "Enable <what> on the GUI." / "Disable <what> on the GUI.". */
const onGui = (what: string): Words => ed(`Enable ${what} on the GUI.`, `Disable ${what} on the GUI.`);

/**
 * `system settings`: SCHEMA62 `system_settings.json`. Every `gui-*` key there words its options
 * "Enable <what> on the GUI." and "Disable <what> on the GUI."; `what` is transcribed per key.
 */
const systemSettings: TableWords = {
  opmode: { nat: 'Change to NAT mode.', transparent: 'Change to transparent mode.' },
  'ngfw-mode': {
    'profile-based': 'Application and web-filtering are configured using profiles applied to policy entries.',
    'policy-based': 'Application and web-filtering are configured as policy match conditions.',
  },
  'implicit-allow-dns': ed(
    'Enable implicitly allowing DNS traffic.',
    'Disable implicitly allowing DNS traffic.',
  ),
  'http-external-dest': {
    fortiweb: 'Offload HTTP traffic to FortiWeb for Web Application Firewall inspection.',
    forticache: 'Offload HTTP traffic to FortiCache for external web caching and WAN optimization.',
  },
  // The answers' own spelling ("recived", "Estabished").
  'firewall-session-dirty': {
    'check-all':
      'All sessions affected by a firewall policy change are flushed from the session table. When new packets are recived they are re-evaluated by stateful inspection and re-added to the session table.',
    'check-new':
      'Estabished sessions for changed firewall policies continue without being affected by the policy configuration change. New sessions are evaluated according to the new firewall policy configuration.',
    'check-policy-option':
      'Sessions are managed individually depending on the firewall policy. Some sessions may restart. Some may continue.',
  },
  bfd: ed(
    'Enable Bi-directional Forwarding Detection (BFD) on all interfaces.',
    'Disable Bi-directional Forwarding Detection (BFD) on all interfaces.',
  ),
  'bfd-dont-enforce-src-port': ed(
    'Enable verifying the source port of BFD Packets.',
    'Disable verifying the source port of BFD Packets.',
  ),
  'utf8-spam-tagging': ed('Convert antispam tags to UTF-8.', 'Do not convert antispam tags.'),
  'wccp-cache-engine': ed('Enable WCCP cache engine.', 'Disable WCCP cache engine.'),
  'vpn-stats-log': { ipsec: 'IPsec.', pptp: 'PPTP.', l2tp: 'L2TP.', ssl: 'SSL.' },
  'v4-ecmp-mode': {
    'source-ip-based': 'Select next hop based on source IP.',
    'weight-based': 'Select next hop based on weight.',
    'usage-based': 'Select next hop based on usage.',
    'source-dest-ip-based': 'Select next hop based on both source and destination IPs.',
  },
  'fw-session-hairpin': ed(
    'Perform a policy check every time.',
    'Perform a policy check only the first time the session is received.',
  ),
  'prp-trailer-action': ed('Try to keep PRP trailer.', 'Trim PRP trailer.'),
  'snat-hairpin-traffic': ed('Enable SNAT for hairpin traffic.', 'Disable SNAT for hairpin traffic.'),
  'dhcp-proxy': ed('Enable the DHCP proxy.', 'Disable the DHCP proxy.'),
  'central-nat': ed('Enable central NAT.', 'Disable central NAT.'),
  'lldp-transmission': {
    enable: 'Enable LLDP transmission for this VDOM.',
    disable: 'Disable LLDP transmission for this VDOM.',
    global: 'Use the global LLDP transmission configuration for this VDOM.',
  },
  'link-down-access': ed('Allow link down access traffic.', 'Block link down access traffic.'),
  asymroute: ed('Enable IPv4 asymmetric routing.', 'Disable IPv4 asymmetric routing.'),
  'asymroute-icmp': ed('Enable ICMP asymmetric routing.', 'Disable ICMP asymmetric routing.'),
  'tcp-session-without-syn': ed(
    'Allow TCP session without SYN flags.',
    'Do not allow TCP session without SYN flags.',
  ),
  'ses-denied-traffic': ed(
    'Include denied sessions in the session table.',
    'Do not add denied sessions to the session table.',
  ),
  'strict-src-check': ed('Enable strict source verification.', 'Disable strict source verification.'),
  'allow-linkdown-path': ed('Allow link down path.', 'Do not allow link down path.'),
  asymroute6: ed('Enable asymmetric IPv6 routing.', 'Disable asymmetric IPv6 routing.'),
  'asymroute6-icmp': ed('Enable asymmetric ICMPv6 routing.', 'Disable asymmetric ICMPv6 routing.'),
  'sip-nat-trace': ed(
    'Record the original SIP source IP address when NAT is used.',
    'Do not record the original SIP source IP address when NAT is used.',
  ),
  status: ed('Enable this VDOM.', 'Disable this VDOM.'),
  'multicast-forward': ed('Enable multicast forwarding.', 'Disable multicast forwarding.'),
  'multicast-ttl-notchange': ed('The multicast TTL is not changed.', 'The multicast TTL may be changed.'),
  'multicast-skip-policy': ed(
    'Allowing multicast traffic through the FortiGate without creating a multicast firewall policy.',
    'Require a multicast policy to allow multicast traffic to pass through the FortiGate.',
  ),
  'allow-subnet-overlap': ed('Enable overlapping subnets.', 'Disable overlapping subnets.'),
  'deny-tcp-with-icmp': ed('Deny TCP with ICMP.', 'Disable denying TCP with ICMP.'),
  'email-portal-check-dns': {
    disable: 'Disable email address checking with DNS.',
    enable: 'Enable email address checking with DNS.',
  },
  'default-voip-alg-mode': {
    'proxy-based': 'Use a default proxy-based VoIP ALG.',
    'kernel-helper-based': 'Use the SIP session helper.',
  },
  'ike-session-resume': ed(
    'Enable IKEv2 session resumption (RFC 5723).',
    'Disable IKEv2 session resumption (RFC 5723).',
  ),
  'ike-quick-crash-detect': ed(
    'Enable IKE quick crash detection (RFC 6290).',
    'Disable IKE quick crash detection (RFC 6290).',
  ),
  'ike-dn-format': {
    'with-space': 'Format IKE ASN.1 Distinguished Names with spaces between attribute names and values.',
    'no-space': 'Format IKE ASN.1 Distinguished Names without spaces between attribute names and values.',
  },
  'block-land-attack': { disable: 'Do not block land attack.', enable: 'Block land attack.' },
  ...Object.fromEntries(
    Object.entries({
      'gui-switch-controller': 'the switch controller',
      'gui-wireless-controller': 'the wireless controller',
      'gui-wan-load-balancing': 'SD-WAN',
      'gui-vpn': 'VPN tunnels',
      'gui-antivirus': 'AntiVirus',
      'gui-application-control': 'application control',
      'gui-dnsfilter': 'DNS Filtering',
      'gui-endpoint-control': 'endpoint control',
      'gui-ips': 'IPS',
      'gui-webfilter': 'Web filtering',
      'gui-spamfilter': 'Antispam',
      'gui-voip-profile': 'VoIP profiles',
      'gui-waf-profile': 'Web Application Firewall',
      'gui-icap': 'ICAP',
      'gui-allow-unnamed-policy': 'the requirement for policy naming',
      'gui-dns-database': 'DNS database settings',
      'gui-dos-policy': 'DoS policies',
      'gui-dynamic-routing': 'dynamic routing',
      'gui-explicit-proxy': 'the explicit proxy',
      'gui-implicit-policy': 'implicit firewall policies',
      'gui-load-balance': 'server load balancing',
      'gui-local-in-policy': 'Local-In policies',
      'gui-multicast-policy': 'multicast firewall policies',
      'gui-multiple-interface-policy': 'adding multiple interfaces to a policy',
      'gui-multiple-utm-profiles': 'multiple UTM profiles',
      'gui-object-colors': 'object colors',
      'gui-policy-based-ipsec': 'policy-based IPsec VPN',
      'gui-replacement-message-groups': 'replacement message groups',
      'gui-sslvpn-personal-bookmarks': 'SSL-VPN personal bookmark management',
      'gui-sslvpn-realms': 'SSL-VPN realms',
      'gui-threat-weight': 'threat weight',
      'gui-traffic-shaping': 'traffic shaping',
      'gui-wanopt-cache': 'WAN Optimization and Web Caching',
      'gui-advanced-policy': 'advanced policy configuration',
      'gui-ap-profile': 'FortiAP profiles',
      'gui-dhcp-advanced': 'advanced DHCP options',
      'gui-domain-ip-reputation': 'Domain and IP Reputation',
      'gui-dynamic-profile-display': 'RADIUS Single Sign On (RSSO)',
      'gui-email-collection': 'email collection',
      'gui-endpoint-control-advanced': 'advanced endpoint control options',
      'gui-fortiap-split-tunneling': 'FortiAP split tunneling',
      'gui-fortiextender-controller': 'FortiExtender',
      'gui-local-reports': 'local reports',
      'gui-nat46-64': 'NAT46 and NAT64 settings',
      'gui-webfilter-advanced': 'advanced web filtering',
    }).map(([key, what]) => [key, onGui(what)]),
  ),
};

/** `system console`: SCHEMA62 `system_console.json` (its `fortiexplorer` left in 6.4.0). */
const systemConsole: TableWords = {
  mode: { batch: 'Batch mode.', line: 'Line mode.' },
  // The device names each rate and nothing more.
  baudrate: { '9600': '9600', '19200': '19200', '38400': '38400', '57600': '57600', '115200': '115200' },
  output: { standard: 'Standard output.', more: 'More page output.' },
  login: ed('Console login enable.', 'Console login disable.'),
  fortiexplorer: ed('Enable FortiExplorer access.', 'Disable FortiExplorer access.'),
};

/**
 * `system api-user`: SCHEMA62 `system_api_user.json` (v6.2.7 on); the 6.0.0 CLI reference
 * (docs.fortinet.com/document/fortigate/6.0.0/cli-reference/883891) words the trusted host's types
 * alike (`ipv4-trusthost  IPv4 trusthost.`, `ipv6-trusthost  IPv6 trusthost.`).
 */
const systemApiUser: TableWords = {
  'peer-auth': ed('Enable peer.', 'Disable peer.'),
  'trusthost.type': { 'ipv4-trusthost': 'IPv4 trusthost.', 'ipv6-trusthost': 'IPv6 trusthost.' },
};

/** `system virtual-switch`: SCHEMA62 `system_virtual_switch.json` (`span` keys: 7.0.2's). */
const systemVirtualSwitch: TableWords = {
  span: ed('Enable SPAN.', 'Disable SPAN.'),
  // 6.4.6's answer (the ports' keys left in 7.0.2); `100Gfull` is in no answer (NO_SOURCE).
  'port.speed': {
    auto: 'Automatically adjust speed.',
    '10full': '10M full-duplex.',
    '10half': '10M half-duplex.',
    '100full': '100M full-duplex.',
    '100half': '100M half-duplex.',
    '1000full': '1000M full-duplex.',
    '1000half': '1000M half-duplex.',
    '1000auto': '1000M auto adjust.',
    '10000full': '10G full-duplex.',
    '10000auto': '10G auto.',
    '40000full': '40G full-duplex.',
  },
  'port.status': { up: 'Interface up.', down: 'Interface down.' },
  'span-direction': {
    rx: 'SPAN receive direction only.',
    tx: 'SPAN transmit direction only.',
    both: 'SPAN both directions.',
  },
};

/** `vpn certificate local`: SCHEMA62 `vpn.certificate_local.json` (every 6.0 option is there). */
const vpnCertificateLocal: TableWords = {
  range: { global: 'Global range.', vdom: 'VDOM IP address range.' },
  source: {
    factory: 'Factory installed certificate.',
    user: 'User generated certificate.',
    bundle: 'Bundle file certificate.',
  },
  'name-encoding': { printable: 'Printable encoding (default).', utf8: 'UTF-8 encoding.' },
  'ike-localid-type': { asn1dn: 'ASN.1 distinguished name.', fqdn: 'Fully qualified domain name.' },
  'enroll-protocol': {
    none: 'None (default).',
    scep: 'Simple Certificate Enrollment Protocol.',
    cmpv2: 'Certificate Management Protocol Version 2.',
  },
  'cmp-regeneration-method': { keyupate: 'Key Update.', renewal: 'Renewal.' },
};

/** `system csf`: SCHEMA62 `system_csf.json`. */
const systemCsf: TableWords = {
  status: ed('Enable Security Fabric.', 'Disable Security Fabric.'),
  'configuration-sync': {
    default:
      'Synchronize configuration for FortiAnalyzer, FortiSandbox, and Central Management to root node.',
    local: 'Do not synchronize configuration with root node.',
  },
  'trusted-list.action': {
    accept: 'Accept authorization request.',
    deny: 'Deny authorization request.',
  },
  'trusted-list.downstream-authorization': ed(
    'Enable downstream authorization.',
    'Disable downstream authorization.',
  ),
};

/** `user local`: SCHEMA62 `user_local.json` (`two-factor`'s `fortitoken-cloud` is 6.2's, not modelled). */
const userLocal: TableWords = {
  status: ed('Enable user.', 'Disable user.'),
  type: {
    password: 'Password authentication.',
    radius: 'RADIUS server authentication.',
    'tacacs+': 'TACACS+ server authentication.',
    ldap: 'LDAP server authentication.',
  },
  'two-factor': {
    disable: 'disable',
    fortitoken: 'FortiToken',
    email: 'Email authentication code.',
    sms: 'SMS authentication code.',
  },
  'sms-server': { fortiguard: 'Send SMS by FortiGuard.', custom: 'Send SMS by custom server.' },
  'auth-concurrent-override': ed('Enable auth-concurrent-override.', 'Disable auth-concurrent-override.'),
};

/** `user group`: SCHEMA62 `user_group.json`. */
const userGroup: TableWords = {
  'group-type': {
    firewall: 'Firewall.',
    'fsso-service': 'Fortinet Single Sign-On Service.',
    rsso: 'RADIUS based Single Sign-On Service.',
    guest: 'Guest.',
  },
  'auth-concurrent-override': ed('Enable auth-concurrent-override.', 'Disable auth-concurrent-override.'),
  'user-id': { email: 'Email address.', 'auto-generate': 'Automatically generate.', specify: 'Specify.' },
  password: { 'auto-generate': 'Automatically generate.', specify: 'Specify.', disable: 'Disable.' },
  'user-name': ed('Enable setting.', 'Disable setting.'),
  sponsor: { optional: 'Optional.', mandatory: 'Mandatory.', disabled: 'Disabled.' },
  company: { optional: 'Optional.', mandatory: 'Mandatory.', disabled: 'Disabled.' },
  email: ed('Enable setting.', 'Disable setting.'),
  'mobile-phone': ed('Enable setting.', 'Disable setting.'),
  'sms-server': { fortiguard: 'Send SMS by FortiGuard.', custom: 'Send SMS by custom server.' },
  'expire-type': { immediately: 'Immediately.', 'first-successful-login': 'First successful login.' },
  'multiple-guest-add': ed('Enable setting.', 'Disable setting.'),
};

/** The words a key of many tables uses for its two options: FortiOS's own generic toggle words. */
const setting = ed('Enable setting.', 'Disable setting.');

/** `vpn ssl settings`: SCHEMA62 `vpn.ssl_settings.json` (`tlsv1-*`: 6.2.7 to 6.4.0's). */
const vpnSslSettings: TableWords = {
  ...Object.fromEntries(
    [
      'reqclientcert',
      'tlsv1-0',
      'tlsv1-1',
      'tlsv1-2',
      'ssl-insert-empty-fragment',
      'https-redirect',
      'x-content-type-options',
      'force-two-factor-auth',
      'unsafe-legacy-renegotiation',
      'url-obscuration',
      'http-compression',
      'http-only-cookie',
      'port-precedence',
      'auto-tunnel-static-route',
      'source-address-negate',
      'source-address6-negate',
      'dtls-tunnel',
      'authentication-rule.source-address-negate',
      'authentication-rule.source-address6-negate',
      'authentication-rule.client-cert',
    ].map((key) => [key, setting]),
  ),
  'ssl-client-renegotiation': ed(
    'Allow a SSL client to renegotiate.',
    'Abort any SSL connection that attempts to renegotiate.',
  ),
  'check-referer': ed(
    'Enable verification of referer field in HTTP request header.',
    'Disable verification of referer field in HTTP request header.',
  ),
  // The device's answer gives `default` no words of its own (`missing_help`) and names it.
  algorithm: {
    high: 'High algorithms.',
    medium: 'High and medium algorithms.',
    default: 'default',
    low: 'All algorithms.',
  },
  'banned-cipher': {
    RSA: 'Ban the use of cipher suites using RSA key.',
    DHE: 'Ban the use of cipher suites using authenticated ephemeral DH key agreement.',
    ECDHE: 'Ban the use of cipher suites using authenticated ephemeral ECDH key agreement.',
    DSS: 'Ban the use of cipher suites using DSS authentication.',
    ECDSA: 'Ban the use of cipher suites using ECDSA authentication.',
    AES: 'Ban the use of cipher suites using either 128 or 256 bit AES.',
    AESGCM: 'Ban the use of cipher suites AES in Galois Counter Mode (GCM).',
    CAMELLIA: 'Ban the use of cipher suites using either 128 or 256 bit CAMELLIA.',
    '3DES': 'Ban the use of cipher suites using triple DES',
    SHA1: 'Ban the use of cipher suites using HMAC-SHA1.',
    SHA256: 'Ban the use of cipher suites using HMAC-SHA256.',
    SHA384: 'Ban the use of cipher suites using HMAC-SHA384.',
    STATIC: 'Ban the use of cipher suites using static keys.',
  },
  'header-x-forwarded-for': {
    pass: 'Forward the same HTTP header.',
    add: 'Add the HTTP header.',
    remove: 'Remove the HTTP header.',
  },
  'authentication-rule.cipher': {
    any: 'Any cipher strength.',
    high: 'High cipher strength (>= 168 bits).',
    medium: 'Medium cipher strength (>= 128 bits).',
  },
  'authentication-rule.auth': {
    any: 'Any',
    local: 'Local',
    radius: 'RADIUS',
    'tacacs+': 'TACACS+',
    ldap: 'LDAP',
  },
};

/** `firewall address`: SCHEMA62 `firewall_address.json`. */
const firewallAddress: TableWords = {
  type: {
    ipmask: 'Standard IPv4 address with subnet mask.',
    iprange: 'Range of IPv4 addresses between two specified addresses (inclusive).',
    fqdn: 'Fully Qualified Domain Name address.',
    geography: 'IP addresses from a specified country.',
    wildcard: 'Standard IPv4 using a wildcard subnet mask.',
    dynamic: 'Dynamic address object.',
  },
  'allow-routing': ed(
    'Enable use of this address in the static route configuration.',
    'Disable use of this address in the static route configuration.',
  ),
  // 6.2.7's words (gone in 6.4.0), as for address6.
  visibility: ed('Show in address4 selection.', 'Hide from address4 selection.'),
};

/** `firewall address6`: SCHEMA62 `firewall_address6.json` (`visibility`: 6.2.7's, gone in 6.4.0). */
const firewallAddress6: TableWords = {
  type: {
    ipprefix: 'Uses the IP prefix to define a range of IPv6 addresses.',
    iprange: 'Range of IPv6 addresses between two specified addresses (inclusive).',
    fqdn: 'Fully qualified domain name.',
    dynamic: 'Dynamic address object for SDN.',
    template: 'Template.',
  },
  visibility: ed('Show in address6 selection.', 'Hide from address6 selection.'),
  'subnet-segment.type': { any: 'Wildcard.', specific: 'Specific subnet segment address.' },
  'host-type': { any: 'Wildcard.', specific: 'Specific host address.' },
};

/** `firewall address6-template`: SCHEMA62 `firewall_address6_template.json`. */
const firewallAddress6Template: TableWords = {
  'subnet-segment.exclusive': ed('Enable exclusive value.', 'Disable exclusive value.'),
};

/** `system object-tagging`: SCHEMA62 `system_object_tagging.json`. */
const objectUse: Words = { disable: 'Disable.', mandatory: 'Mandatory.', optional: 'Optional.' };
const systemObjectTagging: TableWords = {
  address: objectUse,
  device: objectUse,
  interface: objectUse,
  multiple: ed('Enable multi-tagging.', 'Disable multi-tagging.'),
};

/** `endpoint-control settings`: SCHEMA62 `endpoint_control_settings.json` (6.2.7 only). */
const endpointControlSettings: TableWords = {
  'forticlient-user-avatar': ed(
    'Allow uploading FortiClient user avatars.',
    'Disable uploading FortiClient user avatars.',
  ),
};

/**
 * `vpn ssl web portal`: SCHEMA62 `vpn.ssl.web_portal.json` (6.2.7 to 7.0.3), whose toggles all say
 * `Enable setting.` / `Disable setting.` but `bookmarks`' `sso-credential-sent-once`. 6.0's options
 * the merged answer lacks (`citrix`, `portforward`, the themes `blue`, `green`, `red`) and the renamed
 * `skip-check-for-unsupported-browser` are in `NO_SOURCE`; so is `smbv1`, whose options the answers
 * mark `missing_help`.
 */
const vpnSslWebPortal: TableWords = {
  ...Object.fromEntries(
    [
      'tunnel-mode',
      'auto-connect',
      'keep-alive',
      'save-password',
      'exclusive-routing',
      'service-restriction',
      'split-tunneling',
      'ipv6-tunnel-mode',
      'ipv6-exclusive-routing',
      'ipv6-service-restriction',
      'ipv6-split-tunneling',
      'web-mode',
      'display-bookmark',
      'user-bookmark',
      'user-group-bookmark',
      'display-connection-tools',
      'display-history',
      'display-status',
      'smb-ntlmv1-auth',
      'limit-user-logins',
      'mac-addr-check',
      'os-check',
      'forticlient-download',
      'customize-forticlient-download-url',
      'skip-check-for-unsupported-os',
      'hide-sso-credential',
      'bookmark-group.bookmarks.show-status-window',
    ].map((key) => [key, setting]),
  ),
  'ip-mode': {
    range: 'Use the IP addresses available for all SSL-VPN users as defined by the SSL settings command.',
    'user-group':
      'Use IP the addresses associated with individual users or user groups (usually from external auth servers).',
  },
  'allow-user-access': {
    web: 'HTTP/HTTPS access.',
    ftp: 'FTP access.',
    smb: 'SMB/CIFS access.',
    telnet: 'TELNET access.',
    ssh: 'SSH access.',
    vnc: 'VNC access.',
    rdp: 'RDP access.',
    ping: 'PING access.',
  },
  theme: { melongene: 'Melongene theme.', mariner: 'Mariner theme.' },
  'host-check': {
    none: 'No host checking.',
    av: 'AntiVirus software recognized by the Windows Security Center.',
    fw: 'Firewall software recognized by the Windows Security Center.',
    'av-fw': 'AntiVirus and firewall software recognized by the Windows Security Center.',
    custom: 'Custom.',
  },
  'mac-addr-action': {
    allow: 'Allow connection when client MAC address is matched.',
    deny: 'Deny connection when client MAC address is matched.',
  },
  'forticlient-download-method': { direct: 'Download via direct link.', 'ssl-vpn': 'Download via SSL-VPN.' },
  'bookmark-group.bookmarks.apptype': {
    ftp: 'FTP.',
    rdp: 'RDP.',
    smb: 'SMB/CIFS.',
    ssh: 'SSH.',
    telnet: 'Telnet.',
    vnc: 'VNC.',
    web: 'HTTP/HTTPS.',
  },
  // 6.2.7's words (the key is gone by 6.4.7).
  'bookmark-group.bookmarks.server-layout': {
    'de-de-qwertz': 'German (qwertz).',
    'en-gb-qwerty': 'Engligh (UK).',
    'en-us-qwerty': 'English (US).',
    'es-es-qwerty': 'Spanish.',
    'fr-fr-azerty': 'French (azerty).',
    'fr-ch-qwertz': 'Swiss French (qwertz).',
    'it-it-qwerty': 'Italian.',
    'ja-jp-qwerty': 'Japanese.',
    'pt-br-qwerty': 'Portuguese/Brazilian.',
    'sv-se-qwerty': 'Swedish.',
    'tr-tr-qwerty': 'Turkish.',
    failsafe: 'Unknown keyboard.',
  },
  'bookmark-group.bookmarks.security': {
    rdp: 'Standard RDP encryption.',
    nla: 'Network Level Authentication.',
    tls: 'TLS encryption.',
    any: 'Allow the server to choose the type of security.',
  },
  'bookmark-group.bookmarks.sso': { disable: 'Disable SSO.', static: 'Static SSO.', auto: 'Auto SSO.' },
  'bookmark-group.bookmarks.sso-credential': {
    'sslvpn-login': 'SSL-VPN login.',
    alternative: 'Alternative.',
  },
  'bookmark-group.bookmarks.sso-credential-sent-once': ed(
    'Single sign-on credentials are only sent once to remote server.',
    'Single sign-on credentials are sent to remote server for every HTTP request.',
  ),
};

/**
 * `vpn ipsec phase1-interface`: SCHEMA62 `vpn.ipsec_phase1_interface.json`. Each proposal's help
 * is its own name there, as `PROPOSALS` lists them.
 */
const vpnIpsecPhase1Interface: TableWords = {
  type: {
    static: 'Remote VPN gateway has fixed IP address.',
    dynamic: 'Remote VPN gateway has dynamic IP address.',
    ddns: 'Remote VPN gateway has dynamic IP address and is a dynamic DNS client.',
  },
  'ike-version': { '1': 'Use IKEv1 protocol.', '2': 'Use IKEv2 protocol.' },
  'mode-cfg': ed('Enable Configuration Method.', 'Disable Configuration Method.'),
  peertype: {
    any: 'Accept any peer ID.',
    one: 'Accept this peer ID.',
    dialup: 'Accept peer ID in dialup group.',
    peer: 'Accept this peer certificate.',
    peergrp: 'Accept this peer certificate group.',
  },
  'forticlient-enforcement': ed('Enable FortiClient enforcement.', 'Disable FortiClient enforcement.'),
  proposal: Object.fromEntries(
    (
      'des-md5 des-sha1 des-sha256 des-sha384 des-sha512 3des-md5 3des-sha1 3des-sha256 3des-sha384 ' +
      '3des-sha512 aes128-md5 aes128-sha1 aes128-sha256 aes128-sha384 aes128-sha512 aes128gcm-prfsha1 ' +
      'aes128gcm-prfsha256 aes128gcm-prfsha384 aes128gcm-prfsha512 aes192-md5 aes192-sha1 aes192-sha256 ' +
      'aes192-sha384 aes192-sha512 aes256-md5 aes256-sha1 aes256-sha256 aes256-sha384 aes256-sha512 ' +
      'aes256gcm-prfsha1 aes256gcm-prfsha256 aes256gcm-prfsha384 aes256gcm-prfsha512 ' +
      'chacha20poly1305-prfsha1 chacha20poly1305-prfsha256 chacha20poly1305-prfsha384 ' +
      'chacha20poly1305-prfsha512 aria128-md5 aria128-sha1 aria128-sha256 aria128-sha384 aria128-sha512 ' +
      'aria192-md5 aria192-sha1 aria192-sha256 aria192-sha384 aria192-sha512 aria256-md5 aria256-sha1 ' +
      'aria256-sha256 aria256-sha384 aria256-sha512 seed-md5 seed-sha1 seed-sha256 seed-sha384 seed-sha512'
    )
      .split(' ')
      .map((proposal) => [proposal, proposal]),
  ),
  // The keys the 6.0.4 schema adds (docs/fortios-6.0.md §4.8), each option worded as the same answer words it.
  'ip-version': { '4': 'Use IPv4 addressing for gateways.', '6': 'Use IPv6 addressing for gateways.' },
  authmethod: { psk: 'PSK authentication method.', signature: 'Signature authentication method.' },
  'authmethod-remote': { psk: 'PSK authentication method.', signature: 'Signature authentication method.' },
  mode: { aggressive: 'Aggressive mode.', main: 'Main mode.' },
  'net-device': ed('Create a kernel device for every tunnel.', 'Do not create a kernel device for tunnels.'),
  'exchange-interface-ip': ed(
    'Enable exchange of IPsec interface IP address.',
    'Disable exchange of IPsec interface IP address.',
  ),
  'add-route': ed(
    'Add route to destination of peer selector.',
    'Do not add a route to destination of peer selector.',
  ),
  'localid-type': {
    auto: 'Select ID type automatically.',
    fqdn: 'Use fully qualified domain name.',
    'user-fqdn': 'Use user fully qualified domain name.',
    keyid: 'Use key-id string.',
    address: 'Use local IP address.',
    asn1dn: 'Use ASN.1 distinguished name.',
  },
  fragmentation: ed(
    'Enable intra-IKE fragmentation support on re-transmission.',
    'Disable intra-IKE fragmentation support.',
  ),
  dpd: {
    disable: 'Disable Dead Peer Detection.',
    'on-idle': 'Trigger Dead Peer Detection when IPsec is idle.',
    'on-demand':
      'Trigger Dead Peer Detection when IPsec traffic is sent but no reply is received from the peer.',
  },
  'npu-offload': ed('Enable NPU offloading.', 'Disable NPU offloading.'),
  dhgrp: Object.fromEntries(
    ['1', '2', '5', '14', '15', '16', '17', '18', '19', '20', '21', '27', '28', '29', '30', '31'].map((g) => [
      g,
      `DH Group ${g}.`,
    ]),
  ),
  'suite-b': {
    disable: 'Do not use UI suite.',
    'suite-b-gcm-128': 'Use Suite-B-GCM-128.',
    'suite-b-gcm-256': 'Use Suite-B-GCM-256.',
  },
  eap: ed('Enable IKEv2 EAP authentication.', 'Disable IKEv2 EAP authentication.'),
  'eap-identity': {
    'use-id-payload': 'Use IKEv2 IDi payload to resolve peer identity.',
    'send-request': 'Use EAP identity request to resolve peer identity.',
  },
  'acct-verify': ed(
    'Enable verification of RADIUS accounting record.',
    'Disable verification of RADIUS accounting record.',
  ),
  'wizard-type': {
    custom: 'Custom VPN configuration.',
    'dialup-forticlient': 'Dial Up - FortiClient Windows, Mac and Android.',
    'dialup-ios': 'Dial Up - iPhone / iPad Native IPsec Client.',
    'dialup-android': 'Dial Up - Android Native IPsec Client.',
    'dialup-windows': 'Dial Up - Windows Native IPsec Client.',
    'dialup-cisco': 'Dial Up - Cisco IPsec Client.',
    'static-fortigate': 'Site to Site - FortiGate.',
    'dialup-fortigate': 'Dial Up - FortiGate.',
    'static-cisco': 'Site to Site - Cisco.',
    'dialup-cisco-fw': 'Dialup Up - Cisco Firewall.',
  },
  xauthtype: {
    disable: 'Disable.',
    client: 'Enable as client.',
    pap: 'Enable as server PAP.',
    chap: 'Enable as server CHAP.',
    auto: 'Enable as server auto.',
  },
  reauth: ed('Enable IKE SA re-authentication.', 'Disable IKE SA re-authentication.'),
  'group-authentication': ed(
    'Enable IKEv2 IDi group authentication.',
    'Disable IKEv2 IDi group authentication.',
  ),
  'idle-timeout': ed('Enable IPsec tunnel idle timeout.', 'Disable IPsec tunnel idle timeout.'),
  'ha-sync-esp-seqno': ed(
    'Enable HA syncing of ESP sequence numbers.',
    'Disable HA syncing of ESP sequence numbers.',
  ),
  'auto-discovery-sender': ed(
    'Enable sending auto-discovery short-cut messages.',
    'Disable sending auto-discovery short-cut messages.',
  ),
  'auto-discovery-receiver': ed(
    'Enable receiving auto-discovery short-cut messages.',
    'Disable receiving auto-discovery short-cut messages.',
  ),
  'auto-discovery-forwarder': ed(
    'Enable forwarding auto-discovery short-cut messages.',
    'Disable forwarding auto-discovery short-cut messages.',
  ),
  'auto-discovery-psk': ed(
    'Enable use of pre-shared-secret authentication for auto-discovery tunnels.',
    "Disable use of authentication defined by 'authmethod' for auto-discovery tunnels.",
  ),
  encapsulation: {
    none: 'No additional encapsulation.',
    gre: 'GRE encapsulation.',
    vxlan: 'VXLAN encapsulation.',
  },
  'encapsulation-address': {
    ike: 'Use IKE/IPsec gateway addresses.',
    ipv4: 'Specify separate GRE/VXLAN tunnel address.',
    ipv6: 'Specify separate GRE/VXLAN tunnel address.',
  },
  nattraversal: {
    enable: 'Enable IPsec NAT traversal.',
    disable: 'Disable IPsec NAT traversal.',
    forced: 'Force IPsec NAT traversal on.',
  },
  rekey: ed('Enable phase1 rekey.', 'Disable phase1 rekey.'),
  'enforce-unique-id': {
    disable: 'Disable peer ID uniqueness enforcement.',
    'keep-new': 'Enforce peer ID uniqueness, keep new connection if collision found.',
    'keep-old': 'Enforce peer ID uniqueness, keep old connection if collision found.',
  },
  'childless-ike': ed(
    'Enable childless IKEv2 initiation (RFC 6023).',
    'Disable childless IKEv2 initiation (RFC 6023).',
  ),
  'digital-signature-auth': ed(
    'Enable IKEv2 Digital Signature Authentication (RFC 7427).',
    'Disable IKEv2 Digital Signature Authentication (RFC 7427).',
  ),
  'signature-hash-alg': {
    sha1: 'SHA1.',
    'sha2-256': 'SHA2-256.',
    'sha2-384': 'SHA2-384.',
    'sha2-512': 'SHA2-512.',
  },
  'rsa-signature-format': {
    pkcs1: 'RSASSA PKCS#1 v1.5.',
    pss: 'RSASSA Probabilistic Signature Scheme (PSS).',
  },
  'cert-id-validation': ed(
    "Enable cross validation of peer ID and the identity in the peer's certificate as specified in RFC 4945.",
    "Disable cross validation of peer ID and the identity in the peer's certificate as specified in RFC 4945.",
  ),
  'send-cert-chain': ed('Enable sending certificate chain.', 'Disable sending certificate chain.'),
  ppk: {
    disable: 'Disable use of IKEv2 Postquantum Preshared Key (PPK).',
    allow: 'Allow, but do not require, use of IKEv2 Postquantum Preshared Key (PPK).',
    require: 'Require use of IKEv2 Postquantum Preshared Key (PPK).',
  },
  'assign-ip': ed(
    'Assign an IP address to the IPsec interface.',
    'Do not assign an IP address to the IPsec interface.',
  ),
  'assign-ip-from': {
    range: 'Assign IP address from locally defined range.',
    usrgrp: 'Assign IP address via user group.',
    dhcp: 'Assign IP address via DHCP.',
    name: 'Assign IP address from firewall address or group.',
  },
  'dns-mode': { manual: 'Manually configure DNS servers.', auto: 'Use default DNS servers.' },
  'unity-support': ed(
    'Enable Cisco Unity Configuration Method Extensions.',
    'Disable Cisco Unity Configuration Method Extensions.',
  ),
  'include-local-lan': ed(
    'Enable local LAN access on Unity clients.',
    'Disable local LAN access on Unity clients.',
  ),
  'save-password': ed(
    'Enable saving XAuth username and password on VPN clients.',
    'Disable saving XAuth username and password on VPN clients.',
  ),
  'client-auto-negotiate': ed(
    'Enable allowing the VPN client to bring up the tunnel when there is no traffic.',
    'Disable allowing the VPN client to bring up the tunnel when there is no traffic.',
  ),
  'client-keep-alive': ed(
    'Enable allowing the VPN client to keep the tunnel up when there is no traffic.',
    'Disable allowing the VPN client to keep the tunnel up when there is no traffic.',
  ),
  'mesh-selector-type': {
    disable: 'Disable.',
    subnet: 'Enable addition of matching subnet selector.',
    host: 'Enable addition of host to host selector.',
  },
  'tunnel-search': {
    selectors: 'Search for tunnel in selectors.',
    nexthop: 'Search for tunnel using nexthop.',
  },
  'monitor-hold-down-type': {
    immediate: 'Fail back immediately after primary recovers.',
    delay: 'Number of seconds to delay fail back after primary recovers.',
    time: 'Specify a time at which to fail back after primary recovers.',
  },
  'monitor-hold-down-weekday': {
    everyday: 'Every Day.',
    sunday: 'Sunday.',
    monday: 'Monday.',
    tuesday: 'Tuesday.',
    wednesday: 'Wednesday.',
    thursday: 'Thursday.',
    friday: 'Friday.',
    saturday: 'Saturday.',
  },
  'passive-mode': ed('Enable IPsec passive mode.', 'Disable IPsec passive mode.'),
  'add-gw-route': ed(
    'Automatically add a route to the remote gateway.',
    'Do not automatically add a route to the remote gateway.',
  ),
  'auto-negotiate': ed(
    'Enable automatic initiation of IKE SA negotiation.',
    'Disable automatic initiation of IKE SA negotiation.',
  ),
};

/** `system admin`: SCHEMA62 `system_admin.json`. */
const systemAdmin: TableWords = {
  'remote-auth': ed('Enable remote authentication.', 'Disable remote authentication.'),
  wildcard: ed('Enable username wildcard.', 'Disable username wildcard.'),
  'peer-auth': ed('Enable peer.', 'Disable peer.'),
  'allow-remove-admin-session': ed('Enable allow-remove option.', 'Disable allow-remove option.'),
  'accprofile-override': ed('Enable access profile override.', 'Disable access profile override.'),
  'radius-vdom-override': ed('Enable VDOM override.', 'Disable VDOM override.'),
  'force-password-change': ed(
    'Enable force password change on next login.',
    'Disable force password change on next login.',
  ),
  // 6.2's `fortitoken-cloud` is not a 6.0 option (docs §4.6.3).
  'two-factor': {
    disable: 'Disable two-factor authentication.',
    fortitoken: 'Use FortiToken or FortiToken mobile two-factor authentication.',
    email: 'Send a two-factor authentication code to the configured email-to email address.',
    sms: 'Send a two-factor authentication code to the configured sms-server and sms-phone.',
  },
  'sms-server': { fortiguard: 'Send SMS by FortiGuard.', custom: 'Send SMS by custom server.' },
  'guest-auth': { disable: 'Disable guest authentication.', enable: 'Enable guest authentication.' },
};

/**
 * `system global`: SCHEMA62 `system_global.json` (6.2.7 to 7.0.3). `timezone` there has 6.0's 88
 * numbers in 6.0's order; each zone's words are that answer's (**Decision**, §5.2: a zone whose
 * offset or name changed after 6.0 is not known to fgsim).
 */
const systemGlobal: TableWords = {
  'admin-concurrent': ed('Enable admin concurrent login.', 'Disable admin concurrent login.'),
  'admin-https-pki-required': ed(
    'Admin users must provide a valid certificate when PKI is enabled for HTTPS admin access.',
    'Admin users can login by providing a valid certificate or password.',
  ),
  'admin-https-redirect': ed(
    'Enable redirecting HTTP administration access to HTTPS.',
    'Disable redirecting HTTP administration access to HTTPS.',
  ),
  'admin-maintainer': ed(
    'Enable login for special user (maintainer).',
    'Disable login for special user (maintainer).',
  ),
  'admin-restrict-local': ed(
    'Enable local admin authentication restriction.',
    'Disable local admin authentication restriction.',
  ),
  'admin-scp': ed(
    'Enable allow system configuration download by SCP.',
    'Disable allow system configuration download by SCP.',
  ),
  'admin-ssh-password': ed(
    'Enable password authentication for SSH admin access.',
    'Disable password authentication for SSH admin access.',
  ),
  'admin-ssh-v1': ed('Enable SSH v1 compatibility.', 'Disable SSH v1 compatibility.'),
  'allow-traffic-redirect': ed('Enable allow traffic redirect.', 'Disable allow traffic redirect.'),
  'auth-keepalive': ed(
    'Enable use of keep alive to extend authentication.',
    'Disable use of keep alive to extend authentication.',
  ),
  'auto-auth-extension-device': ed(
    'Enable automatic authorization of dedicated Fortinet extension device globally.',
    'Disable automatic authorization of dedicated Fortinet extension device globally.',
  ),
  'av-failopen-session': ed('Enable AV fail open session option.', 'Disable AV fail open session option.'),
  'batch-cmdb': ed(
    'Enable batch mode to execute in CMDB server.',
    'Disable batch mode to execute in CMDB server.',
  ),
  'cli-audit-log': ed('Enable CLI audit log.', 'Disable CLI audit log.'),
  'clt-cert-req': ed(
    'Enable require client certificate for GUI login.',
    'Disable require client certificate for GUI login.',
  ),
  'csr-ca-attribute': ed('Enable CA attribute in CSR.', 'Disable CA attribute in CSR.'),
  'daily-restart': ed('Enable daily reboot of the FortiGate.', 'Disable daily reboot of the FortiGate.'),
  dst: ed('Enable daylight saving time.', 'Disable daylight saving time.'),
  'fds-statistics': ed('Enable FortiGuard statistics.', 'Disable FortiGuard statistics.'),
  fortiextender: ed('Enable FortiExtender controller.', 'Disable FortiExtender controller.'),
  'fortiextender-vlan-mode': ed('Enable FortiExtender VLAN mode.', 'Disable FortiExtender VLAN mode.'),
  'gui-certificates': ed('Display the feature in GUI.', 'Do not display the feature in GUI.'),
  'gui-custom-language': ed('Display the feature in GUI.', 'Do not display the feature in GUI.'),
  'gui-display-hostname': ed('Display the feature in GUI.', 'Do not display the feature in GUI.'),
  'gui-ipv6': ed('Display the feature in GUI.', 'Do not display the feature in GUI.'),
  'gui-wireless-opensecurity': ed('Display the feature in GUI.', 'Do not display the feature in GUI.'),
  'honor-df': ed("Enable honoring of Don't-Fragment flag.", "Disable honoring of Don't-Fragment flag."),
  'ipsec-asic-offload': ed('Enable ASIC offload for IPsec VPN.', 'Disable ASIC offload for IPsec VPN.'),
  'ipsec-hmac-offload': ed(
    'Enable offload IPsec HMAC processing to hardware if possible.',
    'Disable offload IPsec HMAC processing to hardware.',
  ),
  'ipsec-soft-dec-async': ed(
    'Enable software decryption asynchronization for IPsec VPN.',
    'Disable software decryption asynchronization for IPsec VPN.',
  ),
  'ipv6-allow-anycast-probe': ed(
    'Enable probing of IPv6 address space through Anycast',
    'Disable probing of IPv6 address space through Anycast',
  ),
  'lldp-transmission': ed(
    'Enable transmission of Link Layer Discovery Protocol (LLDP).',
    'Disable transmission of Link Layer Discovery Protocol (LLDP).',
  ),
  'log-ssl-connection': ed(
    'Enable logging of SSL connection events.',
    'Disable logging of SSL connection events.',
  ),
  'login-timestamp': ed('Enable login time recording.', 'Disable login time recording.'),
  'long-vdom-name': ed('Enable long VDOM name support.', 'Disable long VDOM name support.'),
  'per-user-bwl': ed('Enable per-user black/white list filter.', 'Disable per-user black/white list filter.'),
  'post-login-banner': ed('Enable post-login banner.', 'Disable post-login banner.'),
  'pre-login-banner': ed('Enable pre-login banner.', 'Disable pre-login banner.'),
  'private-data-encryption': ed(
    'Enable private data encryption using an AES 128-bit key.',
    'Disable private data encryption using an AES 128-bit key.',
  ),
  'proxy-auth-lifetime': ed(
    'Enable authenticated users lifetime control.',
    'Disable authenticated users lifetime control.',
  ),
  'proxy-cipher-hardware-acceleration': ed(
    'Enable using content processor (CP8 or CP9) hardware acceleration to encrypt and decrypt IPsec and SSL traffic.',
    'Disable using content processor (CP8 or CP9) hardware acceleration to encrypt and decrypt IPsec and SSL traffic.',
  ),
  'proxy-kxp-hardware-acceleration': ed(
    'Enable using the content processor to accelerate KXP traffic.',
    'Disable using the content processor to accelerate KXP traffic.',
  ),
  'reboot-upon-config-restore': ed(
    'Enable reboot of system upon restoring configuration.',
    'Disable reboot of system upon restoring configuration.',
  ),
  'reset-sessionless-tcp': ed('Enable reset session-less TCP.', 'Disable reset session-less TCP.'),
  'revision-backup-on-logout': ed(
    'Enable revision config backup automatically when logout.',
    'Disable revision config backup automatically when logout.',
  ),
  'revision-image-auto-backup': ed(
    'Enable revision image backup automatically when upgrading image.',
    'Disable revision image backup automatically when upgrading image.',
  ),
  'security-rating-result-submission': ed(
    'Enable submission of Security Rating results to FortiGuard.',
    'Disable submission of Security Rating results to FortiGuard.',
  ),
  'security-rating-run-on-schedule': ed(
    'Enable scheduled runs of Security Rating.',
    'Disable scheduled runs of Security Rating.',
  ),
  'send-pmtu-icmp': ed(
    'Enable sending of PMTU ICMP destination unreachable packet.',
    'Disable sending of PMTU ICMP destination unreachable packet.',
  ),
  'snat-route-change': ed('Enable SNAT route change.', 'Disable SNAT route change.'),
  'special-file-23-support': ed(
    'Enable detection of those special format files when using Data Leak Protection.',
    'Disable detection of those special format files when using Data Leak Protection.',
  ),
  'ssh-cbc-cipher': ed('Enable CBC cipher for SSH access.', 'Disable CBC cipher for SSH access.'),
  'ssh-hmac-md5': ed('Enable HMAC-MD5 for SSH access.', 'Disable HMAC-MD5 for SSH access.'),
  'ssh-kex-sha1': ed('Enable SHA1 for SSH key exchanges.', 'Disable SHA1 for SSH key exchanges.'),
  'ssl-static-key-ciphers': ed(
    'Enable static key ciphers in SSL/TLS connections.',
    'Disable static key ciphers in SSL/TLS connections.',
  ),
  'sslvpn-cipher-hardware-acceleration': ed(
    'Enable SSL-VPN cipher hardware acceleration.',
    'Disable SSL-VPN cipher hardware acceleration.',
  ),
  'sslvpn-kxp-hardware-acceleration': ed(
    'Enable KXP SSL-VPN hardware acceleration.',
    'Disable KXP SSL-VPN hardware acceleration.',
  ),
  'sslvpn-plugin-version-check': ed(
    'Enable SSL-VPN automatic checking of browser plug-in version.',
    'Disable SSL-VPN automatic checking of browser plug-in version.',
  ),
  'strict-dirty-session-check': ed(
    'Enable strict dirty-session check.',
    'Disable strict dirty-session check.',
  ),
  'strong-crypto': ed(
    'Enable strong crypto for HTTPS/SSH/TLS/SSL.',
    'Disable strong crypto for HTTPS/SSH/TLS/SSL.',
  ),
  'switch-controller': ed('Enable switch controller feature.', 'Disable switch controller feature.'),
  'tcp-option': ed('Enable TCP option.', 'Disable TCP option.'),
  tftp: ed('Enable TFTP.', 'Disable TFTP.'),
  'wad-source-affinity': ed(
    'Enable dispatching traffic to WAD workers based on source affinity.',
    'Disable dispatching traffic to WAD workers based on source affinity.',
  ),
  'wimax-4g-usb': ed('Enable WiMax 4G.', 'Disable WiMax 4G.'),
  'wireless-controller': ed('Enable wireless controller.', 'Disable wireless controller.'),
  'admin-https-ssl-versions': {
    'tlsv1-1': 'TLS 1.1.',
    'tlsv1-2': 'TLS 1.2.',
  },
  'anti-replay': {
    disable: 'Disable anti-replay check.',
    loose: 'Loose anti-replay check.',
    strict: 'Strict anti-replay check.',
  },
  'auth-session-limit': {
    'block-new': 'Block new user authentication attempts.',
    'logout-inactive': 'Logout the most inactive user authenticated sessions.',
  },
  'av-failopen': {
    pass: 'Bypass the antivirus system when memory is low. Antivirus scanning resumes when the low memory condition is resolved.',
    off: 'Stop accepting new AV sessions when entering conserve mode, but continue to process current active sessions.',
    'one-shot': 'Bypass the antivirus system when memory is low.',
  },
  'cfg-save': {
    automatic: 'Automatically save config.',
    manual: 'Manually save config.',
    revert: 'Manually save config and revert the config when timeout.',
  },
  'check-protocol-header': {
    loose: 'Check protocol header loosely.',
    strict: 'Check protocol header strictly.',
  },
  'check-reset-range': {
    strict: 'Check RST range strictly.',
    disable: 'Disable RST range check.',
  },
  'dh-params': {
    '1024': '1024 bits.',
    '1536': '1536 bits.',
    '2048': '2048 bits.',
    '3072': '3072 bits.',
    '4096': '4096 bits.',
    '6144': '6144 bits.',
    '8192': '8192 bits.',
  },
  'fgd-alert-subscription': {
    advisory: 'Retrieve FortiGuard advisories, report and news alerts.',
    'latest-threat': 'Retrieve latest FortiGuard threats alerts.',
    'latest-virus': 'Retrieve latest FortiGuard virus alerts.',
    'latest-attack': 'Retrieve latest FortiGuard attack alerts.',
    'new-antivirus-db': 'Retrieve FortiGuard AV database release alerts.',
    'new-attack-db': 'Retrieve FortiGuard IPS database release alerts.',
  },
  'gui-date-format': {
    'yyyy/MM/dd': 'Year/Month/Day.',
    'dd/MM/yyyy': 'Day/Month/Year.',
    'MM/dd/yyyy': 'Month/Day/Year.',
    'yyyy-MM-dd': 'Year-Month-Day.',
    'dd-MM-yyyy': 'Day-Month-Year.',
    'MM-dd-yyyy': 'Month-Day-Year.',
  },
  'gui-theme': {
    melongene: 'Melongene theme.',
    mariner: 'Mariner theme.',
  },
  language: {
    english: 'English.',
    french: 'French.',
    spanish: 'Spanish.',
    portuguese: 'Portuguese.',
    japanese: 'Japanese.',
    trach: 'Traditional Chinese.',
    simch: 'Simplified Chinese.',
    korean: 'Korean.',
  },
  'multi-factor-authentication': {
    optional:
      'Do not enforce all login methods to require an additional authentication factor (controlled by user settings).',
    mandatory: 'Enforce all login methods to require an additional authentication factor.',
  },
  'proxy-re-authentication-mode': {
    session: 'Proxy re-authentication timeout begins at the closure of the session.',
    traffic: 'Proxy re-authentication timeout begins after traffic has not been received.',
    absolute: 'Proxy re-authentication timeout begins when the user was first created.',
  },
  'ssd-trim-freq': {
    never: 'Never Run SSD Trim.',
    hourly: 'Run SSD Trim Hourly.',
    daily: 'Run SSD Trim Daily.',
    weekly: 'Run SSD Trim Weekly.',
    monthly: 'Run SSD Trim Monthly.',
  },
  'ssd-trim-weekday': {
    sunday: 'Sunday',
    monday: 'Monday',
    tuesday: 'Tuesday',
    wednesday: 'Wednesday',
    thursday: 'Thursday',
    friday: 'Friday',
    saturday: 'Saturday',
  },
  'ssl-min-proto-version': {
    SSLv3: 'SSLv3.',
    TLSv1: 'TLSv1.',
    'TLSv1-1': 'TLSv1.1.',
    'TLSv1-2': 'TLSv1.2.',
  },
  'traffic-priority': {
    tos: 'IP TOS.',
    dscp: 'DSCP (DiffServ) DS.',
  },
  'traffic-priority-level': {
    low: 'Low priority.',
    medium: 'Medium priority.',
    high: 'High priority.',
  },
  'vip-arp-range': {
    unlimited: 'Send ARPs for all addresses in VIP range.',
    restricted: 'Send ARPs for the first 8192 addresses in VIP range.',
  },
  timezone: {
    '01': '(GMT-11:00) Midway Island, Samoa',
    '02': '(GMT-10:00) Hawaii',
    '03': '(GMT-9:00) Alaska',
    '04': '(GMT-8:00) Pacific Time (US & Canada)',
    '05': '(GMT-7:00) Arizona',
    '81': '(GMT-7:00) Baja California Sur, Chihuahua',
    '06': '(GMT-7:00) Mountain Time (US & Canada)',
    '07': '(GMT-6:00) Central America',
    '08': '(GMT-6:00) Central Time (US & Canada)',
    '09': '(GMT-6:00) Mexico City',
    '10': '(GMT-6:00) Saskatchewan',
    '11': '(GMT-5:00) Bogota, Lima,Quito',
    '12': '(GMT-5:00) Eastern Time (US & Canada)',
    '13': '(GMT-5:00) Indiana (East)',
    '74': '(GMT-4:00) Caracas',
    '14': '(GMT-4:00) Atlantic Time (Canada)',
    '77': '(GMT-4:00) Georgetown',
    '15': '(GMT-4:00) La Paz',
    '87': '(GMT-4:00) Paraguay',
    '16': '(GMT-3:00) Santiago',
    '17': '(GMT-3:30) Newfoundland',
    '18': '(GMT-3:00) Brasilia',
    '19': '(GMT-3:00) Buenos Aires',
    '20': '(GMT-3:00) Nuuk (Greenland)',
    '75': '(GMT-3:00) Uruguay',
    '21': '(GMT-2:00) Mid-Atlantic',
    '22': '(GMT-1:00) Azores',
    '23': '(GMT-1:00) Cape Verde Is.',
    '24': '(GMT) Monrovia',
    '80': '(GMT) Greenwich Mean Time',
    '79': '(GMT) Casablanca',
    '25': '(GMT) Dublin, Edinburgh, Lisbon, London, Canary Is.',
    '26': '(GMT+1:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
    '27': '(GMT+1:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague',
    '28': '(GMT+1:00) Brussels, Copenhagen, Madrid, Paris',
    '78': '(GMT+1:00) Namibia',
    '29': '(GMT+1:00) Sarajevo, Skopje, Warsaw, Zagreb',
    '30': '(GMT+1:00) West Central Africa',
    '31': '(GMT+2:00) Athens, Sofia, Vilnius',
    '32': '(GMT+2:00) Bucharest',
    '33': '(GMT+2:00) Cairo',
    '34': '(GMT+2:00) Harare, Pretoria',
    '35': '(GMT+2:00) Helsinki, Riga, Tallinn',
    '36': '(GMT+2:00) Jerusalem',
    '37': '(GMT+3:00) Baghdad',
    '38': '(GMT+3:00) Kuwait, Riyadh',
    '83': '(GMT+3:00) Moscow',
    '84': '(GMT+3:00) Minsk',
    '40': '(GMT+3:00) Nairobi',
    '85': '(GMT+3:00) Istanbul',
    '41': '(GMT+3:30) Tehran',
    '42': '(GMT+4:00) Abu Dhabi, Muscat',
    '43': '(GMT+4:00) Baku',
    '39': '(GMT+3:00) St. Petersburg, Volgograd',
    '44': '(GMT+4:30) Kabul',
    '46': '(GMT+5:00) Islamabad, Karachi, Tashkent',
    '47': '(GMT+5:30) Kolkata, Chennai, Mumbai, New Delhi',
    '51': '(GMT+5:30) Sri Jayawardenepara',
    '48': '(GMT+5:45) Kathmandu',
    '45': '(GMT+5:00) Ekaterinburg',
    '49': '(GMT+6:00) Almaty, Novosibirsk',
    '50': '(GMT+6:00) Astana, Dhaka',
    '52': '(GMT+6:30) Rangoon',
    '53': '(GMT+7:00) Bangkok, Hanoi, Jakarta',
    '54': '(GMT+7:00) Krasnoyarsk',
    '55': '(GMT+8:00) Beijing, ChongQing, HongKong, Urumgi, Irkutsk',
    '56': '(GMT+8:00) Ulaan Bataar',
    '57': '(GMT+8:00) Kuala Lumpur, Singapore',
    '58': '(GMT+8:00) Perth',
    '59': '(GMT+8:00) Taipei',
    '60': '(GMT+9:00) Osaka, Sapporo, Tokyo, Seoul',
    '62': '(GMT+9:30) Adelaide',
    '63': '(GMT+9:30) Darwin',
    '61': '(GMT+9:00) Yakutsk',
    '64': '(GMT+10:00) Brisbane',
    '65': '(GMT+10:00) Canberra, Melbourne, Sydney',
    '66': '(GMT+10:00) Guam, Port Moresby',
    '67': '(GMT+10:00) Hobart',
    '68': '(GMT+10:00) Vladivostok',
    '69': '(GMT+10:00) Magadan',
    '70': '(GMT+11:00) Solomon Is., New Caledonia',
    '71': '(GMT+12:00) Auckland, Wellington',
    '72': '(GMT+12:00) Fiji, Kamchatka, Marshall Is.',
    '00': '(GMT+12:00) Eniwetok, Kwajalein',
    '82': '(GMT+12:45) Chatham Islands',
    '73': "(GMT+13:00) Nuku'alofa",
    '86': '(GMT+13:00) Samoa',
    '76': '(GMT+14:00) Kiritimati',
  },
};

export const OPTION_HELP: Readonly<Record<string, TableWords>> = {
  'system global': systemGlobal,
  'system admin': systemAdmin,
  'system api-user': systemApiUser,
  'system interface': systemInterface,
  'system settings': systemSettings,
  'system console': systemConsole,
  'system virtual-switch': systemVirtualSwitch,
  'system csf': systemCsf,
  'user local': userLocal,
  'user group': userGroup,
  'vpn ssl settings': vpnSslSettings,
  'firewall address': firewallAddress,
  'firewall address6': firewallAddress6,
  'firewall address6-template': firewallAddress6Template,
  'system object-tagging': systemObjectTagging,
  'endpoint-control settings': endpointControlSettings,
  'vpn ssl web portal': vpnSslWebPortal,
  'vpn ipsec phase1-interface': vpnIpsecPhase1Interface,
  'vpn certificate local': vpnCertificateLocal,
};

/**
 * Options no source gives words for (**Decision**, docs/fortios-6.0.md §5.2.1), by table → key →
 * options: they keep the fallback of option-help.ts.
 */
/** In `NO_SOURCE`: every option of a key, or of every option key of a table. */
export const EVERY_OPTION = 'every option';

type Unsourced = Readonly<Record<string, readonly string[] | typeof EVERY_OPTION>>;

export const NO_SOURCE: Readonly<Record<string, Unsourced | typeof EVERY_OPTION>> = {
  // Not in the 6.2.7 to 7.0.3 answer (gone by 6.2.7, or, for the options, no longer offered).
  'system global': {
    ...Object.fromEntries(
      [
        'asymroute',
        'compliance-check',
        'endpoint-control-fds-access',
        'mc-ttl-notchange',
        'multicast-forward',
        'tp-mc-skip-policy',
        'vdom-admin',
        'virtual-server-hardware-acceleration',
      ].map((key) => [key, ['enable', 'disable']]),
    ),
    'log-uuid': ['disable', 'policy-only', 'extended'],
    'admin-https-ssl-versions': ['tlsv1-0'],
    'gui-theme': ['green', 'red', 'blue'],
  },
  // `fortiheartbeat`, `endpoint-compliance`, `device-identification-active-scan` and `device-netscan`
  // left the interface before 6.2.7, and every other source read words the key only; `vdom` is a VDOM
  // name in every answer (fgsim offers its one VDOM, `root`, as an option); no answer has `speed`
  // `1000half`.
  'system interface': {
    vdom: ['root'],
    fortiheartbeat: ['enable', 'disable'],
    'endpoint-compliance': ['enable', 'disable'],
    'device-identification-active-scan': ['enable', 'disable'],
    'device-netscan': ['disable', 'enable'],
    speed: ['1000half'],
  },
  // The 6.4.6 answer offers `25000full` where 6.0 (per-version data) has `100Gfull`.
  'system virtual-switch': { 'port.speed': ['100Gfull'] },
  // Not in 6.2.7's answer: `inspection-mode` moved to the policy, `gui-dlp` and `gui-policy-learning` went,
  // and `compliance-check` and `sip-helper` are 6.0's only (per-version data v6.0.0 -> v6.0.11).
  'system settings': {
    'inspection-mode': ['proxy', 'flow'],
    'compliance-check': ['enable', 'disable'],
    'sip-helper': ['enable', 'disable'],
    'gui-dlp': ['enable', 'disable'],
    'gui-policy-learning': ['enable', 'disable'],
  },
  // 6.2.7 bans `DHE`/`ECDHE` but no longer `DH`/`ECDH`.
  'vpn ssl settings': { 'banned-cipher': ['DH', 'ECDH'] },
  // 6.2.7 has `wildcard-fqdn` as a key, no longer as a type.
  // 6.0's `sdn` is an option of eight connector kinds; from 6.2.7 it names a connector row, unworded.
  'firewall address': {
    type: ['wildcard-fqdn'],
    sdn: ['aci', 'aws', 'azure', 'gcp', 'nsx', 'nuage', 'oci', 'openstack'],
  },
  // 6.2.7+ fabric devices have no `device-type` (6.0's only kind is FortiMail).
  'system csf': { 'fabric-device.device-type': ['fortimail'] },
  // 6.0's address6 `sdn` is an option (`nsx` only); from 6.2.7 it names a connector row, unworded.
  'firewall address6': { sdn: ['nsx'] },
  // 6.2.7+ keeps the dashboards apart from the admin (`system admin` there has no `gui-dashboard`).
  'system admin': {
    'gui-dashboard.scope': ['global', 'vdom'],
    'gui-dashboard.layout-type': ['responsive', 'fixed'],
    'gui-dashboard.widget.type': EVERY_OPTION,
    'gui-dashboard.widget.region': ['default', 'custom'],
    'gui-dashboard.widget.industry': ['default', 'custom'],
  },
  // The 6.2.7 answer has only `forticlient-user-avatar` of these.
  'endpoint-control settings': {
    'forticlient-reg-key-enforce': ['enable', 'disable'],
    'download-location': ['fortiguard', 'custom'],
    'forticlient-offline-grace': ['enable', 'disable'],
    'forticlient-dereg-unsupported-client': ['enable', 'disable'],
  },
  // 6.0's options the merged 6.2.7+ answer lacks, a key renamed by 6.2.7 (`skip-check-for-browser`),
  // and `smbv1`, whose options those answers leave unworded (`missing_help`).
  'vpn ssl web portal': {
    'allow-user-access': ['citrix', 'portforward'],
    theme: ['blue', 'green', 'red'],
    smbv1: ['enable', 'disable'],
    'skip-check-for-unsupported-browser': ['enable', 'disable'],
    'bookmark-group.bookmarks.apptype': ['citrix', 'portforward'],
  },
  // `endpoint-control profile` left FortiOS before 6.2.7 (SCHEMA62 has no such table), and no other
  // source read gives its options' words: every option key keeps the fallback.
  'endpoint-control profile': EVERY_OPTION,
};

/** The options of `key` (a key of `table` with `options`) that `NO_SOURCE` says no source words. */
export function unsourcedOf(table: string, key: string, options: readonly string[]): readonly string[] {
  const entry = NO_SOURCE[table];
  const listed = entry === EVERY_OPTION ? EVERY_OPTION : entry?.[key];
  return listed === EVERY_OPTION ? options : (listed ?? []);
}
