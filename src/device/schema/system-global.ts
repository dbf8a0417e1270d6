import { featureToggles } from './feature-visibility';
import { field, toggle, type FieldDef, type TableSchema } from './types';

/**
 * 6.0 handbook, "Text strings": "There is a different character limitation for VDOM names and hostnames.
 * The only valid characters are numbers (0-9), letters (a-z, A-Z), and special characters - (dash) and
 * _ (underscore)." (docs.fortinet.com/document/fortigate/6.0.5/handbook/932330/text-strings); the 6.0 CLI
 * reference gives `set hostname {string}` size[35].
 */
export const hostnameCharset = {
  allowed: /^[A-Za-z0-9_-]+$/,
  message: 'hostname may contain only letters, digits, - and _',
};

/**
 * The 88 time zone numbers of 6.0 in the device's own order (by UTC offset, so `81` follows `05`), as
 * both 6.0 modules list them: ansible/ansible `lib/ansible/modules/network/fortios/fortios_system_global.py`
 * ("Tested with FOS v6.0.2") and coll-test/fortinet.fortios `plugins/modules/fortios_system_global.py`
 * ("Tested with FOS v6.0.5"). docs/fortios-6.0.md §4.6.
 */
const timezones = [
  ...'01 02 03 04 05 81 06 07 08 09 10 11 12 13 74 14 77 15 87 16 17 18 19 20 75 21 22 23 24 80 79 25'.split(
    ' ',
  ),
  ...'26 27 28 78 29 30 31 32 33 34 35 36 37 38 83 84 40 85 41 42 43 39 44 46 47 51 48 45 49 50 52 53'.split(
    ' ',
  ),
  ...'54 55 56 57 58 59 60 62 63 61 64 65 66 67 68 69 70 71 72 00 82 73 86 76'.split(' '),
];

const ed = ['enable', 'disable'] as const;
const de = ['disable', 'enable'] as const;
const opt = (name: string, options: readonly string[], def: string, help: string): FieldDef =>
  field(name, { kind: 'option', options }, def, help);
const int = (name: string, min: number, max: number, def: number, help: string): FieldDef =>
  field(name, { kind: 'integer', min, max }, def, help);
const str = (name: string, maxLength: number, def: string, help: string): FieldDef =>
  field(name, { kind: 'string', maxLength }, def, help);
/** 6.0's range for an integer key whose help names no bounds. */
const U32 = 4294967295;

/**
 * The keys of 6.0's `config system global` that no screen of fgsim shows: stored, validated and printed
 * by every door. Key, options and help: the 6.0.2 module (ansible/ansible
 * `lib/ansible/modules/network/fortios/fortios_system_global.py` at 28342bf, "Tested with FOS v6.0.2"),
 * whose help is the device's own text. Bounds and defaults: the help's `(min - max, default = N)` where it
 * says them; Fortinet's KB 197339 for the two authentication ports (1000, 1003: the help's 80/443 are
 * the admin ports' words); the rest are Decisions (docs/fortios-6.0.md §4.6.2).
 */
