/**
 * Tables that the procedure does not touch but that its tables refer to (addresses, users,
 * certificates). They are kept small: enough for references to resolve and for `-3` to mean something.
 */
import { taggingField } from './system-object-tagging';
import { field, toggle, type FieldDef, type TableSchema } from './types';

/** The keys of a `dynamic` (SDN) address (docs/fortios-6.0.md §4.6.1). */
const DYNAMIC = ['dynamic'];

/**
 * `config firewall address`: every key 6.0.4 has (docs/fortios-6.0.md §4.6.1). Keys, help and
 * options: the 6.0.5 module (coll-test/fortinet.fortios `plugins/modules/fortios_firewall_address.py`,
 * 27 keys with the `list` and `tagging` sub-tables). Declared order and defaults: a 6.0.0 unit's
 * `GET /api/v2/cmdb/firewall/address` (a fortiosapi example script of 2018, `"version": "v6.0.0"`,
 * revision `31.0.92.…`), whose row has exactly these keys in this order; the CLI prints the keys of
 * one type after the others (`typedKeysLast`, real `show` output, §4.6.1). Sizes and ranges: a
 * model generated from a later schema (hermanwjacobsen/hfortix-fortios `cmdb/firewall/_helpers/
 * address.py`), which has every one of these keys. Which type each key belongs to is a **Decision**.
 */
export const firewallAddress: TableSchema = {
  path: 'firewall address',
  kind: 'table',
  mkey: 'name',
  scope: 'vdom',
  help: 'Configure IPv4 addresses.',
  typedKeysLast: true,
  fields: [
    field('name', { kind: 'name', maxLength: 63 }, '', 'Address name.'),
    field(
      'uuid',
      { kind: 'uuid' },
      '00000000-0000-0000-0000-000000000000',
      'Universally Unique Identifier (UUID; automatically assigned but can be manually reset).',
    ),
    field('subnet', { kind: 'ipv4-mask' }, '0.0.0.0 0.0.0.0', 'IP address and subnet mask of address.', {
      onlyFor: ['ipmask'],
    }),
    field(
      'type',
      {
        kind: 'option',
        options: ['ipmask', 'iprange', 'fqdn', 'geography', 'wildcard', 'wildcard-fqdn', 'dynamic'],
      },
      'ipmask',
      'Type of address.',
    ),
    field(
      'start-ip',
      { kind: 'ipv4' },
      '0.0.0.0',
      'First IP address (inclusive) in the range for the address.',
      { onlyFor: ['iprange'] },
    ),
    field(
      'end-ip',
      { kind: 'ipv4' },
      '0.0.0.0',
      'Final IP address (inclusive) in the range for the address.',
      { onlyFor: ['iprange'] },
    ),
    field('fqdn', { kind: 'string', maxLength: 255 }, '', 'Fully Qualified Domain Name address.', {
      onlyFor: ['fqdn'],
    }),
    field('country', { kind: 'string', maxLength: 2 }, '', 'IP addresses associated to a specific country.', {
      onlyFor: ['geography'],
    }),
    field(
      'wildcard-fqdn',
      { kind: 'string', maxLength: 255 },
      '',
      'Fully Qualified Domain Name with wildcard characters.',
      { onlyFor: ['wildcard-fqdn'] },
    ),
    field(
      'cache-ttl',
      { kind: 'integer', min: 0, max: 86400 },
      0,
      'Defines the minimal TTL of individual IP addresses in FQDN cache measured in seconds.',
      { onlyFor: ['fqdn'] },
    ),
    field(
      'wildcard',
      { kind: 'ipv4-mask', wildcard: true },
      '0.0.0.0 0.0.0.0',
      'IP address and wildcard netmask.',
      { onlyFor: ['wildcard'] },
    ),
    // 6.0's `sdn` is one of these words, "" until one is chosen (the 6.0.0 GET); later
    // releases name an `sdn-connector` row instead.
    field(
      'sdn',
      { kind: 'option', options: ['aci', 'aws', 'azure', 'gcp', 'nsx', 'nuage', 'oci', 'openstack'] },
      '',
      'SDN.',
      { onlyFor: DYNAMIC },
    ),
    field('tenant', { kind: 'string', maxLength: 35 }, '', 'Tenant.', { onlyFor: DYNAMIC }),
    field(
      'organization',
      { kind: 'string', maxLength: 35 },
      '',
      'Organization domain name (Syntax: organization/domain).',
      { onlyFor: DYNAMIC },
    ),
    field('epg-name', { kind: 'string', maxLength: 255 }, '', 'Endpoint group name.', { onlyFor: DYNAMIC }),
    field('subnet-name', { kind: 'string', maxLength: 255 }, '', 'Subnet name.', { onlyFor: DYNAMIC }),
    field('sdn-tag', { kind: 'string', maxLength: 15 }, '', 'SDN Tag.', { onlyFor: DYNAMIC }),
    field('policy-group', { kind: 'string', maxLength: 15 }, '', 'Policy group name.', { onlyFor: DYNAMIC }),
    field('comment', { kind: 'string', maxLength: 255 }, '', 'Comment.'),
    toggle('visibility', 'enable', 'Enable/disable address visibility in the GUI.'),
    field(
      'associated-interface',
      { kind: 'reference', table: 'system interface', optional: true },
      '',
      'Network interface associated with address.',
    ),
    field('color', { kind: 'integer', min: 0, max: 32 }, 0, 'Color of icon on the GUI.'),
    // `filter` is a var-string (no size in any source): **Decision**, 2047 characters.
    field('filter', { kind: 'string', maxLength: 2047 }, '', 'Match criteria filter.', { onlyFor: DYNAMIC }),
    // A number in 6.0 (the 6.0.0 GET answers `"obj-id": 0`), text in later releases.
    field('obj-id', { kind: 'integer', min: 0, max: 4294967295 }, 0, 'Object ID for NSX.', {
      onlyFor: DYNAMIC,
    }),
    field(
      'list',
      {
        kind: 'sub-table',
        mkey: 'ip',
        fields: [field('ip', { kind: 'name', maxLength: 35 }, '', 'IP.')],
      },
      [],
      'IP address list.',
      { onlyFor: DYNAMIC },
    ),
    taggingField('Config object tagging.'),
    field(
      'allow-routing',
      { kind: 'option', options: ['enable', 'disable'] },
      'disable',
      'Enable/disable use of this address in the static route configuration.',
    ),
  ],
};

