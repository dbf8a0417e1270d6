/**
 * `config endpoint-control profile` and its neighbours as 6.0 has them. Keys, options and help: the
 * 6.0.5 module `fortios_endpoint_control_profile` (ansible, "Tested with FOS v6.0.5"); key order and
 * defaults: terraform's `fortios_endpointcontrol_profile` (its argument order is the device's, and its
 * example is a profile read back from a device, defaults included: every compliance action `warning`,
 * versions `5.4.1`, log upload `traffic vulnerability event`). docs/fortios-6.0.md §4.5.
 */
import { field, toggle, type FieldDef, type FieldType, type TableSchema } from './types';

const blockWarning: FieldType = { kind: 'option', options: ['block', 'warning'] };

/** A Non-compliance action: `warning` by default (terraform's example; reference §13). */
const action = (name: string, help: string, label?: string): FieldDef =>
  field(name, blockWarning, 'warning', help, label ? { label } : {});

const text = (name: string, maxLength: number, help: string, label?: string): FieldDef =>
  field(name, { kind: 'string', maxLength }, '', help, label ? { label } : {});

const version = (name: string, help: string, label?: string): FieldDef =>
  field(name, { kind: 'string', maxLength: 35 }, '5.4.1', help, label ? { label } : {});

const osTypes = [
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
] as const;

const id = (help: string): FieldDef => field('id', { kind: 'integer', min: 0, max: 4294967295 }, 0, help);

const signature = (n: string): FieldDef => text(`app-sha256-signature${n}`, 64, "App's SHA256 signature.");
const processName = (n: string): FieldDef => text(`process-name${n}`, 256, 'Process name.');