const unshownKeys: readonly FieldDef[] = [
  int(
    'admin-console-timeout',
    0,
    300,
    0,
    'Console login timeout that overrides the admintimeout value. (15 - 300 seconds) (15 seconds to 5 minutes). 0 the default, disables this timeout.',
  ),
  opt(
    'admin-https-pki-required',
    ed,
    'disable',
    'Enable/disable admin login method. Enable to force administrators to provide a valid certificate to log in if PKI is enabled. Disable to allow administrators to log in with a certificate or password.',
  ),
  field(
    'admin-https-ssl-versions',
    { kind: 'multi-option', options: ['tlsv1-0', 'tlsv1-1', 'tlsv1-2'] },
    'tlsv1-1 tlsv1-2',
    'Allowed TLS versions for web administration.',
  ),
  int(
    'admin-login-max',
    1,
    100,
    100,
    'Maximum number of administrators who can be logged in at the same time (1 - 100, default = 100)',
  ),
  opt(
    'admin-maintainer',
    ed,
    'enable',
    'Enable/disable maintainer administrator login. When enabled, the maintainer account can be used to log in from the console after a hard reboot. The password is "bcpb" followed by the FortiGate unit serial number. You have limited time to complete this login.',
  ),
  opt(
    'admin-restrict-local',
    ed,
    'disable',
    'Enable/disable local admin authentication restriction when remote authenticator is up and running. (default = disable)',
  ),
  opt(
    'admin-scp',
    ed,
    'disable',
    'Enable/disable using SCP to download the system configuration. You can use SCP as an alternative method for backing up the configuration.',
  ),
  // 6.0's default, `self-sign`, is no row of fgsim's `vpn certificate local`: a string (Decision, §4.6.2).
  str(
    'admin-server-cert',
    35,
    'self-sign',
    'Server certificate that the FortiGate uses for HTTPS administrative connections.',
  ),
  int(
    'admin-ssh-grace-time',
    10,
    3600,
    120,
    'Maximum time in seconds permitted between making an SSH connection to the FortiGate unit and authenticating (10 - 3600 sec (1 hour), default 120).',
  ),
  opt('admin-ssh-password', ed, 'enable', 'Enable/disable password authentication for SSH admin access.'),
  opt('admin-ssh-v1', ed, 'disable', 'Enable/disable SSH v1 compatibility.'),
  int('admin-telnet-port', 1, 65535, 23, 'Administrative access port for TELNET. (1 - 65535, default = 23).'),
  opt(
    'allow-traffic-redirect',
    ed,
    'enable',
    'Disable to allow traffic to be routed back on a different interface.',
  ),
  opt(
    'anti-replay',
    ['disable', 'loose', 'strict'],
    'strict',
    'Level of checking for packet replay and TCP sequence checking.',
  ),
  int(
    'arp-max-entry',
    131072,
    2147483647,
    131072,
    'Maximum number of dynamically learned MAC addresses that can be added to the ARP table (131072 - 2147483647, default = 131072).',
  ),
  opt('asymroute', ed, 'disable', 'Enable/disable asymmetric route.'),
  field(
    'auth-cert',
    { kind: 'reference', table: 'vpn certificate local' },
    'Fortinet_Factory',
    'Server certificate that the FortiGate uses for HTTPS firewall authentication connections.',
  ),
  int('auth-http-port', 1, 65535, 1000, 'User authentication HTTP port. (1 - 65535, default = 80).'),
  int('auth-https-port', 1, 65535, 1003, 'User authentication HTTPS port. (1 - 65535, default = 443).'),
  opt(
    'auth-keepalive',
    ed,
    'disable',
    'Enable to prevent user authentication sessions from timing out when idle.',
  ),
  opt(
    'auth-session-limit',
    ['block-new', 'logout-inactive'],
    'block-new',
    'Action to take when the number of allowed user authenticated sessions is reached.',
  ),
  opt(
    'auto-auth-extension-device',
    ed,
    'enable',
    'Enable/disable automatic authorization of dedicated Fortinet extension devices.',
  ),
  str(
    'av-affinity',
    79,
    '0',
    'Affinity setting for AV scanning (hexadecimal value up to 256 bits in the format of xxxxxxxxxxxxxxxx).',
  ),
  opt(
    'av-failopen',
    ['pass', 'off', 'one-shot'],
    'pass',
    'Set the action to take if the FortiGate is running low on memory or the proxy connection limit has been reached.',
  ),
  opt(
    'av-failopen-session',
    ed,
    'disable',
    'When enabled and a proxy for a protocol runs out of room in its session table, that protocol goes into failopen mode and enacts the action specified by av-failopen.',
  ),
  opt(
    'batch-cmdb',
    ed,
    'enable',
    'Enable/disable batch mode, allowing you to enter a series of CLI commands that will execute as a group once they are loaded.',
  ),
  int(
    'block-session-timer',
    1,
    300,
    30,
    'Duration in seconds for blocked sessions (1 - 300 sec  (5 minutes), default = 30).',
  ),
  int('br-fdb-max-entry', 0, U32, 8192, 'Maximum number of bridge forwarding database (FDB) entries.'),
  int(
    'cert-chain-max',
    0,
    U32,
    8,
    'Maximum number of certificates that can be traversed in a certificate chain.',
  ),
  int('cfg-revert-timeout', 0, U32, 600, 'Time-out for reverting to the last saved configuration.'),
  opt(
    'cfg-save',
    ['automatic', 'manual', 'revert'],
    'automatic',
    'Configuration file save mode for CLI changes.',
  ),
  opt(
    'check-protocol-header',
    ['loose', 'strict'],
    'loose',
    'Level of checking performed on protocol headers. Strict checking is more thorough but may affect performance. Loose checking is ok in most cases.',
  ),
  opt(
    'check-reset-range',
    ['strict', 'disable'],
    'disable',
    'Configure ICMP error message verification. You can either apply strict RST range checking or disable it.',
  ),
  opt('cli-audit-log', ed, 'disable', 'Enable/disable CLI audit log.'),
  opt(
    'clt-cert-req',
    ed,
    'disable',
    'Enable/disable requiring administrators to have a client certificate to log into the GUI using HTTPS.',
  ),
  opt('compliance-check', ed, 'enable', 'Enable/disable global PCI DSS compliance check.'),
  str('compliance-check-time', 8, '', 'Time of day to run scheduled PCI DSS compliance checks.'),
  int(
    'cpu-use-threshold',
    50,
    99,
    90,
    'Threshold at which CPU usage is reported. (% of total CPU, default = 90).',
  ),
  opt(
    'csr-ca-attribute',
    ed,
    'enable',
    'Enable/disable the CA attribute in certificates. Some CA servers reject CSRs that have the CA attribute.',
  ),
  opt(
    'daily-restart',
    ed,
    'disable',
    'Enable/disable daily restart of FortiGate unit. Use the restart-time option to set the time of day for the restart.',
  ),
  int(
    'device-identification-active-scan-delay',
    20,
    3600,
    90,
    'Number of seconds to passively scan a device before performing an active scan. (20 - 3600 sec, (20 sec to 1 hour), default = 90).',
  ),
  int(
    'device-idle-timeout',
    30,
    31536000,
    300,
    'Time in seconds that a device must be idle to automatically log the device user out. (30 - 31536000 sec (30 sec to 1 year), default = 300).',
  ),
  opt(
    'dh-params',
    ['1024', '1536', '2048', '3072', '4096', '6144', '8192'],
    '2048',
    'Number of bits to use in the Diffie-Hellman exchange for HTTPS/SSH protocols.',
  ),
  opt('dst', ed, 'enable', 'Enable/disable daylight saving time.'),
  opt(
    'endpoint-control-fds-access',
    ed,
    'enable',
    'Enable/disable access to the FortiGuard network for non-compliant endpoints.',
  ),
  int('endpoint-control-portal-port', 1, 65535, 8009, 'Endpoint control portal port (1 - 65535).'),
  int('failtime', 0, U32, 5, 'Fail-time for server lost.'),
  opt(
    'fds-statistics',
    ed,
    'enable',
    "Enable/disable sending IPS, Application Control, and AntiVirus data to FortiGuard. This data is used to improve FortiGuard services and is not shared with external parties and is protected by Fortinet's privacy policy.",
  ),
  int(
    'fds-statistics-period',
    1,
    1440,
    60,
    'FortiGuard statistics collection period in minutes. (1 - 1440 min (1 min to 24 hours), default = 60).',
  ),
  field(
    'fgd-alert-subscription',
    {
      kind: 'multi-option',
      options: [
        'advisory',
        'latest-threat',
        'latest-virus',
        'latest-attack',
        'new-antivirus-db',
        'new-attack-db',
      ],
    },
    '',
    'Type of alert to retrieve from FortiGuard.',
  ),
  opt('fortiextender', ed, 'disable', 'Enable/disable FortiExtender.'),
  int(
    'fortiextender-data-port',
    1024,
    49150,
    25246,
    'FortiExtender data port (1024 - 49150, default = 25246).',
  ),
  opt('fortiextender-vlan-mode', ed, 'disable', 'Enable/disable FortiExtender VLAN mode.'),
  int(
    'fortiservice-port',
    1,
    65535,
    8013,
    'FortiService port (1 - 65535, default = 8013). Used by FortiClient endpoint compliance. Older versions of FortiClient used a different port.',
  ),
  opt('gui-custom-language', ed, 'disable', 'Enable/disable custom languages in GUI.'),
  opt(
    'gui-date-format',
    ['yyyy/MM/dd', 'dd/MM/yyyy', 'MM/dd/yyyy', 'yyyy-MM-dd', 'dd-MM-yyyy', 'MM-dd-yyyy'],
    'yyyy/MM/dd',
    'Default date format used throughout GUI.',
  ),
  str(
    'gui-device-latitude',
    19,
    '',
    'Add the latitude of the location of this FortiGate to position it on the Threat Map.',
  ),
  str(
    'gui-device-longitude',
    19,
    '',
    'Add the longitude of the location of this FortiGate to position it on the Threat Map.',
  ),
  opt(
    'gui-display-hostname',
    ed,
    'disable',
    "Enable/disable displaying the FortiGate's hostname on the GUI login page.",
  ),
  int('gui-lines-per-page', 20, 1000, 50, 'Number of lines to display per page for web administration.'),
  opt('gui-wireless-opensecurity', ed, 'disable', 'Enable/disable wireless open security option on the GUI.'),
  opt('honor-df', ed, 'enable', "Enable/disable honoring of Don't-Fragment (DF) flag."),
  int(
    'igmp-state-limit',
    96,
    64000,
    3200,
    'Maximum number of IGMP memberships (96 - 64000, default = 3200).',
  ),
  int('interval', 0, U32, 5, 'Dead gateway detection interval.'),
  str(
    'ip-src-port-range',
    11,
    '1024-25000',
    'IP source port range used for traffic originating from the FortiGate unit.',
  ),
  str(
    'ips-affinity',
    79,
    '0',
    'Affinity setting for IPS (hexadecimal value up to 256 bits in the format of xxxxxxxxxxxxxxxx; allowed CPUs must be less than total number of IPS engine daemons).',
  ),
  opt(
    'ipsec-asic-offload',
    ed,
    'enable',
    'Enable/disable ASIC offloading (hardware acceleration) for IPsec VPN traffic. Hardware acceleration can offload IPsec VPN sessions and accelerate encryption and decryption.',
  ),
  opt(
    'ipsec-hmac-offload',
    ed,
    'enable',
    'Enable/disable offloading (hardware acceleration) of HMAC processing for IPsec VPN.',
  ),
  opt(
    'ipsec-soft-dec-async',
    ed,
    'disable',
    'Enable/disable software decryption asynchronization (using multiple CPUs to do decryption) for IPsec VPN traffic.',
  ),
  int('ipv6-accept-dad', 0, 2, 1, 'Enable/disable acceptance of IPv6 Duplicate Address Detection (DAD).'),
  opt('ipv6-allow-anycast-probe', ed, 'enable', 'Enable/disable IPv6 address probe through Anycast.'),
  opt(
    'language',
    ['english', 'french', 'spanish', 'portuguese', 'japanese', 'trach', 'simch', 'korean'],
    'english',
    'GUI display language.',
  ),
  int(
    'ldapconntimeout',
    0,
    U32,
    500,
    'Global timeout for connections with remote LDAP servers in milliseconds (0 - 4294967295, default 500).',
  ),
  opt(
    'lldp-transmission',
    ed,
    'disable',
    'Enable/disable Link Layer Discovery Protocol (LLDP) transmission.',
  ),
  opt('log-ssl-connection', ed, 'disable', 'Enable/disable logging of SSL connection events.'),
  opt(
    'log-uuid',
    ['disable', 'policy-only', 'extended'],
    'policy-only',
    'Whether UUIDs are added to traffic logs. You can disable UUIDs, add firewall policy UUIDs to traffic logs, or add all UUIDs to traffic logs.',
  ),
  opt('login-timestamp', ed, 'disable', 'Enable/disable login time recording.'),
  opt('long-vdom-name', ed, 'disable', 'Enable/disable long VDOM name support.'),
  // `system vdom` is not modelled (there is one VDOM, root): a string (Decision, §4.6.2).
  str('management-vdom', 31, 'root', 'Management virtual domain name.'),
  int('max-dlpstat-memory', 0, U32, 0, 'Maximum DLP stat memory (0 - 4294967295).'),
  int('max-route-cache-size', 0, 2147483647, 0, 'Maximum number of IP route cache entries (0 - 2147483647).'),
  opt('mc-ttl-notchange', ed, 'disable', 'Enable/disable no modification of multicast TTL.'),
  int(
    'memory-use-threshold-extreme',
    70,
    97,
    95,
    'Threshold at which memory usage is considered extreme (new sessions are dropped) (% of total RAM, default = 95).',
  ),
  int(
    'memory-use-threshold-green',
    70,
    97,
    82,
    'Threshold at which memory usage forces the FortiGate to exit conserve mode (% of total RAM, default = 82).',
  ),
  int(
    'memory-use-threshold-red',
    70,
    97,
    88,
    'Threshold at which memory usage forces the FortiGate to enter conserve mode (% of total RAM, default = 88).',
  ),
  str(
    'miglog-affinity',
    19,
    '0',
    'Affinity setting for logging (64-bit hexadecimal value in the format of xxxxxxxxxxxxxxxx).',
  ),
  int(
    'miglogd-children',
    0,
    15,
    0,
    'Number of logging (miglogd) processes to be allowed to run. Higher number can reduce performance; lower number can slow log processing time. No logs will be dropped or lost if the number is changed.',
  ),
  opt(
    'multi-factor-authentication',
    ['optional', 'mandatory'],
    'optional',
    'Enforce all login methods to require an additional authentication factor (default = optional).',
  ),
  opt('multicast-forward', ed, 'enable', 'Enable/disable multicast forwarding.'),
  int(
    'ndp-max-entry',
    0,
    2147483647,
    0,
    'Maximum number of NDP table entries (set to 65,536 or higher; if set to 0, kernel holds 65,536 entries).',
  ),
  opt('per-user-bwl', ed, 'disable', 'Enable/disable per-user black/white list filter.'),
  int(
    'policy-auth-concurrent',
    0,
    100,
    0,
    'Number of concurrent firewall use logins from the same user (1 - 100, default = 0 means no limit).',
  ),
  opt(
    'post-login-banner',
    de,
    'disable',
    'Enable/disable displaying the administrator access disclaimer message after an administrator successfully logs in.',
  ),
  opt(
    'pre-login-banner',
    ed,
    'disable',
    'Enable/disable displaying the administrator access disclaimer message on the login page before an administrator logs in.',
  ),
  opt(
    'private-data-encryption',
    de,
    'disable',
    'Enable/disable private data encryption using an AES 128-bit key.',
  ),
  opt(
    'proxy-auth-lifetime',
    ed,
    'disable',
    'Enable/disable authenticated users lifetime control.  This is a cap on the total time a proxy user can be authenticated for after which re-authentication will take place.',
  ),
  int(
    'proxy-auth-lifetime-timeout',
    5,
    65535,
    480,
    'Lifetime timeout in minutes for authenticated users (5  - 65535 min, default=480 (8 hours)).',
  ),
  int(
    'proxy-auth-timeout',
    1,
    3600,
    300,
    'Authentication timeout in minutes for authenticated users (1 - 3600 sec, default = 300).',
  ),
  opt(
    'proxy-cipher-hardware-acceleration',
    de,
    'enable',
    'Enable/disable using content processor (CP8 or CP9) hardware acceleration to encrypt and decrypt IPsec and SSL traffic.',
  ),
  opt(
    'proxy-kxp-hardware-acceleration',
    de,
    'enable',
    'Enable/disable using the content processor to accelerate KXP traffic.',
  ),
  opt(
    'proxy-re-authentication-mode',
    ['session', 'traffic', 'absolute'],
    'session',
    'Control if users must re-authenticate after a session is closed, traffic has been idle, or from the point at which the user was first created.',
  ),
  int('proxy-worker-count', 0, U32, 0, 'Proxy worker count.'),
  int('radius-port', 1, 65535, 1812, 'RADIUS service port number.'),
  opt(
    'reboot-upon-config-restore',
    ed,
    'enable',
    'Enable/disable reboot of system upon restoring configuration.',
  ),
  int('refresh', 0, U32, 0, 'Statistics refresh interval in GUI.'),
  int(
    'remoteauthtimeout',
    0,
    300,
    5,
    'Number of seconds that the FortiGate waits for responses from remote RADIUS, LDAP, or TACACS+ authentication servers. (0-300 sec, default = 5, 0 means no timeout).',
  ),
  opt(
    'reset-sessionless-tcp',
    ed,
    'disable',
    'Action to perform if the FortiGate receives a TCP packet but cannot find a corresponding session in its session table. NAT/Route mode only.',
  ),
  str('restart-time', 5, '', 'Daily restart time (hh:mm).'),
  int(
    'scanunit-count',
    0,
    U32,
    0,
    'Number of scanunits. The range and the default depend on the number of CPUs. Only available on FortiGate units with multiple CPUs.',
  ),
  opt(
    'security-rating-result-submission',
    ed,
    'enable',
    'Enable/disable the submission of Security Rating results to FortiGuard.',
  ),
  opt('security-rating-run-on-schedule', ed, 'enable', 'Enable/disable scheduled runs of Security Rating.'),
  opt(
    'send-pmtu-icmp',
    ed,
    'enable',
    'Enable/disable sending of path maximum transmission unit (PMTU) - ICMP destination unreachable packet and to support PMTUD protocol on your network to reduce fragmentation of packets.',
  ),
  opt('snat-route-change', ed, 'disable', 'Enable/disable the ability to change the static NAT route.'),
  opt(
    'special-file-23-support',
    de,
    'disable',
    'Enable/disable IPS detection of HIBUN format files when using Data Leak Protection.',
  ),
  opt('ssh-cbc-cipher', ed, 'enable', 'Enable/disable CBC cipher for SSH access.'),
  opt('ssh-hmac-md5', ed, 'enable', 'Enable/disable HMAC-MD5 for SSH access.'),
  opt('ssh-kex-sha1', ed, 'enable', 'Enable/disable SHA1 key exchange for SSH access.'),
  opt(
    'ssl-min-proto-version',
    ['SSLv3', 'TLSv1', 'TLSv1-1', 'TLSv1-2'],
    'TLSv1-2',
    'Minimum supported protocol version for SSL/TLS connections (default = TLSv1.2).',
  ),
  opt(
    'ssl-static-key-ciphers',
    ed,
    'enable',
    'Enable/disable static key ciphers in SSL/TLS connections (e.g. AES128-SHA, AES256-SHA, AES128-SHA256, AES256-SHA256).',
  ),
  opt('sslvpn-cipher-hardware-acceleration', ed, 'enable', 'Enable/disable SSL VPN hardware acceleration.'),
  opt('sslvpn-kxp-hardware-acceleration', ed, 'enable', 'Enable/disable SSL VPN KXP hardware acceleration.'),
  int(
    'sslvpn-max-worker-count',
    0,
    U32,
    0,
    'Maximum number of SSL VPN processes. Upper limit for this value is the number of CPUs and depends on the model.',
  ),
  opt(
    'sslvpn-plugin-version-check',
    ed,
    'enable',
    "Enable/disable checking browser's plugin version by SSL VPN.",
  ),
  opt(
    'strict-dirty-session-check',
    ed,
    'enable',
    'Enable to check the session against the original policy when revalidating. This can prevent dropping of redirected sessions when web-filtering and authentication are enabled together. If this option is enabled, the FortiGate unit deletes a session if a routing or policy change causes the session to no longer match the policy that originally allowed the session.',
  ),
  opt(
    'strong-crypto',
    ed,
    'enable',
    'Enable to use strong encryption and only allow strong ciphers (AES, 3DES) and digest (SHA1) for HTTPS/SSH/TLS/SSL functions.',
  ),
  opt(
    'switch-controller',
    de,
    'disable',
    'Enable/disable switch controller feature. Switch controller allows you to manage FortiSwitch from the FortiGate itself.',
  ),
  field(
    'switch-controller-reserved-network',
    { kind: 'ipv4-mask' },
    '169.254.0.0 255.255.0.0',
    'Enable reserved network subnet for controlled switches. This is available when the switch controller is enabled.',
  ),
  int(
    'sys-perf-log-interval',
    0,
    15,
    5,
    'Time in minutes between updates of performance statistics logging. (1 - 15 min, default = 5, 0 = disabled).',
  ),
  int(
    'tcp-halfclose-timer',
    1,
    86400,
    120,
    'Number of seconds the FortiGate unit should wait to close a session after one peer has sent a FIN packet but the other has not responded (1 - 86400 sec (1 day), default = 120).',
  ),
  int(
    'tcp-halfopen-timer',
    1,
    86400,
    10,
    'Number of seconds the FortiGate unit should wait to close a session after one peer has sent an open session packet but the other has not responded (1 - 86400 sec (1 day), default = 10).',
  ),
  opt('tcp-option', ed, 'enable', 'Enable SACK, timestamp and MSS TCP options.'),
  int('tcp-timewait-timer', 0, 300, 1, 'Length of the TCP TIME-WAIT state in seconds.'),
  opt('tftp', ed, 'enable', 'Enable/disable TFTP.'),
  opt('tp-mc-skip-policy', ed, 'disable', 'Enable/disable skip policy check and allow multicast through.'),
  opt(
    'traffic-priority',
    ['tos', 'dscp'],
    'tos',
    'Choose Type of Service (ToS) or Differentiated Services Code Point (DSCP) for traffic prioritization in traffic shaping.',
  ),
  opt(
    'traffic-priority-level',
    ['low', 'medium', 'high'],
    'medium',
    'Default system-wide level of priority for traffic prioritization.',
  ),
  int(
    'two-factor-email-expiry',
    30,
    300,
    60,
    'Email-based two-factor authentication session timeout (30 - 300 seconds (5 minutes), default = 60).',
  ),
  int(
    'two-factor-fac-expiry',
    10,
    3600,
    60,
    'FortiAuthenticator token authentication session timeout (10 - 3600 seconds (1 hour), default = 60).',
  ),
  int(
    'two-factor-ftk-expiry',
    60,
    600,
    60,
    'FortiToken authentication session timeout (60 - 600 sec (10 minutes), default = 60).',
  ),
  int(
    'two-factor-ftm-expiry',
    1,
    168,
    72,
    'FortiToken Mobile session timeout (1 - 168 hours (7 days), default = 72).',
  ),
  int(
    'two-factor-sms-expiry',
    30,
    300,
    60,
    'SMS-based two-factor authentication session timeout (30 - 300 sec, default = 60).',
  ),
  int(
    'udp-idle-timer',
    1,
    86400,
    60,
    'UDP connection session timeout. This command can be useful in managing CPU and memory resources (1 - 86400 seconds (1 day), default = 60).',
  ),
  field(
    'user-server-cert',
    { kind: 'reference', table: 'vpn certificate local' },
    'Fortinet_Factory',
    'Certificate to use for https user authentication.',
  ),
  opt('vdom-admin', ed, 'disable', 'Enable/disable support for multiple virtual domains (VDOMs).'),
  opt(
    'vip-arp-range',
    ['unlimited', 'restricted'],
    'restricted',
    'Controls the number of ARPs that the FortiGate sends for a Virtual IP (VIP) address range.',
  ),
  int(
    'virtual-server-count',
    0,
    U32,
    0,
    'Maximum number of virtual server processes to create. The maximum is the number of CPU cores. This is not available on single-core CPUs.',
  ),
  opt(
    'virtual-server-hardware-acceleration',
    de,
    'enable',
    'Enable/disable virtual server hardware acceleration.',
  ),
  str(
    'wad-affinity',
    79,
    '0',
    'Affinity setting for wad (hexadecimal value up to 256 bits in the format of xxxxxxxxxxxxxxxx).',
  ),
  int('wad-csvc-cs-count', 0, U32, 1, 'Number of concurrent WAD-cache-service object-cache processes.'),
  int('wad-csvc-db-count', 0, U32, 0, 'Number of concurrent WAD-cache-service byte-cache processes.'),
  opt(
    'wad-source-affinity',
    de,
    'enable',
    'Enable/disable dispatching traffic to WAD workers based on source affinity.',
  ),
  int(
    'wad-worker-count',
    0,
    U32,
    0,
    'Number of explicit proxy WAN optimization daemon (WAD) processes. By default WAN optimization, explicit proxy, and web caching is handled by all of the CPU cores in a FortiGate unit.',
  ),
  // `vpn certificate ca` is not modelled, and 6.0's `Fortinet_Wifi` is no row of fgsim's local
  // certificates: both strings (Decision, §4.6.2).
  str('wifi-ca-certificate', 79, 'Fortinet_Wifi_CA', 'CA certificate that verifies the WiFi certificate.'),
  str('wifi-certificate', 35, 'Fortinet_Wifi', 'Certificate to use for WiFi authentication.'),
  opt('wimax-4g-usb', ed, 'disable', 'Enable/disable comparability with WiMAX 4G USB devices.'),
  opt(
    'wireless-controller',
    ed,
    'enable',
    'Enable/disable the wireless controller feature to use the FortiGate unit to manage FortiAPs.',
  ),
  int(
    'wireless-controller-port',
    1024,
    49150,
    5246,
    'Port used for the control channel in wireless controller mode (wireless-mode is ac). The data channel port is the control channel port number plus one (1024 - 49150, default = 5246).',
  ),
];

