/**
 * Fidelity to real 6.0 output (issue 13), for the tables `fidelity.test.ts` does not cover: `show` and
 * `show full-configuration` of each, line by line, against expectations written from real material.
 * Each expectation names its source; where the source is a listing (a CLI reference's syntax block, a
 * provider's argument list) rather than a unit's output, the comment says so. docs/fortios-6.0.md §4.8
 * records what was checked and what is left.
 *
 * The backup quoted most is a FortiGate 40F's, `#config-version=FGT40F-6.0.6-FW-build0272-191025`
 * (a public provisioning template made from a real backup, found with code search for
 * `edit "Fortinet_CA_Untrusted"`): a 6.0 unit's `show` form, non-default lines only.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../clock';
import type { Device } from '../config';
import { buildScenario } from '../scenarios';
import type { CliSession } from './cli-session';
import { cliUnderTest } from '../../test/cli-under-test';

let device: Device;
let cli: CliSession;

function fresh(scenario: Parameters<typeof buildScenario>[0]): void {
  device = buildScenario(scenario, new FixedClock());
  cli = cliUnderTest(
    () => device,
    (next) => (device = next),
  );
}

const show = (command: string): string[] => cli.run(command).output.split('\n');

/** Types `lines` into the CLI, each one accepted (a refusal fails the test). */
function type(...lines: string[]): void {
  for (const line of lines) expect(cli.run(line).output, line).toBe('');
}

beforeEach(() => fresh('telemetry-on'));

describe('config system settings', () => {
  it('show prints only what differs: inspection-mode flow, as a 6.0.6 unit prints it (proxy is the default)', () => {
    expect(show('show system settings')).toEqual(['config system settings', 'end']);
    type('config system settings', 'set inspection-mode flow', 'end');
    // The 6.0.6 backup: `config system settings` / `set inspection-mode flow` / `end`.
    expect(show('show system settings')).toEqual([
      'config system settings',
      '    set inspection-mode flow',
      'end',
    ]);
  });

  it('show full-configuration: comments, opmode, inspection-mode, then the gui-* keys in the device order', () => {
    // Order: `comments`, `opmode`, `inspection-mode` first (the 6.0.0 CLI reference's listing,
    // docs.fortinet.com/document/fortigate/6.0.0/cli-reference/726496, and 6.2.9's, …/19620); the
    // `gui-*` keys in terraform's `fortios_system_settings` argument order (fortinetdev/
    // terraform-provider-fortios `website/docs/r/fortios_system_settings.html.markdown`: `gui-icap`,
    // `gui-nat46-64`, `gui-implicit-policy`, … `gui-policy-learning`) — both listings, not output.
    // Defaults: docs/fortios-6.0.md §4.4 and §6. An empty string prints `''`, as real
    // full-configuration prints `set localid ''` (the phase1 outputs quoted below); the empty column
    // list `unset`, a Decision.
    const gui = (key: string, value: 'enable' | 'disable'): string => `    set gui-${key} ${value}`;
    expect(show('show full-configuration system settings')).toEqual([
      'config system settings',
      "    set comments ''",
      '    set opmode nat',
      '    set inspection-mode proxy',
      '    unset gui-default-policy-columns',
      gui('icap', 'disable'),
      gui('nat46-64', 'disable'),
      gui('implicit-policy', 'enable'),
      gui('dns-database', 'disable'),
      gui('load-balance', 'disable'),
      gui('multicast-policy', 'disable'),
      gui('dos-policy', 'enable'),
      gui('object-colors', 'enable'),
      gui('replacement-message-groups', 'disable'),
      gui('voip-profile', 'disable'),
      gui('ap-profile', 'enable'),
      gui('dynamic-profile-display', 'disable'),
      gui('local-in-policy', 'disable'),
      gui('local-reports', 'disable'),
      gui('wanopt-cache', 'disable'),
      gui('explicit-proxy', 'disable'),
      gui('dynamic-routing', 'enable'),
      gui('dlp', 'disable'),
      gui('sslvpn-personal-bookmarks', 'disable'),
      gui('sslvpn-realms', 'disable'),
      gui('policy-based-ipsec', 'disable'),
      gui('threat-weight', 'enable'),
      gui('multiple-utm-profiles', 'disable'),
      gui('spamfilter', 'disable'),
      gui('application-control', 'enable'),
      gui('ips', 'enable'),
      gui('endpoint-control', 'disable'),
      gui('endpoint-control-advanced', 'disable'),
      gui('dhcp-advanced', 'enable'),
      gui('vpn', 'enable'),
      gui('wireless-controller', 'enable'),
      gui('switch-controller', 'enable'),
      gui('fortiap-split-tunneling', 'disable'),
      gui('webfilter-advanced', 'disable'),
      gui('traffic-shaping', 'enable'),
      gui('wan-load-balancing', 'enable'),
      gui('antivirus', 'enable'),
      gui('webfilter', 'enable'),
      gui('dnsfilter', 'enable'),
      gui('waf-profile', 'disable'),
      gui('fortiextender-controller', 'disable'),
      gui('advanced-policy', 'disable'),
      gui('allow-unnamed-policy', 'disable'),
      gui('email-collection', 'disable'),
      gui('domain-ip-reputation', 'disable'),
      gui('multiple-interface-policy', 'disable'),
      gui('policy-learning', 'disable'),
      'end',
    ]);
  });

  it('show prints changed gui-* keys in the device order too', () => {
    type('config system settings', 'set gui-endpoint-control enable', 'set gui-icap enable', 'end');
    expect(show('show system settings')).toEqual([
      'config system settings',
      '    set gui-icap enable',
      '    set gui-endpoint-control enable',
      'end',
    ]);
  });
});