/**
 * The guest keys belong to guest groups: a unit's full configuration of a `group-type firewall` group
 * prints none of them (docs/fortios-6.0.md §4.6.1), as a physical port prints no `vlanid` (§3).
 */
const guestOnly = (fields: FieldDef[]): FieldDef[] =>
  fields.map((f) => ({ ...f, onlyFor: ['guest'], onlyForKey: 'group-type' }));

/**
 * `config user group`: every key 6.0.4 has, in the device's order. Keys and help: the 6.0.5 module
 * (coll-test/fortinet.fortios `plugins/modules/fortios_user_group.py`, 24 keys with the `match` and
 * `guest` sub-tables). Order, sizes and ranges: the 6.0.5 CLI reference's listing
 * (docs.fortinet.com/document/fortigate/6.0.5/cli-reference/329078/user-group: `name size[35]`,
 * `id range[0-4294967295]`, `group-type`, `authtimeout range[0-43200]`, `auth-concurrent-override`,
 * `auth-concurrent-value range[0-100]`, `http-digest-realm size[35]`, `sso-attribute-value size[511]`,
 * `member`, `match`), the guest keys after them in the 7.0.4 reference's order (…/7.0.4/cli-reference/
 * 523620: `user-id` … `multiple-guest-add`, then `config guest`). Defaults: the terraform example that
 * reads a group back (fortinetdev/terraform-provider-fortios `fortios_user_group`: company optional,
 * email enable, expire 14400, expire-type immediately, group-type firewall, max-accounts 0,
 * mobile-phone disable, multiple-guest-add disable); the rest (user-id email, password auto-generate,
 * user-name disable, sponsor optional, sms-server fortiguard), `max-accounts`' range 0-500 and the
 * guest rows' sizes from a model generated from a later FortiOS schema (hfortix_fortios `user/group`
 * pydantic model), whose values for the keys above match. 6.0's guest rows are keyed by `user-id`
 * (the 6.0.5 module's `guest` has no `id`). **Decision** (docs/fortios-6.0.md §4.6): `member` names local users only (the other member
 * tables, `user peer`, `user radius`, `user ldap`, …, are not modelled); `match`'s `server-name` names
 * a RADIUS/LDAP/TACACS+ server, tables fgsim does not model, so it is a name of its size.
 */