export const forticlientWinmacSettings: readonly FieldDef[] = [
  action('forticlient-registration-compliance-action', 'FortiClient registration compliance action.'),
  toggle(
    'forticlient-ems-compliance',
    'disable',
    'Enable/disable FortiClient Enterprise Management Server (EMS) compliance.',
  ),
  action('forticlient-ems-compliance-action', 'FortiClient EMS compliance action.'),
  field('forticlient-ems-entries', { kind: 'name-list', maxLength: 35 }, [], 'FortiClient EMS entries.'),
  toggle(
    'forticlient-security-posture',
    'disable',
    'Enable/disable FortiClient security posture check options.',
    'Security Posture Check',
  ),
  action(
    'forticlient-security-posture-compliance-action',
    'FortiClient security posture compliance action.',
    'Non-compliance action',
  ),
  toggle(
    'forticlient-av',
    'disable',
    'Enable/disable FortiClient AntiVirus scanning.',
    'Realtime AntiVirus protection',
  ),
  toggle(
    'av-realtime-protection',
    'disable',
    'Enable/disable FortiClient AntiVirus real-time protection.',
    'Realtime protection',
  ),
  toggle(
    'av-signature-up-to-date',
    'disable',
    'Enable/disable FortiClient AV signature updates.',
    'Up-to-date signatures',
  ),
  toggle('sandbox-analysis', 'disable', 'Enable/disable sending files to FortiSandbox for analysis.'),
  text('sandbox-address', 255, 'FortiSandbox address.'),
  toggle(
    'os-av-software-installed',
    'disable',
    'Enable/disable checking for OS recognized AntiVirus software.',
  ),
  toggle(
    'forticlient-application-firewall',
    'disable',
    'Enable/disable the FortiClient application firewall.',
    'Application Firewall',
  ),
  text('forticlient-application-firewall-list', 35, 'FortiClient application firewall rule list.'),
  toggle('forticlient-wf', 'disable', 'Enable/disable FortiClient web filtering.', 'Web Filter'),
  text('forticlient-wf-profile', 35, 'The FortiClient web filter profile to apply.'),
  toggle(
    'forticlient-system-compliance',
    'enable',
    'Enable/disable enforcement of FortiClient system compliance.',
    'System Compliance',
  ),
  action(
    'forticlient-system-compliance-action',
    'Block or warn clients not compliant with FortiClient requirements.',
    'Non-compliance action',
  ),
  toggle(
    'forticlient-minimum-software-version',
    'disable',
    'Enable/disable requiring clients to run FortiClient with a minimum software version number.',
    'Minimum FortiClient version',
  ),
  version('forticlient-win-ver', 'Minimum FortiClient Windows version.', 'Windows'),
  version('forticlient-mac-ver', 'Minimum FortiClient Mac OS version.', 'Mac'),
  version('forticlient-linux-ver', 'Minimum FortiClient Linux version.'),
  field(
    'forticlient-operating-system',
    {
      kind: 'sub-table',
      mkey: 'id',
      fields: [
        id('Operating system entry ID.'),
        field('os-type', { kind: 'option', options: osTypes }, 'custom', 'Operating system type.'),
        text('os-name', 127, 'Customize operating system name or Mac OS format:x.x.x'),
      ],
    },
    [],
    'FortiClient operating system.',
  ),
  field(
    'forticlient-running-app',
    {
      kind: 'sub-table',
      mkey: 'id',
      fields: [
        id('Application ID.'),
        text('app-name', 127, 'Application name.'),
        field(
          'application-check-rule',
          { kind: 'option', options: ['present', 'absent'] },
          'present',
          'Application check rule.',
        ),
        processName(''),
        signature(''),
        processName('2'),
        signature('2'),
        processName('3'),
        signature('3'),
        processName('4'),
        signature('4'),
      ],
    },
    [],
    'Use FortiClient to verify if the listed applications are running on the client.',
  ),
  field(
    'forticlient-registry-entry',
    {
      kind: 'sub-table',
      mkey: 'id',
      fields: [id('Registry entry ID.'), text('registry-entry', 255, 'Registry entry.')],
    },
    [],
    'FortiClient registry entry.',
  ),
  field(
    'forticlient-own-file',
    {
      kind: 'sub-table',
      mkey: 'id',
      fields: [id('File ID.'), text('file', 255, 'File path and name.')],
    },
    [],
    'Checking the path and filename of the FortiClient application.',
  ),
  toggle(
    'forticlient-log-upload',
    'enable',
    'Enable/disable uploading FortiClient logs.',
    'Upload logs to FortiAnalyzer',
  ),
  field(
    'forticlient-log-upload-level',
    { kind: 'multi-option', options: ['traffic', 'vulnerability', 'event'] },
    'traffic vulnerability event',
    'Select the FortiClient logs to upload.',
  ),
  text(
    'forticlient-log-upload-server',
    255,
    'IP address or FQDN of the server to which to upload FortiClient logs.',
  ),
  toggle(
    'forticlient-vuln-scan',
    'enable',
    'Enable/disable FortiClient vulnerability scanning.',
    'Endpoint Vulnerability Scan on Client',
  ),
  action(
    'forticlient-vuln-scan-compliance-action',
    'FortiClient vulnerability compliance action.',
    'Non-compliance action',
  ),
  field(
    'forticlient-vuln-scan-enforce',
    { kind: 'option', options: ['critical', 'high', 'medium', 'low', 'info'] },
    'high',
    'Configure the level of the vulnerability found that causes a FortiClient vulnerability compliance action.',
  ),
  field(
    'forticlient-vuln-scan-enforce-grace',
    { kind: 'integer', min: 0, max: 30 },
    1,
    'FortiClient vulnerability scan enforcement grace period (0 - 30 days).',
  ),
  toggle(
    'forticlient-vuln-scan-exempt',
    'disable',
    'Enable/disable compliance exemption for vulnerabilities that cannot be patched automatically.',
  ),
];

/**
 * A VPN FortiClient is given (`config forticlient-vpn-settings` / `config client-vpn-settings`).
 * **Decision** (§4.5): the defaults — `ipsec`, port 443, `psk` — are not in the sources.
 */
const vpnSettings = (extra: readonly FieldDef[]): readonly FieldDef[] => [
  field('name', { kind: 'name', maxLength: 35 }, '', 'VPN name.'),
  field('type', { kind: 'option', options: ['ipsec', 'ssl'] }, 'ipsec', 'VPN type (IPsec or SSL VPN).'),
  ...extra,
  text('remote-gw', 255, 'IP address or FQDN of the remote VPN gateway.'),
  field(
    'sslvpn-access-port',
    { kind: 'integer', min: 1, max: 65535 },
    443,
    'SSL VPN access port (1 - 65535).',
  ),
  toggle('sslvpn-require-certificate', 'disable', 'Enable/disable requiring SSL VPN client certificate.'),
  field('auth-method', { kind: 'option', options: ['psk', 'certificate'] }, 'psk', 'Authentication method.'),
  field(
    'preshared-key',
    { kind: 'password', maxLength: 128 },
    '',
    'Pre-shared secret for PSK authentication.',
  ),
];