describe('config endpoint-control profile', () => {
  // The 6.0.6 backup's factory profile: its three sub-objects print as empty blocks, in `show` too.
  const factoryProfile = [
    'config endpoint-control profile',
    '    edit "default"',
    '        config forticlient-winmac-settings',
    '        end',
    '        config forticlient-android-settings',
    '        end',
    '        config forticlient-ios-settings',
    '        end',
    '    next',
    'end',
  ];

  it('show of the factory profile is its three empty sub-object blocks', () => {
    expect(show('show endpoint-control profile')).toEqual(factoryProfile);
    fresh('factory-default');
    expect(show('show endpoint-control profile')).toEqual(factoryProfile);
  });

  it('show prints a changed value inside its sub-object block, the others stay empty', () => {
    type(
      'config endpoint-control profile',
      'edit "default"',
      'config forticlient-winmac-settings',
      'set forticlient-wf-profile "default"',
      'end',
      'end',
    );
    // A FortiManager install preview of a 6.0-era unit prints the same block for this change:
    // `config endpoint-control profile` / `edit "default"` / `config forticlient-winmac-settings` /
    // `set forticlient-wf-profile "default"` / `end` / `next` / `end` (the RETURN sample of an
    // ansible module `fortimgr_install`, found with code search for `config endpoint-control profile`).
    expect(show('show endpoint-control profile')).toEqual([
      'config endpoint-control profile',
      '    edit "default"',
      '        config forticlient-winmac-settings',
      '            set forticlient-wf-profile "default"',
      '        end',
      '        config forticlient-android-settings',
      '        end',
      '        config forticlient-ios-settings',
      '        end',
      '    next',
      'end',
    ]);
  });

  it('show full-configuration: every key, in the device order, sub-tables as empty blocks', () => {
    // Order and defaults: terraform's `fortios_endpointcontrol_profile` argument list (a listing, whose
    // order is the device's; docs/fortios-6.0.md §4.5), keys and options the 6.0.5 module's. Empty
    // sub-tables print as `config …` / `end` in full-configuration (a Decision: no real 6.0
    // full-configuration of this table was found).
    expect(show('show full-configuration endpoint-control profile')).toEqual([
      'config endpoint-control profile',
      '    edit "default"',
      '        config forticlient-winmac-settings',
      '            set forticlient-registration-compliance-action warning',
      '            set forticlient-ems-compliance disable',
      '            set forticlient-ems-compliance-action warning',
      '            unset forticlient-ems-entries',
      '            set forticlient-security-posture disable',
      '            set forticlient-security-posture-compliance-action warning',
      '            set forticlient-av disable',
      '            set av-realtime-protection disable',
      '            set av-signature-up-to-date disable',
      '            set sandbox-analysis disable',
      "            set sandbox-address ''",
      '            set os-av-software-installed disable',
      '            set forticlient-application-firewall disable',
      "            set forticlient-application-firewall-list ''",
      '            set forticlient-wf disable',
      "            set forticlient-wf-profile ''",
      '            set forticlient-system-compliance enable',
      '            set forticlient-system-compliance-action warning',
      '            set forticlient-minimum-software-version disable',
      '            set forticlient-win-ver "5.4.1"',
      '            set forticlient-mac-ver "5.4.1"',
      '            set forticlient-linux-ver "5.4.1"',
      '            config forticlient-operating-system',
      '            end',
      '            config forticlient-running-app',
      '            end',
      '            config forticlient-registry-entry',
      '            end',
      '            config forticlient-own-file',
      '            end',
      '            set forticlient-log-upload enable',
      '            set forticlient-log-upload-level traffic vulnerability event',
      "            set forticlient-log-upload-server ''",
      '            set forticlient-vuln-scan enable',
      '            set forticlient-vuln-scan-compliance-action warning',
      '            set forticlient-vuln-scan-enforce high',
      '            set forticlient-vuln-scan-enforce-grace 1',
      '            set forticlient-vuln-scan-exempt disable',
      '        end',
      '        config forticlient-android-settings',
      '            set forticlient-wf disable',
      "            set forticlient-wf-profile ''",
      '            set disable-wf-when-protected enable',
      '            set forticlient-vpn-provisioning disable',
      '            set forticlient-advanced-vpn disable',
      "            set forticlient-advanced-vpn-buffer ''",
      '            config forticlient-vpn-settings',
      '            end',
      '        end',
      '        config forticlient-ios-settings',
      '            set forticlient-wf disable',
      "            set forticlient-wf-profile ''",
      '            set disable-wf-when-protected enable',
      '            set client-vpn-provisioning disable',
      '            config client-vpn-settings',
      '            end',
      '            set distribute-configuration-profile disable',
      "            set configuration-name ''",
      "            set configuration-content ''",
      '        end',
      "        set description ''",
      '        unset src-addr',
      '        unset device-groups',
      '        unset users',
      '        unset user-groups',
      '        unset on-net-addr',
      "        set replacemsg-override-group ''",
      '    next',
      'end',
    ]);
  });
});