export const userGroup: TableSchema = {
  path: 'user group',
  kind: 'table',
  mkey: 'name',
  scope: 'vdom',
  help: 'Configure user groups.',
  fields: [
    field('name', { kind: 'name', maxLength: 35 }, '', 'Group name.'),
    field('id', { kind: 'integer', min: 0, max: 4294967295 }, 0, 'Group ID.'),
    field(
      'group-type',
      { kind: 'option', options: ['firewall', 'fsso-service', 'rsso', 'guest'] },
      'firewall',
      'Set the group to be for firewall authentication, FSSO, RSSO, or guest users.',
    ),
    field(
      'authtimeout',
      { kind: 'integer', min: 0, max: 43200 },
      0,
      'Authentication timeout in minutes for this user group. 0 to use the global user setting auth-timeout.',
    ),
    field(
      'auth-concurrent-override',
      { kind: 'option', options: ['enable', 'disable'] },
      'disable',
      'Enable/disable overriding the global number of concurrent authentication sessions for this user group.',
    ),
    field(
      'auth-concurrent-value',
      { kind: 'integer', min: 0, max: 100 },
      0,
      'Maximum number of concurrent authenticated connections per user (0 - 100).',
    ),
    field(
      'http-digest-realm',
      { kind: 'string', maxLength: 35 },
      '',
      'Realm attribute for MD5-digest authentication.',
    ),
    field(
      'sso-attribute-value',
      { kind: 'string', maxLength: 511 },
      '',
      'Name of the RADIUS user group that this local user group represents.',
    ),
    field(
      'member',
      { kind: 'reference-list', table: 'user local' },
      [],
      'Names of users, peers, LDAP servers, or RADIUS servers to add to the user group.',
    ),
    field(
      'match',
      {
        kind: 'sub-table',
        mkey: 'id',
        fields: [
          field('id', { kind: 'integer', min: 0, max: 4294967295 }, 0, 'ID.'),
          field('server-name', { kind: 'string', maxLength: 35 }, '', 'Name of remote auth server.'),
          field(
            'group-name',
            { kind: 'string', maxLength: 511 },
            '',
            'Name of matching group on remote authentication server.',
          ),
        ],
      },
      [],
      'Group matches.',
    ),
    ...guestOnly([
      field(
        'user-id',
        { kind: 'option', options: ['email', 'auto-generate', 'specify'] },
        'email',
        'Guest user ID type.',
      ),
      field(
        'password',
        { kind: 'option', options: ['auto-generate', 'specify', 'disable'] },
        'auto-generate',
        'Guest user password type.',
      ),
      field(
        'user-name',
        { kind: 'option', options: ['disable', 'enable'] },
        'disable',
        'Enable/disable the guest user name entry.',
      ),
      field(
        'sponsor',
        { kind: 'option', options: ['optional', 'mandatory', 'disabled'] },
        'optional',
        'Set the action for the sponsor guest user field.',
      ),
      field(
        'company',
        { kind: 'option', options: ['optional', 'mandatory', 'disabled'] },
        'optional',
        'Set the action for the company guest user field.',
      ),
      field(
        'email',
        { kind: 'option', options: ['disable', 'enable'] },
        'enable',
        'Enable/disable the guest user email address field.',
      ),
      field(
        'mobile-phone',
        { kind: 'option', options: ['disable', 'enable'] },
        'disable',
        'Enable/disable the guest user mobile phone number field.',
      ),
      field(
        'sms-server',
        { kind: 'option', options: ['fortiguard', 'custom'] },
        'fortiguard',
        'Send SMS through FortiGuard or other external server.',
      ),
      field('sms-custom-server', { kind: 'string', maxLength: 35 }, '', 'SMS server.'),
      field(
        'expire-type',
        { kind: 'option', options: ['immediately', 'first-successful-login'] },
        'immediately',
        'Determine when the expiration countdown begins.',
      ),
      field(
        'expire',
        { kind: 'integer', min: 1, max: 31536000 },
        14400,
        'Time in seconds before guest user accounts expire. (1 - 31536000 sec)',
      ),
      field(
        'max-accounts',
        { kind: 'integer', min: 0, max: 500 },
        0,
        'Maximum number of guest accounts that can be created for this group (0 means unlimited).',
      ),
      field(
        'multiple-guest-add',
        { kind: 'option', options: ['disable', 'enable'] },
        'disable',
        'Enable/disable addition of multiple guests.',
      ),
      field(
        'guest',
        {
          kind: 'sub-table',
          mkey: 'user-id',
          fields: [
            field('user-id', { kind: 'name', maxLength: 64 }, '', 'Guest ID.'),
            field('name', { kind: 'string', maxLength: 64 }, '', 'Guest name.'),
            field('password', { kind: 'password', maxLength: 128 }, '', 'Guest password.'),
            field('mobile-phone', { kind: 'string', maxLength: 35 }, '', 'Mobile phone.'),
            field(
              'sponsor',
              { kind: 'string', maxLength: 35 },
              '',
              'Set the action for the sponsor guest user field.',
            ),
            field(
              'company',
              { kind: 'string', maxLength: 35 },
              '',
              'Set the action for the company guest user field.',
            ),
            field('email', { kind: 'string', maxLength: 64 }, '', 'Email.'),
            field('expiration', { kind: 'string', maxLength: 35 }, '', 'Expire time.'),
            field('comment', { kind: 'string', maxLength: 255 }, '', 'Comment.'),
          ],
        },
        [],
        'Guest User.',
      ),
    ]),
  ],
};

