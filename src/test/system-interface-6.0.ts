/* Test data: 6.0's `config system interface` keys (docs/fortios-6.0.md §4.1). */
/**
 * Every key of 6.0's `config system interface`: the 6.0.2 module's `filter_system_interface_data`
 * `option_list` (ansible/ansible `lib/ansible/modules/network/fortios/fortios_system_interface.py`,
 * "Tested with FOS v6.0.2"), 167 keys in its order (name order). Written from the source, never read
 * from the schema: src/device/schema/keys-6.0.test.ts checks the schema's keys against it.
 */
export const SYSTEM_INTERFACE_KEYS: readonly string[] = `ac-name aggregate algorithm alias allowaccess
  ap-discover arpforward auth-type auto-auth-extension-device bfd bfd-desired-min-tx bfd-detect-mult
  bfd-required-min-rx broadcast-forticlient-discovery broadcast-forward captive-portal cli-conn-status color
  dedicated-to defaultgw description detected-peer-mtu detectprotocol detectserver device-access-list
  device-identification device-identification-active-scan device-netscan device-user-identification
  devindex dhcp-client-identifier dhcp-relay-agent-option dhcp-relay-ip dhcp-relay-service dhcp-relay-type
  dhcp-renew-time disc-retry-timeout disconnect-threshold distance dns-server-override drop-fragment
  drop-overlapped-fragment egress-shaping-profile endpoint-compliance estimated-downstream-bandwidth
  estimated-upstream-bandwidth explicit-ftp-proxy explicit-web-proxy external fail-action-on-extender
  fail-alert-interfaces fail-alert-method fail-detect fail-detect-option fortiheartbeat fortilink
  fortilink-backup-link fortilink-split-interface fortilink-stacking forward-domain gwdetect ha-priority
  icmp-accept-redirect icmp-send-redirect ident-accept idle-timeout inbandwidth ingress-spillover-threshold
  interface internal ip ipmac ips-sniffer-mode ipunnumbered ipv6 l2forward lacp-ha-slave lacp-mode
  lacp-speed lcp-echo-interval lcp-max-echo-fails link-up-delay lldp-transmission macaddr managed-device
  management-ip member min-links min-links-down mode mtu mtu-override name ndiscforward netbios-forward
  netflow-sampler outbandwidth padt-retry-timeout password ping-serv-status polling-interval
  pppoe-unnumbered-negotiate pptp-auth-type pptp-client pptp-password pptp-server-ip pptp-timeout pptp-user
  preserve-session-route priority priority-override proxy-captive-portal redundant-interface remote-ip
  replacemsg-override-group role sample-direction sample-rate scan-botnet-connections secondary-IP
  secondaryip security-exempt-list security-external-logout security-external-web security-groups
  security-mac-auth-bypass security-mode security-redirect-url service-name sflow-sampler snmp-index speed
  spillover-threshold src-check status stpforward stpforward-mode subst substitute-dst-mac switch
  switch-controller-access-vlan switch-controller-arp-inspection switch-controller-dhcp-snooping
  switch-controller-dhcp-snooping-option82 switch-controller-dhcp-snooping-verify-mac
  switch-controller-igmp-snooping switch-controller-learning-limit tagging tcp-mss trust-ip-1 trust-ip-2
  trust-ip-3 trust-ip6-1 trust-ip6-2 trust-ip6-3 type username vdom vindex vlanforward vlanid vrf vrrp
  vrrp-virtual-mac wccp weight wins-ip`
  .split(/\s+/)
  .filter(Boolean);

/**
 * The module's keys fgsim leaves out (docs/fortios-6.0.md §4.1, Decisions): those the device computes
 * and never prints in a configuration, and `vrf` (6.2's; no 6.0 output has it).
 */
export const SYSTEM_INTERFACE_LEFT_OUT: readonly string[] = [
  'aggregate',
  'captive-portal',
  'cli-conn-status',
  'detected-peer-mtu',
  'devindex',
  'internal',
  'ping-serv-status',
  'redundant-interface',
  'switch',
  'vindex',
  'vrf',
];

/** `stp`: not in the 6.0.2 module's list, but a 60E's `internal` hard switch prints `set stp enable` (§4.1). */
export const SYSTEM_INTERFACE_ADDED: readonly string[] = ['stp'];