describe('config endpoint-control settings', () => {
  it('show of the factory settings is an empty block', () => {
    // Every scenario keeps the factory settings; the 6.0.6 backup's show has no line of this table.
    expect(show('show endpoint-control settings')).toEqual(['config endpoint-control settings', 'end']);
  });

  it('show full-configuration: the 6.0 keys in the CLI reference order, with their defaults', () => {
    // Order: the 6.0 CLI reference's listing (docs/fortios-6.0.md §4.6; a listing). Defaults: the 6.0.2
    // module's help (`forticlient-keepalive-interval` "(20 - 300 sec, default = 60)",
    // `forticlient-avdb-update-interval` "(0 - 24 hours, default = 8)",
    // `forticlient-ems-rest-api-call-timeout` "(500 - 30000 milliseconds, default = 5000)"; ansible
    // `fortios_endpoint_control_settings`, "Tested with FOS v6.0.2") and terraform's example. The
    // registration key is a secret: unset, it prints no line.
    expect(show('show full-configuration endpoint-control settings')).toEqual([
      'config endpoint-control settings',
      '    set forticlient-reg-key-enforce disable',
      '    set forticlient-reg-timeout 7',
      "    set download-custom-link ''",
      '    set download-location fortiguard',
      '    set forticlient-offline-grace disable',
      '    set forticlient-offline-grace-interval 120',
      '    set forticlient-keepalive-interval 60',
      '    set forticlient-sys-update-interval 720',
      '    set forticlient-avdb-update-interval 8',
      '    set forticlient-warning-interval 1',
      '    set forticlient-user-avatar enable',
      '    set forticlient-dereg-unsupported-client enable',
      '    set forticlient-ems-rest-api-call-timeout 5000',
      'end',
    ]);
  });
});