/**
 * `config user local`: every key 6.0.4 has, in the device's order. Keys: the 6.0.5 module
 * (coll-test/fortinet.fortios `plugins/modules/fortios_user_local.py`, 21 keys) plus `tacacs+-server`,
 * which that generator drops for its `+` and the per-version data (fortinet-ansible-dev/
 * ansible-galaxy-fortios-collection `fortios_user_local.py`, `tacacs_plus_server`) has for v6.0.0,
 * v6.0.5 and v6.0.11. Order, sizes and ranges: the 6.0 CLI reference's `config user local` listing
 * (docs.fortinet.com/document/fortigate/6.0.0/cli-reference/204331/user-local: `name size[64]`,
 * `id range[0-4294967295]`, …), confirmed key for key by a 6.0.1 unit's `GET /api/v2/cmdb/user/local`
 * (a fortiosapi example script of 2018, `"version": "v6.0.1", "build": 131`), whose row has exactly
 * these 22 keys in this order with these defaults (status enable, two-factor disable, sms-server
 * fortiguard, authtimeout 0, auth-concurrent-override disable, auth-concurrent-value 0). **Decision** (docs/fortios-6.0.md §4.6):
 * `username-case-sensitivity` is left out (the per-version data has it for v6.0.0 and v6.0.11 but not
 * v6.0.5, and the 6.0.5 module lacks it). The server keys name tables fgsim does not model (`user ldap`,
 * `user radius`, `user tacacs+`, `user fortitoken`, `user password-policy`, `system sms-server`), so
 * they are names of their size, not checked references.
 */
