import { field, toggle, type TableSchema } from './types';

const action = (name: string, help: string): ReturnType<typeof field> =>
  field(name, { kind: 'option', options: ['block', 'warning'] }, 'block', help, {
    label: 'Non-compliance action',
  });

export const forticlientWinmacSettings = [
  toggle(
    'forticlient-vuln-scan',
    'enable',
    'Enable/disable FortiClient vulnerability scanning.',
    'Endpoint Vulnerability Scan on Client',
  ),
  action('forticlient-vuln-scan-compliance-action', 'FortiClient vulnerability compliance action.'),
  toggle(
    'forticlient-system-compliance',
    'enable',
    'Enable/disable enforcement of FortiClient system compliance.',
    'System Compliance',
  ),
  field(
    'forticlient-system-compliance-action',
    { kind: 'option', options: ['block', 'warning'] },
    'warning',
    'Block or warn clients not compliant with FortiClient requirements.',
    {
      label: 'Non-compliance action',
    },
  ),
  toggle(
    'forticlient-minimum-software-version',
    'disable',
    'Enable/disable requiring clients to run FortiClient with a minimum software version number.',
    'Minimum FortiClient version',
  ),
  field(
    'forticlient-win-ver',
    { kind: 'string', maxLength: 35 },
    '5.6.0',
    'Minimum FortiClient Windows version.',
    { label: 'Windows' },
  ),
  field(
    'forticlient-mac-ver',
    { kind: 'string', maxLength: 35 },
    '5.6.0',
    'Minimum FortiClient Mac OS version.',
    { label: 'Mac' },
  ),
  toggle(
    'forticlient-log-upload',
    'enable',
    'Enable/disable uploading FortiClient logs.',
    'Upload logs to FortiAnalyzer',
  ),
  toggle(
    'forticlient-security-posture',
    'disable',
    'Enable/disable FortiClient security posture check options.',
    'Security Posture Check',
  ),
  action('forticlient-security-posture-compliance-action', 'FortiClient security posture compliance action.'),
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
  toggle('forticlient-wf', 'disable', 'Enable/disable FortiClient web filtering.', 'Web Filter'),
  toggle(
    'forticlient-application-firewall',
    'disable',
    'Enable/disable the FortiClient application firewall.',
    'Application Firewall',
  ),
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
    ),
    field('description', { kind: 'string', maxLength: 255 }, '', 'Description.', { label: 'Comments' }),
    field('user-groups', { kind: 'reference-list', table: 'user group' }, [], 'User groups.', {
      label: 'User Groups',
    }),
    field('users', { kind: 'reference-list', table: 'user local' }, [], 'Users.', { label: 'Users' }),
    field('src-addr', { kind: 'reference-list', table: 'firewall address' }, [], 'Source addresses.', {
      label: 'Source Addresses',
    }),
    field('device-groups', { kind: 'name-list', maxLength: 64 }, [], 'Device groups.', {
      label: 'Device Groups',
    }),
  ],
};

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
    field('forticlient-reg-key', { kind: 'password', maxLength: 127 }, '', 'FortiClient registration key.'),
    field(
      'forticlient-reg-timeout',
      { kind: 'integer', min: 0, max: 180 },
      7,
      'FortiClient registration license timeout (days, min = 1, max = 180, 0 means unlimited).',
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
      'forticlient-warning-interval',
      { kind: 'integer', min: 0, max: 24 },
      1,
      'Period of time between FortiClient portal warnings (0 - 24 hours, default = 1).',
    ),
    toggle(
      'forticlient-dereg-unsupported-client',
      'enable',
      'Enable/disable deregistering unsupported FortiClient endpoints.',
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
    field('vdom', { kind: 'option', options: ['root'] }, 'root', 'Registering vdom.'),
    field('mac', { kind: 'string', maxLength: 17 }, '00:00:00:00:00:00', 'FortiClient MAC address.'),
    field('ip', { kind: 'ipv4' }, '0.0.0.0', 'Endpoint IP address.'),
    field('status', { kind: 'integer', min: 0, max: 4294967295 }, 1, 'FortiClient registration status.'),
    field('flag', { kind: 'integer', min: 0, max: 4294967295 }, 0, 'FortiClient registration flag.'),
    field('reg-fortigate', { kind: 'name', maxLength: 35 }, '', 'Registering FortiGate SN.'),
  ],
};