const webFilterOnMobile: readonly FieldDef[] = [
  toggle('forticlient-wf', 'disable', 'Enable/disable FortiClient web filtering.'),
  text('forticlient-wf-profile', 35, 'The FortiClient web filter profile to apply.'),
  toggle(
    'disable-wf-when-protected',
    'enable',
    'Enable/disable FortiClient web category filtering when protected by FortiGate.',
  ),
];

export const forticlientAndroidSettings: readonly FieldDef[] = [
  ...webFilterOnMobile,
  toggle('forticlient-vpn-provisioning', 'disable', 'Enable/disable FortiClient VPN provisioning.'),
  toggle('forticlient-advanced-vpn', 'disable', 'Enable/disable advanced FortiClient VPN configuration.'),
  text('forticlient-advanced-vpn-buffer', 4095, 'Advanced FortiClient VPN configuration.'),
  field(
    'forticlient-vpn-settings',
    { kind: 'sub-table', mkey: 'name', fields: vpnSettings([]) },
    [],
    'FortiClient VPN settings.',
  ),
];

export const forticlientIosSettings: readonly FieldDef[] = [
  ...webFilterOnMobile,
  toggle('client-vpn-provisioning', 'disable', 'FortiClient VPN provisioning.'),
  field(
    'client-vpn-settings',
    {
      kind: 'sub-table',
      mkey: 'name',
      fields: vpnSettings([
        text('vpn-configuration-name', 31, 'Name of VPN configuration.'),
        text('vpn-configuration-content', 4095, 'Content of VPN configuration.'),
      ]),
    },
    [],
    'FortiClient VPN settings.',
  ),
  toggle(
    'distribute-configuration-profile',
    'disable',
    'Enable/disable configuration profile (.mobileconfig file) distribution.',
  ),
  text('configuration-name', 31, 'Name of configuration profile.'),
  text('configuration-content', 4095, 'Content of configuration profile.'),
];

export const endpointControlProfile: TableSchema = {
  path: 'endpoint-control profile',
  kind: 'table',
  mkey: 'profile-name',
  scope: 'vdom',
  help: 'Configure FortiClient endpoint control profiles.',
  fields: [
    field('profile-name', { kind: 'name', maxLength: 35 }, '', 'Profile name.', { label: 'Name' }),
    field(
      'forticlient-winmac-settings',
      { kind: 'sub-object', fields: forticlientWinmacSettings },
      {},
      'FortiClient settings for Windows/Mac platform.',
      // An empty block prints in `show` (a 6.0.6 backup's `default` profile, docs §4.5).
      { alwaysShown: true },
    ),
    field(
      'forticlient-android-settings',
      { kind: 'sub-object', fields: forticlientAndroidSettings },
      {},
      'FortiClient settings for Android platform.',
      // An empty block prints in `show` (a 6.0.6 backup's `default` profile, docs §4.5).
      { alwaysShown: true },
    ),
    field(
      'forticlient-ios-settings',
      { kind: 'sub-object', fields: forticlientIosSettings },
      {},
      'FortiClient settings for iOS platform.',
      // An empty block prints in `show` (a 6.0.6 backup's `default` profile, docs §4.5).
      { alwaysShown: true },
    ),
    field('description', { kind: 'string', maxLength: 255 }, '', 'Description.', { label: 'Comments' }),
    field('src-addr', { kind: 'reference-list', table: 'firewall address' }, [], 'Source addresses.', {
      label: 'Source Addresses',
    }),
    field('device-groups', { kind: 'name-list', maxLength: 64 }, [], 'Device groups.', {
      label: 'Device Groups',
    }),
    field('users', { kind: 'reference-list', table: 'user local' }, [], 'Users.', { label: 'Users' }),
    field('user-groups', { kind: 'reference-list', table: 'user group' }, [], 'User groups.', {
      label: 'User Groups',
    }),
    field(
      'on-net-addr',
      { kind: 'reference-list', table: 'firewall address' },
      [],
      'Addresses for on-net detection.',
    ),
    text(
      'replacemsg-override-group',
      35,
      'Select an endpoint control replacement message override group from available options.',
    ),
  ],
};

/**
 * `config endpoint-control settings`: all 14 keys 6.0 has, in the device's order (the 6.0 CLI
 * reference, docs.fortinet.com/document/fortigate/6.0.0/cli-reference/638085: reg-key-enforce,
 * reg-key `size[128]`, reg-timeout, download-custom-link `size[127]`, download-location, …; the 6.0.5
 * module coll-test/fortinet.fortios `fortios_endpoint_control_settings.py` lists the same 14). Help
 * with its `default = N` part as the 6.0.2-era module docs and terraform's
 * `fortios_endpointcontrol_settings` print it; defaults: that help and terraform's example (reg-timeout
 * 7, avdb 8, user-avatar enable, EMS timeout 5000). docs/fortios-6.0.md §4.6.
 */