/**
 * The seven keys the 6.0.5 module has and the 6.0.2 one lacks (coll-test/fortinet.fortios
 * `plugins/modules/fortios_system_global.py`, "Tested with FOS v6.0.5": their help, which drops the
 * device's `default = …` parts). The collection's per-version data gives each of them a range that
 * starts at v6.0.0 (fortinet-ansible-dev/ansible-galaxy-fortios-sphinxdoc `gen/fortios_system_global.rst`:
 * `admin_hsts_max_age`, `dnsproxy_worker_count` "v6.0.0 -> 8.0.0", `ssd_trim_*` "v6.0.0 -> v7.4.1"), so
 * 6.0.4 has them. Bounds and defaults: real units' schema answers, 6.2.7 on (poroping/terraform-provider-
 * fortios `v2/codegen/apischema/auto-merge/system_global.json`); `dnsproxy-worker-count`'s are a
 * Decision (docs/fortios-6.0.md §4.6.2).
 */
const keysOf605: readonly FieldDef[] = [
  int(
    'admin-hsts-max-age',
    0,
    2147483647,
    15552000,
    'HTTPS Strict-Transport-Security header max-age in seconds. A value of 0 will reset any HSTS records in the browser.When admin-https-redirect is disabled the header max-age will be 0.',
  ),
  int('dnsproxy-worker-count', 1, U32, 1, 'DNS proxy worker count.'),
  int('ssd-trim-date', 1, 31, 1, 'Date within a month to run ssd trim.'),
  opt(
    'ssd-trim-freq',
    ['never', 'hourly', 'daily', 'weekly', 'monthly'],
    'weekly',
    'How often to run SSD Trim . SSD Trim prevents SSD drive data loss by finding and isolating errors.',
  ),
  int('ssd-trim-hour', 0, 23, 1, 'Hour of the day on which to run SSD Trim (0 - 23).'),
  int('ssd-trim-min', 0, 60, 60, 'Minute of the hour on which to run SSD Trim (0 - 59, 60 for random).'),
  opt(
    'ssd-trim-weekday',
    ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
    'sunday',
    'Day of week to run SSD Trim.',
  ),
];