export const userLocal: TableSchema = {
  path: 'user local',
  kind: 'table',
  mkey: 'name',
  scope: 'vdom',
  help: 'Configure local users.',
  fields: [
    field('name', { kind: 'name', maxLength: 64 }, '', 'User name.'),
    // The device numbers a new user (docs/fortios-6.0.md §4.6.1, src/device/rules.ts); `show` does not print it.
    field('id', { kind: 'integer', min: 0, max: 4294967295 }, 0, 'User ID.', { autoAssigned: true }),
    field(
      'status',
      { kind: 'option', options: ['enable', 'disable'] },
      'enable',
      'Enable/disable allowing the local user to authenticate with the FortiGate unit.',
    ),
    // A 6.0.1 unit's `sh user local` prints `set type password` at its default (below).
    field(
      'type',
      { kind: 'option', options: ['password', 'radius', 'tacacs+', 'ldap'] },
      'password',
      'Authentication method.',
      { alwaysShown: true },
    ),
    field('passwd', { kind: 'password', maxLength: 128 }, '', "User's password."),
    field(
      'ldap-server',
      { kind: 'string', maxLength: 35 },
      '',
      'Name of LDAP server with which the user must authenticate.',
    ),
    field(
      'radius-server',
      { kind: 'string', maxLength: 35 },
      '',
      'Name of RADIUS server with which the user must authenticate.',
    ),
    field(
      'tacacs+-server',
      { kind: 'string', maxLength: 35 },
      '',
      'Name of TACACS+ server with which the user must authenticate.',
    ),
    field(
      'two-factor',
      { kind: 'option', options: ['disable', 'fortitoken', 'email', 'sms'] },
      'disable',
      'Enable/disable two-factor authentication.',
    ),
    field(
      'fortitoken',
      { kind: 'string', maxLength: 16 },
      '',
      "Two-factor recipient's FortiToken serial number.",
    ),
    field('email-to', { kind: 'string', maxLength: 63 }, '', "Two-factor recipient's email address."),
    field(
      'sms-server',
      { kind: 'option', options: ['fortiguard', 'custom'] },
      'fortiguard',
      'Send SMS through FortiGuard or other external server.',
    ),
    field('sms-custom-server', { kind: 'string', maxLength: 35 }, '', "Two-factor recipient's SMS server."),
    field('sms-phone', { kind: 'string', maxLength: 15 }, '', "Two-factor recipient's mobile phone number."),
    field(
      'passwd-policy',
      { kind: 'string', maxLength: 35 },
      '',
      'Password policy to apply to this user, as defined in config user password-policy.',
    ),
    // Stamped when the password is set (src/device/rules.ts), printed unquoted: `set passwd-time 2018-08-31 06:19:37`.
    field(
      'passwd-time',
      { kind: 'string', maxLength: 19, form: 'datetime' },
      '',
      'Time of the last password update.',
    ),
    field(
      'authtimeout',
      { kind: 'integer', min: 0, max: 1440 },
      0,
      'Time in minutes before the authentication timeout for a user is reached.',
    ),
    field(
      'workstation',
      { kind: 'string', maxLength: 35 },
      '',
      'Name of the remote user workstation, if you want to limit the user to authenticate only from a particular workstation.',
    ),
    field(
      'auth-concurrent-override',
      { kind: 'option', options: ['enable', 'disable'] },
      'disable',
      'Enable/disable overriding the policy-auth-concurrent under config system global.',
    ),
    field(
      'auth-concurrent-value',
      { kind: 'integer', min: 0, max: 100 },
      0,
      'Maximum number of concurrent logins permitted from the same user.',
    ),
    field(
      'ppk-secret',
      { kind: 'password', maxLength: 128 },
      '',
      'IKEv2 Postquantum Preshared Key (ASCII string or hexadecimal encoded with a leading 0x).',
    ),
    field('ppk-identity', { kind: 'string', maxLength: 35 }, '', 'IKEv2 Postquantum Preshared Key Identity.'),
  ],
};

/**
 * **Decision** (docs/fortios-6.0.md §4.8.1): a PEM value (`certificate`, `private-key`, `csr`, the
 * device's sizeless `user` type) holds at most 16,384 characters — four times a 4096-bit key's PEM —
 * so one value stays bounded.
 */
const PEM_MAX = 16384;

const pem = (labels: readonly string[], code: -145 | -651, message: string) =>
  ({ kind: 'string', maxLength: PEM_MAX, pem: { labels, code, message } }) as const;

const UINT32 = { kind: 'integer', min: 0, max: 4294967295 } as const;

/**
 * `config vpn certificate local`: every 6.0 key (docs/fortios-6.0.md §4.8.1). Keys, help and option
 * words: the 6.0.2 ansible module `fortios_vpn_certificate_local.py` ("Tested with FOS v6.0.5");
 * sizes, ranges and defaults: a 6.2.7+ unit's schema answer (poroping/terraform-provider-fortios
 * `v2/codegen/apischema/auto-merge/vpn.certificate_local.json`), which has the same keys but for 7.0's
 * `acme-*`, `enroll-protocol acme2` and without `last-updated`. The order: a real 6.0.6 40F backup
 * prints `password, comments, private-key, certificate, range, source, last-updated`; the other keys
 * keep the place §4.8.1 gives them (Decision). `password` prints where it is declared (first), as
 * the 40F prints it.
 */