describe('config endpoint-control registered-forticlient', () => {
  it('show and show full-configuration of one registered endpoint', () => {
    // Keys: the per-version data (uid, vdom, mac, ip, status, flag, reg-fortigate, v6.0.0–v6.0.11;
    // ansible `fortios_endpoint_control_registered_forticlient`, "Tested with FOS v6.0.0"); the module
    // lists them in name order, so their order here is fgsim's (a Decision, docs/fortios-6.0.md §4.8):
    // no real output of this table was found.
    expect(show('show endpoint-control registered-forticlient 4794EA6BC1B827F47B4C5101F5518AAA')).toEqual([
      'config endpoint-control registered-forticlient',
      '    edit "4794EA6BC1B827F47B4C5101F5518AAA"',
      '        set mac "00:0c:29:4c:1d:00"',
      '        set ip 192.168.1.110',
      '        set reg-fortigate "FGT60E4Q17000000"',
      '    next',
      'end',
    ]);
    expect(
      show(
        'show full-configuration endpoint-control registered-forticlient 4794EA6BC1B827F47B4C5101F5518AAA',
      ),
    ).toEqual([
      'config endpoint-control registered-forticlient',
      '    edit "4794EA6BC1B827F47B4C5101F5518AAA"',
      '        set vdom "root"',
      '        set mac "00:0c:29:4c:1d:00"',
      '        set ip 192.168.1.110',
      '        set status 1',
      '        set flag 0',
      '        set reg-fortigate "FGT60E4Q17000000"',
      '    next',
      'end',
    ]);
  });
});

describe('config system api-user', () => {
  it('an API user made as automation scripts make one prints accprofile, then vdom', () => {
    // The lines are a netmiko script's (`config system api-user` / `edit Script_API_User` /
    // `set accprofile "super_admin"` / `set vdom "root"`), found with code search. The order is the
    // 6.0.0 CLI reference's listing (`comments`, `api-key`, `accprofile`, `config vdom`, `schedule`,
    // `cors-allow-origin`, …; docs.fortinet.com/document/fortigate/6.0.0/cli-reference/883891), and a
    // FGTAWS 6.2.3 backup prints `set api-key ENC SH2…`, `set accprofile "ACE"`, `set vdom "root"` in it.
    type(
      'config system api-user',
      'edit Script_API_User',
      'set accprofile "super_admin"',
      'set vdom "root"',
      'end',
    );
    expect(show('show system api-user')).toEqual([
      'config system api-user',
      '    edit "Script_API_User"',
      '        set accprofile "super_admin"',
      '        set vdom "root"',
      '    next',
      'end',
    ]);
    expect(show('show full-configuration system api-user')).toEqual([
      'config system api-user',
      '    edit "Script_API_User"',
      "        set comments ''",
      '        set accprofile "super_admin"',
      '        set vdom "root"',
      "        set schedule ''",
      "        set cors-allow-origin ''",
      '    next',
      'end',
    ]);
  });
});

describe('config system console', () => {
  it('show prints only a changed value; full-configuration every key in the listing order', () => {
    expect(show('show system console')).toEqual(['config system console', 'end']);
    // Order and defaults: the 6.0.0 CLI reference (docs.fortinet.com/document/fortigate/6.0.0/
    // cli-reference/363838/system-console): `mode`, `baudrate`, `output`, `login`, `fortiexplorer`
    // (a listing); "9600 (the default)", login "Enabled by default", mode "The default setting is line",
    // output "The default is more".
    expect(show('show full-configuration system console')).toEqual([
      'config system console',
      '    set mode line',
      '    set baudrate 9600',
      '    set output more',
      '    set login enable',
      '    set fortiexplorer enable',
      'end',
    ]);
    // What automation libraries type before they read long output (netmiko, and others found with
    // code search for `config system console`): `set output standard`.
    type('config system console', 'set output standard', 'end');
    expect(show('show system console')).toEqual(['config system console', '    set output standard', 'end']);
  });
});

describe('config vpn certificate local', () => {
  it('the factory certificates: the CA ones with a 6.0 unit comment', () => {
    // The 6.0.6 backup: `edit "Fortinet_CA_SSL"` … `set comments "This is the default CA certificate the
    // SSL Inspection will use when generating new server certificates."`, the same for
    // `Fortinet_CA_Untrusted`. A real row also prints `set password ENC …`, `set private-key`,
    // `set certificate`, `set range global`, `set source factory`, `set last-updated …`, which fgsim does
    // not model; the Factory certificates' comment is fgsim's (docs/fortios-6.0.md §4.8).
    const ca =
      '        set comments "This is the default CA certificate the SSL Inspection will use when generating new server certificates."';
    const lines = [
      'config vpn certificate local',
      '    edit "Fortinet_CA_SSL"',
      ca,
      '    next',
      '    edit "Fortinet_CA_Untrusted"',
      ca,
      '    next',
      '    edit "Fortinet_Factory"',
      '        set comments "This is the default local certificate"',
      '    next',
      '    edit "Fortinet_Factory_Backup"',
      '        set comments "This is the default local certificate"',
      '    next',
      'end',
    ];
    expect(show('show vpn certificate local')).toEqual(lines);
    expect(show('show full-configuration vpn certificate local')).toEqual(lines);
  });
});