export const systemGlobal: TableSchema = {
  path: 'system global',
  kind: 'single',
  scope: 'global',
  help: 'Configure global attributes.',
  // Help: the device's own text as the 6.0.2 module transcribes it (ansible/ansible
  // `lib/ansible/modules/network/fortios/fortios_system_global.py`, commit 28342bf, "Tested with FOS
  // v6.0.2"; the 6.0.5 module prints the same words less each `, default = …`). docs/fortios-6.0.md §4.6.
  // 6.0 prints `system global` in name order (`set admin-ssh-port`, `set alias`, `set hostname`, …
  // `set timezone` in backups; docs/fortios-6.0.md §3.1), so `set hostname` follows `set alias`.
  fields: [
    // Both before `hostname`, as `get system global` lists them (PowerFGT's README, a 6.x unit's
    // output: `revision-image-auto-backup : disable`, `revision-backup-on-logout : disable`).
    toggle(
      'revision-image-auto-backup',
      'disable',
      'Enable/disable back-up of the latest configuration revision after the firmware is upgraded.',
    ),
    toggle(
      'revision-backup-on-logout',
      'disable',
      'Enable/disable back-up of the latest configuration revision when an administrator logs out of the CLI or GUI.',
    ),
    field(
      'hostname',
      { kind: 'name', maxLength: 35, charset: hostnameCharset },
      'FGT60E',
      "FortiGate unit's hostname. Most models will truncate names longer than 24 characters. Some models support hostnames up to 35 characters.",
      // Every backup's `config system global` has its `set hostname` line (docs/fortios-6.0.md §3.1).
      { label: 'Hostname', alwaysShown: true },
    ),
    field('alias', { kind: 'string', maxLength: 35 }, '', 'Alias for your FortiGate unit.'),
    field(
      'admin-sport',
      { kind: 'integer', min: 1, max: 65535 },
      443,
      'Administrative access port for HTTPS. (1 - 65535, default = 443).',
      { label: 'HTTPS port' },
    ),
    field(
      'admin-port',
      { kind: 'integer', min: 1, max: 65535 },
      80,
      'Administrative access port for HTTP. (1 - 65535, default = 80).',
      { label: 'HTTP port' },
    ),
    field(
      'admin-ssh-port',
      { kind: 'integer', min: 1, max: 65535 },
      22,
      'Administrative access port for SSH. (1 - 65535, default = 22).',
    ),
    field(
      'admintimeout',
      { kind: 'integer', min: 1, max: 480 },
      5,
      'Number of minutes before an idle administrator session times out (5 - 480 minutes (8 hours), default = 5). A shorter idle timeout is more secure.',
      { label: 'Idle timeout' },
    ),
    field(
      'admin-lockout-threshold',
      { kind: 'integer', min: 1, max: 10 },
      3,
      'Number of failed login attempts before an administrator account is locked out for the admin-lockout-duration.',
    ),
    field(
      'admin-lockout-duration',
      { kind: 'integer', min: 1, max: 2147483647 },
      60,
      'Amount of time in seconds that an administrator account is locked out after reaching the admin-lockout-threshold for repeated failed login attempts.',
    ),
    field(
      'admin-concurrent',
      { kind: 'option', options: ['enable', 'disable'] },
      'enable',
      'Enable/disable concurrent administrator logins. (Use policy-auth-concurrent for firewall authenticated users.)',
    ),
    field(
      'timezone',
      { kind: 'option', options: timezones },
      '04',
      'Number corresponding to your time zone from 00 to 86. Enter set timezone ? to view the list of time zones and the numbers that represent them.',
    ),
    field(
      'gui-theme',
      { kind: 'option', options: ['green', 'red', 'blue', 'melongene', 'mariner'] },
      'green',
      'Color scheme for the administration GUI.',
      { label: 'Theme' },
    ),
    toggle(
      'admin-https-redirect',
      'enable',
      'Enable/disable redirection of HTTP administration access to HTTPS.',
    ),
    ...featureToggles
      .filter((f) => f.table === 'system global')
      .map((f) => toggle(f.key, f.default, f.help, f.label)),
    ...unshownKeys,
    ...keysOf605,
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
};
