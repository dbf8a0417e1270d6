/* Test data: 6.0's `config system global` keys (docs/fortios-6.0.md §4.6.2). */
/**
 * Every key of 6.0's `config system global`: the 6.0.2 module's `filter_system_global_data`
 * `option_list` (172 keys, name order) and the eight keys the 6.0.5 module's `option_list` adds
 * (coll-test/fortinet.fortios `plugins/modules/fortios_system_global.py`: `admin-hsts-max-age`,
 * `admin-https-redirect`, `dnsproxy-worker-count`, `ssd-trim-date`, `ssd-trim-freq`, `ssd-trim-hour`,
 * `ssd-trim-min`, `ssd-trim-weekday`; each v6.0.0 on in the per-version data), in name order: 180.
 * Written from the source, never read from the schema: src/device/schema/keys-6.0.test.ts checks the
 * schema's keys against it, src/device/cli/fidelity.test.ts the order `show full-configuration` prints.
 */
export const SYSTEM_GLOBAL_KEYS: readonly string[] = `admin-concurrent admin-console-timeout
  admin-hsts-max-age admin-https-pki-required admin-https-redirect admin-https-ssl-versions admin-lockout-duration
  admin-lockout-threshold admin-login-max admin-maintainer admin-port admin-restrict-local admin-scp
  admin-server-cert admin-sport admin-ssh-grace-time admin-ssh-password admin-ssh-port admin-ssh-v1
  admin-telnet-port admintimeout alias allow-traffic-redirect anti-replay arp-max-entry asymroute auth-cert
  auth-http-port auth-https-port auth-keepalive auth-session-limit auto-auth-extension-device av-affinity
  av-failopen av-failopen-session batch-cmdb block-session-timer br-fdb-max-entry cert-chain-max
  cfg-revert-timeout cfg-save check-protocol-header check-reset-range cli-audit-log clt-cert-req
  compliance-check compliance-check-time cpu-use-threshold csr-ca-attribute daily-restart
  device-identification-active-scan-delay device-idle-timeout dh-params dnsproxy-worker-count dst endpoint-control-fds-access
  endpoint-control-portal-port failtime fds-statistics fds-statistics-period fgd-alert-subscription
  fortiextender fortiextender-data-port fortiextender-vlan-mode fortiservice-port gui-certificates
  gui-custom-language gui-date-format gui-device-latitude gui-device-longitude gui-display-hostname gui-ipv6
  gui-lines-per-page gui-theme gui-wireless-opensecurity honor-df hostname igmp-state-limit interval
  ip-src-port-range ips-affinity ipsec-asic-offload ipsec-hmac-offload ipsec-soft-dec-async ipv6-accept-dad
  ipv6-allow-anycast-probe language ldapconntimeout lldp-transmission log-ssl-connection log-uuid
  login-timestamp long-vdom-name management-vdom max-dlpstat-memory max-route-cache-size mc-ttl-notchange
  memory-use-threshold-extreme memory-use-threshold-green memory-use-threshold-red miglog-affinity
  miglogd-children multi-factor-authentication multicast-forward ndp-max-entry per-user-bwl
  policy-auth-concurrent post-login-banner pre-login-banner private-data-encryption proxy-auth-lifetime
  proxy-auth-lifetime-timeout proxy-auth-timeout proxy-cipher-hardware-acceleration
  proxy-kxp-hardware-acceleration proxy-re-authentication-mode proxy-worker-count radius-port
  reboot-upon-config-restore refresh remoteauthtimeout reset-sessionless-tcp restart-time
  revision-backup-on-logout revision-image-auto-backup scanunit-count security-rating-result-submission
  security-rating-run-on-schedule send-pmtu-icmp snat-route-change special-file-23-support ssd-trim-date ssd-trim-freq
  ssd-trim-hour ssd-trim-min ssd-trim-weekday ssh-cbc-cipher
  ssh-hmac-md5 ssh-kex-sha1 ssl-min-proto-version ssl-static-key-ciphers sslvpn-cipher-hardware-acceleration
  sslvpn-kxp-hardware-acceleration sslvpn-max-worker-count sslvpn-plugin-version-check
  strict-dirty-session-check strong-crypto switch-controller switch-controller-reserved-network
  sys-perf-log-interval tcp-halfclose-timer tcp-halfopen-timer tcp-option tcp-timewait-timer tftp timezone
  tp-mc-skip-policy traffic-priority traffic-priority-level two-factor-email-expiry two-factor-fac-expiry
  two-factor-ftk-expiry two-factor-ftm-expiry two-factor-sms-expiry udp-idle-timer user-server-cert
  vdom-admin vip-arp-range virtual-server-count virtual-server-hardware-acceleration wad-affinity
  wad-csvc-cs-count wad-csvc-db-count wad-source-affinity wad-worker-count wifi-ca-certificate
  wifi-certificate wimax-4g-usb wireless-controller wireless-controller-port`
  .split(/\s+/)
  .filter(Boolean);