describe('config vpn ipsec phase1-interface', () => {
  // The device's key order, from real full-configuration output (each found with code search):
  // a static tunnel's (a question's "FortiGate config info", a 5.x-era unit): `type, interface,
  // ip-version, ike-version, …, peertype, mode-cfg, proposal, …, forticlient-enforcement, comments, …,
  // remote-gw, …, psksecret, …`; a dial-up FortiClient tunnel's (`wizard-type dialup-forticlient`, a
  // later unit): `type dynamic, interface, …, peertype, net-device, …, mode-cfg, …, proposal, …,
  // forticlient-enforcement, comments, …, psksecret, …`, with no `remote-gw`. VPN-wizard `show` output
  // agrees: `… proposal …`, `set comments "VPN: … (Created by VPN wizard)"`, `set wizard-type …`,
  // `set remote-gw …`, `set psksecret ENC …`.
  it('show: comments before remote-gw and psksecret; the dial-up tunnel has no remote-gw', () => {
    expect(show('show vpn ipsec phase1-interface')).toEqual([
      'config vpn ipsec phase1-interface',
      '    edit "HQ-to-Branch"',
      '        set interface "wan1"',
      '        set comments "Site-to-site to the branch office"',
      '        set remote-gw 198.51.100.200',
      '        set psksecret ENC RkcACSEP6k8lRerKLg==',
      '    next',
      '    edit "FCT-Dialup"',
      '        set type dynamic',
      '        set interface "wan1"',
      '        set mode-cfg enable',
      '        set forticlient-enforcement enable',
      '        set comments "FortiClient dial-up VPN"',
      '        set psksecret ENC RkcACSEP6k8lRerKLg==',
      '    next',
      '    edit "DC-Backup"',
      '        set interface "wan2"',
      '        set comments "Backup link to the data centre"',
      '        set remote-gw 203.0.113.50',
      '        set psksecret ENC RkcACSEP6k8lRerKLg==',
      '    next',
      'end',
    ]);
  });

  // Two real full-configuration listings give the order of the 6.0.4 keys (docs/fortios-6.0.md §4.8):
  // ICMS: a static IKEv1 tunnel, a question's "FortiGate config info" (5.x-era; found with code search
  // for `set mesh-selector-type disable`): type, interface, ip-version, ike-version, local-gw,
  // nattraversal, keylife, authmethod, mode, peertype, mode-cfg, proposal, localid, localid-type,
  // negotiate-timeout, fragmentation, dpd, forticlient-enforcement, comments, npu-offload, dhgrp,
  // wizard-type, xauthtype, mesh-selector-type, remote-gw, monitor, add-gw-route, psksecret, keepalive,
  // auto-negotiate, dpd-retrycount, dpd-retryinterval.
  // DIALUP: a FortiClient dial-up tunnel with mode-cfg (Daniel-Bo/mac-ipsec-vpn-configuration README, a
  // later unit; found with code search for `set auto-discovery-sender disable`): type dynamic, …,
  // peertype, net-device, exchange-interface-ip, mode-cfg, ipv4-wins-server1/2, proposal, add-route, …,
  // dhgrp, suite-b, wizard-type, xauthtype, reauth, authusrgrp, idle-timeout, ha-sync-esp-seqno,
  // auto-discovery-sender/receiver/forwarder, encapsulation, nattraversal, rekey, enforce-unique-id,
  // default-gw, default-gw-priority, assign-ip, assign-ip-from, ipv4-start-ip, ipv4-end-ip, ipv4-netmask,
  // dns-mode, ipv4-split-include, split-include-service, ipv6-start-ip, ipv6-end-ip, ipv6-prefix,
  // ipv6-split-include, unity-support, domain, banner, include-local-lan, ipv4-split-exclude,
  // ipv6-split-exclude, save-password, client-auto-negotiate, client-keep-alive, psksecret, keepalive,
  // distance, priority, dpd-retrycount, dpd-retryinterval. Its keys after 6.0 (aggregate-member,
  // ip-fragmentation, fgsp-sync, fec-*, …) are not 6.0.4's. Both print psksecret before keepalive.
  it('show full-configuration of the FCT-Dialup tunnel in the device order (DIALUP)', () => {
    expect(show('show full-configuration vpn ipsec phase1-interface FCT-Dialup')).toEqual([
      'config vpn ipsec phase1-interface',
      '    edit "FCT-Dialup"',
      '        set type dynamic', // DIALUP
      '        set interface "wan1"',
      '        set ip-version 4', // DIALUP, ICMS
      '        set ike-version 1',
      '        set local-gw 0.0.0.0', // DIALUP, ICMS: an IPv4 tunnel's
      '        set keylife 86400',
      '        set authmethod psk',
      '        set mode main', // DIALUP prints the wizard's aggressive; main is the default (ICMS: IKEv1 only)
      '        set peertype any',
      '        set net-device disable', // DIALUP: a dial-up tunnel's (ICMS, static, has none)
      '        set exchange-interface-ip disable',
      '        set mode-cfg enable',
      // With mode-cfg on and dns-mode manual (the default), the DNS servers print (DIALUP has
      // dns-mode auto and none of them); their place before proposal is a VPN guide's show (`set mode-cfg
      // enable`, `set ipv4-dns-server1 …`, `set proposal …`, an EAP remote-access example).
      '        set ipv4-dns-server1 0.0.0.0',
      '        set ipv4-dns-server2 0.0.0.0',
      '        set ipv4-dns-server3 0.0.0.0',
      '        set ipv4-wins-server1 0.0.0.0', // DIALUP
      '        set ipv4-wins-server2 0.0.0.0',
      '        set ipv6-dns-server1 ::',
      '        set ipv6-dns-server2 ::',
      '        set ipv6-dns-server3 ::',
      '        set proposal aes128-sha256 aes256-sha256 aes128-sha1 aes256-sha1', // DIALUP
      '        set add-route enable', // DIALUP
      "        set localid ''",
      '        set localid-type auto',
      '        set negotiate-timeout 30',
      '        set fragmentation enable',
      '        set dpd on-demand', // DIALUP
      '        set forticlient-enforcement enable',
      '        set comments "FortiClient dial-up VPN"',
      '        set npu-offload enable',
      '        set dhgrp 14 5', // DIALUP, ICMS
      '        set suite-b disable', // DIALUP
      '        set wizard-type custom', // ICMS
      '        set xauthtype disable', // ICMS (DIALUP: auto, then reauth and authusrgrp)
      '        set idle-timeout disable', // DIALUP
      '        set ha-sync-esp-seqno enable',
      '        set auto-discovery-sender disable',
      '        set auto-discovery-receiver disable',
      '        set auto-discovery-forwarder disable',
      '        set encapsulation none',
      '        set nattraversal enable',
      '        set rekey enable',
      '        set enforce-unique-id disable',
      '        set default-gw 0.0.0.0',
      '        set default-gw-priority 0',
      '        set assign-ip enable',
      '        set assign-ip-from range',
      '        set ipv4-start-ip 0.0.0.0',
      '        set ipv4-end-ip 0.0.0.0',
      '        set ipv4-netmask 255.255.255.255',
      // **Decision** (docs §4.8, left): fgsim prints an empty sub-table's block in full-configuration, as
      // for every table; DIALUP prints none for its exclude ranges and backup gateways.
      '        config ipv4-exclude-range',
      '        end',
      '        set dns-mode manual',
      "        set ipv4-split-include ''",
      "        set split-include-service ''",
      '        set ipv6-start-ip ::',
      '        set ipv6-end-ip ::',
      '        set ipv6-prefix 128',
      '        config ipv6-exclude-range',
      '        end',
      "        set ipv6-split-include ''",
      '        set unity-support enable',
      "        set domain ''",
      "        set banner ''",
      '        config backup-gateway',
      '        end',
      '        set include-local-lan disable',
      "        set ipv4-split-exclude ''",
      "        set ipv6-split-exclude ''",
      '        set save-password disable',
      '        set client-auto-negotiate disable',
      '        set client-keep-alive disable',
      '        set tunnel-search selectors', // 6.0.2 module; gone by 7.0, so not in DIALUP
      '        set psksecret ENC RkcACSEP6k8lRerKLg==', // DIALUP, ICMS: before keepalive
      '        set keepalive 10',
      '        set distance 15', // DIALUP
      '        set priority 0', // 6.0's range starts at 0 (the 6.0.2 module's help); DIALUP, later, has 1
      '        set dpd-retrycount 3',
      '        set dpd-retryinterval 20', // DIALUP
      '    next',
      'end',
    ]);
  });

  it('show full-configuration of a static tunnel in the device order (ICMS)', () => {
    expect(show('show full-configuration vpn ipsec phase1-interface HQ-to-Branch')).toEqual([
      'config vpn ipsec phase1-interface',
      '    edit "HQ-to-Branch"',
      '        set type static', // ICMS
      '        set interface "wan1"',
      '        set ip-version 4',
      '        set ike-version 1',
      '        set local-gw 0.0.0.0',
      // ICMS prints nattraversal here; DIALUP, later and with `encapsulation`, after encapsulation, which
      // fgsim follows (a 6.0 unit has encapsulation). **Decision**, docs §4.8.
      '        set keylife 86400',
      '        set authmethod psk',
      '        set mode main',
      '        set peertype any', // ICMS: no net-device on a static tunnel
      '        set exchange-interface-ip disable',
      '        set mode-cfg disable',
      '        set proposal aes128-sha256 aes256-sha256 aes128-sha1 aes256-sha1',
      '        set add-route enable',
      "        set localid ''",
      '        set localid-type auto',
      '        set negotiate-timeout 30',
      '        set fragmentation enable',
      '        set dpd on-demand',
      '        set forticlient-enforcement disable',
      '        set comments "Site-to-site to the branch office"',
      '        set npu-offload enable',
      '        set dhgrp 14 5',
      '        set suite-b disable',
      '        set wizard-type custom',
      '        set xauthtype disable',
      '        set idle-timeout disable',
      '        set ha-sync-esp-seqno enable',
      '        set auto-discovery-sender disable',
      '        set auto-discovery-receiver disable',
      '        set auto-discovery-forwarder disable',
      '        set encapsulation none',
      '        set nattraversal enable',
      '        set rekey enable',
      '        set enforce-unique-id disable',
      '        set default-gw 0.0.0.0',
      '        set default-gw-priority 0',
      '        set mesh-selector-type disable', // ICMS: mesh-selector-type, remote-gw, monitor, add-gw-route
      '        set remote-gw 198.51.100.200',
      "        set monitor ''",
      '        set monitor-hold-down-type immediate', // 6.0.2 module; not in ICMS's older unit
      '        set passive-mode disable',
      '        set add-gw-route disable',
      '        set psksecret ENC RkcACSEP6k8lRerKLg==',
      '        set keepalive 10',
      '        set auto-negotiate enable', // ICMS: a static tunnel's
      '        set distance 15',
      '        set priority 0',
      '        set dpd-retrycount 3',
      '        set dpd-retryinterval 20',
      '    next',
      'end',
    ]);
  });

  it('each key prints on the rows it belongs to: authmethod, ike-version, xauthtype, peertype, type', () => {
    // A VPN wizard's certificate tunnel (a FortiGate-to-FortiGate site-to-site wizard, its `show`: …
    // `set wizard-type static-fortigate`, `set remote-gw …`, `set certificate "FGTBJ"`, `set peer …`):
    // certificate after remote-gw, and no psksecret on a signature tunnel.
    type(
      'config vpn ipsec phase1-interface',
      'edit "Cert-VPN"',
      'set interface "wan2"',
      'set authmethod signature',
      'set wizard-type static-fortigate',
      'set remote-gw 192.0.2.7',
      'set certificate "Fortinet_Factory"',
      'set peertype one',
      'set peerid "hq.example"',
      'end',
    );
    expect(show('show vpn ipsec phase1-interface Cert-VPN')).toEqual([
      'config vpn ipsec phase1-interface',
      '    edit "Cert-VPN"',
      '        set interface "wan2"',
      '        set authmethod signature',
      '        set peertype one',
      '        set wizard-type static-fortigate',
      '        set remote-gw 192.0.2.7',
      '        set certificate "Fortinet_Factory"',
      '        set peerid "hq.example"',
      '    next',
      'end',
    ]);
    const full = show('show full-configuration vpn ipsec phase1-interface Cert-VPN');
    expect(full).toContain('        set cert-id-validation enable');
    expect(full).toContain('        set send-cert-chain enable');
    expect(full.some((l) => l.includes('psksecret'))).toBe(false);
    expect(full.some((l) => l.includes('usrgrp'))).toBe(false);
    // IKEv2: no mode (IKEv1's main/aggressive), the IKEv2 keys; XAuth as a server: the user group.
    type(
      'config vpn ipsec phase1-interface',
      'edit "Cert-VPN"',
      'set ike-version 2',
      'set xauthtype auto',
      'set authusrgrp "SSLVPN-Users"',
      'end',
    );
    const v2 = show('show full-configuration vpn ipsec phase1-interface Cert-VPN');
    expect(v2.some((l) => l.includes('set mode '))).toBe(false);
    for (const line of [
      '        set fragmentation-mtu 1200',
      '        set eap disable',
      '        set childless-ike disable',
      '        set ppk disable',
      '        set reauth disable',
      '        set authusrgrp "SSLVPN-Users"',
    ])
      expect(v2, line).toContain(line);
    // A ddns tunnel prints its domain name and no remote-gw.
    type(
      'config vpn ipsec phase1-interface',
      'edit "Cert-VPN"',
      'set type ddns',
      'set remotegw-ddns "hq.example.net"',
      'end',
    );
    const ddns = show('show vpn ipsec phase1-interface Cert-VPN');
    expect(ddns).toContain('        set remotegw-ddns "hq.example.net"');
    expect(ddns.some((l) => l.includes('remote-gw '))).toBe(false);
  });

  it("the new keys refuse what 6.0 refuses, in the CLI's words, and change nothing", () => {
    const before = show('show full-configuration vpn ipsec phase1-interface HQ-to-Branch');
    type('config vpn ipsec phase1-interface', 'edit "HQ-to-Branch"');
    const refused: [string, string][] = [
      // Ranges of the 6.2.7+ answer (keylife 120 - 172800, dpd-retrycount 0 - 10); -651, as every range.
      ['set keylife 119', 'Command fail. Return code -651'],
      ['set dpd-retrycount 11', 'Command fail. Return code -651'],
      ['set monitor-hold-down-time 24:00', 'Command fail. Return code -651'],
      // Options 6.0 does not have (DH group 32, VPN ID encapsulation came with 6.2): a parse error.
      ['set dhgrp 14 32', 'Command fail. Return code -61'],
      ['set encapsulation vpn-id-ipip', 'Command fail. Return code -61'],
      ['set wizard-type hub-fortigate-auto-discovery', 'Command fail. Return code -61'],
      // A user group or certificate that does not exist: the datasource's -3.
      ['set authusrgrp "no-such-group"', 'Command fail. Return code -3'],
      ['set certificate "no-such-cert"', 'Command fail. Return code -3'],
    ];
    for (const [line, last] of refused) expect(cli.run(line).output.split('\n').at(-1), line).toBe(last);
    type('end');
    expect(show('show full-configuration vpn ipsec phase1-interface HQ-to-Branch')).toEqual(before);
  });
});