export const endpointControlSettings: TableSchema = {
  path: 'endpoint-control settings',
  kind: 'single',
  scope: 'global',
  help: 'Configure endpoint control settings.',
  fields: [
    toggle(
      'forticlient-reg-key-enforce',
      'disable',
      'Enable/disable requiring or enforcing FortiClient registration keys.',
    ),
    field('forticlient-reg-key', { kind: 'password', maxLength: 128 }, '', 'FortiClient registration key.'),
    field(
      'forticlient-reg-timeout',
      { kind: 'integer', min: 0, max: 180 },
      7,
      'FortiClient registration license timeout (days, min = 1, max = 180, 0 means unlimited).',
    ),
    field(
      'download-custom-link',
      { kind: 'string', maxLength: 127 },
      '',
      'Customized URL for downloading FortiClient.',
    ),
    field(
      'download-location',
      { kind: 'option', options: ['fortiguard', 'custom'] },
      'fortiguard',
      'FortiClient download location (FortiGuard or custom).',
    ),
    field(
      'forticlient-offline-grace',
      { kind: 'option', options: ['enable', 'disable'] },
      'disable',
      'Enable/disable grace period for offline registered clients.',
    ),
    field(
      'forticlient-offline-grace-interval',
      { kind: 'integer', min: 60, max: 600 },
      120,
      'Grace period for offline registered FortiClient (60 - 600 sec, default = 120).',
    ),
    field(
      'forticlient-keepalive-interval',
      { kind: 'integer', min: 20, max: 300 },
      60,
      'Interval between two KeepAlive messages from FortiClient (20 - 300 sec, default = 60).',
    ),
    field(
      'forticlient-sys-update-interval',
      { kind: 'integer', min: 30, max: 1440 },
      720,
      'Interval between two system update messages from FortiClient (30 - 1440 min, default = 720).',
    ),
    field(
      'forticlient-avdb-update-interval',
      { kind: 'integer', min: 0, max: 24 },
      8,
      'Period of time between FortiClient AntiVirus database updates (0 - 24 hours, default = 8).',
    ),
    field(
      'forticlient-warning-interval',
      { kind: 'integer', min: 0, max: 24 },
      1,
      'Period of time between FortiClient portal warnings (0 - 24 hours, default = 1).',
    ),
    toggle('forticlient-user-avatar', 'enable', 'Enable/disable uploading FortiClient user avatars.'),
    toggle(
      'forticlient-dereg-unsupported-client',
      'enable',
      'Enable/disable deregistering unsupported FortiClient endpoints.',
    ),
    field(
      'forticlient-ems-rest-api-call-timeout',
      { kind: 'integer', min: 500, max: 30000 },
      5000,
      'FortiClient EMS call timeout in milliseconds (500 - 30000 milliseconds, default = 5000).',
    ),
  ],
};

export const endpointControlRegisteredForticlient: TableSchema = {
  path: 'endpoint-control registered-forticlient',
  kind: 'table',
  mkey: 'uid',
  scope: 'vdom',
  help: 'Registered FortiClient list.',
  fields: [
    field('uid', { kind: 'name', maxLength: 32 }, '', 'FortiClient UID.'),
    // A string in 6.0 (the collection's per-version data gives `vdom` `type: string`, v6.0.0–v6.0.11:
    // fortinet-ansible-dev/ansible-galaxy-fortios-collection
    // `plugins/modules/fortios_endpoint_control_registered_forticlient.py`), not an option list.
    field('vdom', { kind: 'name', maxLength: 31 }, 'root', 'Registering vdom.'),
    field('mac', { kind: 'string', maxLength: 17 }, '00:00:00:00:00:00', 'Endpoint MAC address.'),
    field('ip', { kind: 'ipv4' }, '0.0.0.0', 'Endpoint IP address.'),
    field('status', { kind: 'integer', min: 0, max: 4294967295 }, 1, 'FortiClient registration status.'),
    field('flag', { kind: 'integer', min: 0, max: 4294967295 }, 0, 'FortiClient registration flag.'),
    field('reg-fortigate', { kind: 'name', maxLength: 35 }, '', 'Registering FortiGate SN.'),
  ],
};