export const vpnCertificateLocal: TableSchema = {
  path: 'vpn certificate local',
  kind: 'table',
  mkey: 'name',
  scope: 'vdom',
  // Hardware-unique rows a backup does not carry (a Technical Tip, "Explanation on Fortinet_Factory
  // certificate", community.fortinet.com ta-p/388146; docs/fortios-6.0.md §4.8.1).
  unitRows: ['Fortinet_Factory', 'Fortinet_Factory_Backup'],
  help: 'Local keys and certificates.',
  fields: [
    field('name', { kind: 'name', maxLength: 35 }, '', 'Name.'),
    field('password', { kind: 'password', maxLength: 128, hash: 'ENC' }, '', 'Password as a PEM file.', {
      secretInPlace: true,
    }),
    field('comments', { kind: 'string', maxLength: 511 }, '', 'Comment.'),
    field(
      'private-key',
      pem(
        ['ENCRYPTED PRIVATE KEY', 'PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'DSA PRIVATE KEY'],
        -145,
        'Invalid private key, password may be required',
      ),
      '',
      'PEM format key, encrypted with a password.',
    ),
    field(
      'certificate',
      pem(['CERTIFICATE'], -651, 'Input is not a valid certificate.'),
      '',
      'PEM format certificate.',
    ),
    field(
      'csr',
      pem(
        ['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST'],
        -651,
        'Input is not a valid certificate request.',
      ),
      '',
      'Certificate Signing Request.',
    ),
    // Read-only in the schema answer: the device writes it while a request is pending.
    field(
      'state',
      { kind: 'string', maxLength: PEM_MAX, form: 'user' },
      '',
      'Certificate Signing Request State.',
      {
        readOnly: true,
      },
    ),
    field('scep-url', { kind: 'string', maxLength: 255 }, '', 'SCEP server URL.'),
    field(
      'range',
      { kind: 'option', options: ['global', 'vdom'] },
      'vdom',
      'Either a global or VDOM IP address range for the certificate.',
    ),
    field(
      'source',
      { kind: 'option', options: ['factory', 'user', 'bundle'] },
      'user',
      'Certificate source type.',
    ),
    field(
      'auto-regenerate-days',
      UINT32,
      0,
      'Number of days to wait before expiry of an updated local certificate is requested (0 = disabled).',
    ),
    field(
      'auto-regenerate-days-warning',
      UINT32,
      0,
      'Number of days to wait before an expiry warning message is generated (0 = disabled).',
    ),
    field(
      'scep-password',
      { kind: 'password', maxLength: 128, hash: 'ENC' },
      '',
      'SCEP server challenge password for auto-regeneration.',
      { secretInPlace: true },
    ),
    field(
      'ca-identifier',
      { kind: 'string', maxLength: 255 },
      '',
      'CA identifier of the CA server for signing via SCEP.',
    ),
    field(
      'name-encoding',
      { kind: 'option', options: ['printable', 'utf8'] },
      'printable',
      'Name encoding method for auto-regeneration.',
    ),
    field(
      'source-ip',
      { kind: 'ipv4' },
      '0.0.0.0',
      'Source IP address for communications to the SCEP server.',
    ),
    field(
      'ike-localid',
      { kind: 'string', maxLength: 63 },
      '',
      'Local ID the FortiGate uses for authentication as a VPN client.',
    ),
    field(
      'ike-localid-type',
      { kind: 'option', options: ['asn1dn', 'fqdn'] },
      'asn1dn',
      'IKE local ID type.',
    ),
    field('last-updated', UINT32, 0, 'Time at which certificate was last updated.'),
    field(
      'enroll-protocol',
      { kind: 'option', options: ['none', 'scep', 'cmpv2'] },
      'none',
      'Certificate enrollment protocol.',
    ),
    field('cmp-server', { kind: 'string', maxLength: 63 }, '', "'ADDRESS:PORT' for CMP server."),
    field('cmp-path', { kind: 'string', maxLength: 255 }, '', 'Path location inside CMP server.'),
    // A `vpn certificate ca` row's name on a unit; fgsim has no such table (the 40F's is empty): text.
    field('cmp-server-cert', { kind: 'string', maxLength: 79 }, '', 'CMP server certificate.'),
    field(
      'cmp-regeneration-method',
      { kind: 'option', options: ['keyupate', 'renewal'] },
      'keyupate',
      'CMP auto-regeneration method.',
    ),
  ],
};