describe('config vpn ssl web portal (full-configuration)', () => {
  it('every modelled key of every factory portal, in the show order', () => {
    // The keys' order is the one real backups print (`tunnel-mode`, `ipv6-tunnel-mode`, `web-mode`,
    // `ip-pools`, `ipv6-pools`; the 6.0.6 backup's `full-access` prints exactly these five lines, as
    // fgsim's `show` does, fidelity.test.ts). A 6.0 portal has many more keys, which fgsim does not
    // model (docs/fortios-6.0.md §4.8); the empty name lists print `unset`, a Decision.
    expect(show('show full-configuration vpn ssl web portal')).toEqual([
      'config vpn ssl web portal',
      '    edit "full-access"',
      '        set tunnel-mode enable',
      '        set ipv6-tunnel-mode enable',
      '        set web-mode enable',
      '        set ip-pools "SSLVPN_TUNNEL_ADDR1"',
      '        set ipv6-pools "SSLVPN_TUNNEL_IPv6_ADDR1"',
      '    next',
      '    edit "web-access"',
      '        set tunnel-mode disable',
      '        set ipv6-tunnel-mode disable',
      '        set web-mode enable',
      '        unset ip-pools',
      '        unset ipv6-pools',
      '    next',
      '    edit "tunnel-access"',
      '        set tunnel-mode enable',
      '        set ipv6-tunnel-mode enable',
      '        set web-mode disable',
      '        set ip-pools "SSLVPN_TUNNEL_ADDR1"',
      '        set ipv6-pools "SSLVPN_TUNNEL_IPv6_ADDR1"',
      '    next',
      'end',
    ]);
  });
});
