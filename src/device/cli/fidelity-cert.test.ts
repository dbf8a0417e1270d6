/**
 * `config vpn certificate local` against real 6.0 output (issue 13; docs/fortios-6.0.md §4.8.1): the
 * factory rows' `show` and full configuration line by line in a real unit's form, a real unit's row
 * restored and printed back byte for byte, the key material itself, and bad input refused in the
 * device's words with the device unchanged.
 *
 * The listing quoted is a FortiGate 40F's backup, `#config-version=FGT40F-6.0.6-FW-build0272-191025`
 * (a public provisioning template made from a real backup, found with code search for
 * `edit "Fortinet_CA_Untrusted"`): every factory row prints, in this order,
 *
 *     edit "Fortinet_CA_SSL"
 *         set password ENC /B1vbJ7cYYhAoN2+dFyIocQ/dS4cD0SR7ib3E9/4cgnE2ShrF4d33T+gjrSD3KwTpsP3IGL+fs…
 *         set comments "This is the default CA certificate the SSL Inspection will use when generating new server certificates."
 *         set private-key "-----BEGIN ENCRYPTED PRIVATE KEY-----
 *     MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQIyh3yLe0Mb+0CAggA
 *     …
 *     -----END ENCRYPTED PRIVATE KEY-----"
 *         set certificate "-----BEGIN CERTIFICATE-----
 *     MIID5jCCAs6gAwIBAgIIBnQnE7FhR8IwDQYJKoZIhvcNAQELBQAwgakxCzAJBgNV
 *     …
 *     -----END CERTIFICATE-----"
 *         set range global
 *         set source factory
 *         set last-updated 1597100049
 *     next
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../clock';
import type { Device } from '../config';
import { buildScenario } from '../scenarios';
import { FACTORY_CERTIFICATES } from '../scenarios/factory-certificates';
import { decryptSecret } from '../secret-codec';
import { backupConfig } from './backup';
import { restoreConfig } from './restore';
import type { CliSession } from './cli-session';
import { cliUnderTest } from '../../test/cli-under-test';
import { REAL_ROW } from '../../test/real-certificate-row';

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

beforeEach(() => fresh('telemetry-on'));

const CA_COMMENT =
  'This is the default CA certificate the SSL Inspection will use when generating new server certificates.';
const FACTORY_ROWS = [
  'Fortinet_CA_SSL',
  'Fortinet_CA_Untrusted',
  'Fortinet_Factory',
  'Fortinet_Factory_Backup',
];

/** A PEM value as the 40F prints it: the opening line after `set <key> "`, 64-column base64, the closing line and quote. */
function expectPemLines(lines: readonly string[], key: string, label: string): void {
  expect(lines[0]).toBe(`        set ${key} "-----BEGIN ${label}-----`);
  expect(lines.at(-1)).toBe(`-----END ${label}-----"`);
  const body = lines.slice(1, -1);
  expect(body.length).toBeGreaterThan(10);
  for (const line of body.slice(0, -1)) expect(line).toMatch(/^[A-Za-z0-9+/]{64}$/);
  expect(body.at(-1)).toMatch(/^[A-Za-z0-9+/]{1,64}={0,2}$/);
}

/** The rows of a `config vpn certificate local` listing: name → its lines between `edit` and `next`. */
function rowsOf(lines: readonly string[]): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of lines) {
    const edit = /^ {4}edit "(.+)"$/.exec(line);
    if (edit) rows.set(edit[1] ?? '', (current = []));
    else if (line === '    next') current = undefined;
    else current?.push(line);
  }
  return rows;
}

/** The `set <key>` words of a row's lines, in the order printed (a PEM's own lines are not `set`s). */
const keysOf = (lines: readonly string[]): string[] =>
  lines.map((l) => /^ {8}set (\S+)/.exec(l)?.[1]).filter((k): k is string => k !== undefined);

describe('show: the factory rows in the 40F backup’s form', () => {
  it('each row prints password, comments, private-key, certificate, range, source, last-updated', () => {
    const lines = show('show vpn certificate local');
    expect(lines[0]).toBe('config vpn certificate local');
    expect(lines.at(-1)).toBe('end');
    // The table lists the CA rows; the unit's own hardware rows print when named (see below).
    expect([...rowsOf(lines).keys()]).toEqual(['Fortinet_CA_SSL', 'Fortinet_CA_Untrusted']);
    const rows = new Map(
      FACTORY_ROWS.map((name) => [name, rowsOf(show(`show vpn certificate local ${name}`)).get(name) ?? []]),
    );
    for (const [name, row] of rows) {
      expect(keysOf(row), name).toEqual([
        'password',
        'comments',
        'private-key',
        'certificate',
        'range',
        'source',
        'last-updated',
      ]);
      // `set password ENC <base64>`, unquoted, as the 40F prints it.
      expect(row[0], name).toMatch(/^ {8}set password ENC [A-Za-z0-9+/]+={0,2}$/);
      expect(row[1]).toBe(
        `        set comments "${name.startsWith('Fortinet_CA_') ? CA_COMMENT : 'This is the default local certificate'}"`,
      );
      const keyEnd = row.indexOf('-----END ENCRYPTED PRIVATE KEY-----"');
      expectPemLines(row.slice(2, keyEnd + 1), 'private-key', 'ENCRYPTED PRIVATE KEY');
      const certEnd = row.indexOf('-----END CERTIFICATE-----"');
      expectPemLines(row.slice(keyEnd + 1, certEnd + 1), 'certificate', 'CERTIFICATE');
      // `last-updated` is a number of seconds, unquoted (the 40F: `set last-updated 1597100049`).
      expect(row.slice(certEnd + 1)).toEqual([
        '        set range global',
        '        set source factory',
        '        set last-updated 1547108067',
      ]);
    }
  });

  it('the private key is PKCS#8 in the 40F’s own encryption (PBES2, hmacWithSHA256, 2048 rounds, DES-EDE3-CBC)', () => {
    // The 40F's keys all start `MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI…CAggA` /
    // `MAwGCCqGSIb3DQIJBQAwFAYIKoZIhvcNAwcE…`: the same algorithm identifiers, salt and IV aside.
    for (const name of FACTORY_ROWS) {
      const key = String(device.find('vpn certificate local', name)?.['private-key']);
      const [, first = '', second = ''] = key.split('\n');
      expect(first, name).toMatch(/^MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI[A-Za-z0-9+/]{11}CAggA$/);
      expect(second, name).toMatch(/^MAwGCCqGSIb3DQIJBQAwFAYIKoZIhvcNAwcE/);
    }
  });

  it('the backup file carries the same rows', () => {
    const text = backupConfig(device);
    const start = text.indexOf('config vpn certificate local\n');
    const block = text.slice(start, text.indexOf('\nend\n', start) + 4);
    expect(block.split('\n')).toEqual(show('show vpn certificate local'));
  });
});

/*
 * A Technical Tip, "Explanation on Fortinet_Factory certificate" (community.fortinet.com ta-p/388146):
 * "Fortinet_Factory, Fortinet_Factory_Backup, Fortinet_Wifi are all unique to each hardware … they do
 * not exist on the backup config as well. This means that the certificates are not transferable from
 * one unit to another by restoring the backup config." The 40F's 6.0.6 backup lists
 * `Fortinet_CA_SSL`, `Fortinet_CA_Untrusted` and its `Fortinet_SSL*` rows, no `Fortinet_Factory`.
 */
describe("the unit's own certificates: in no configuration it prints, untouched by a restore", () => {
  const UNIT = ['Fortinet_Factory', 'Fortinet_Factory_Backup'];

  it('show, show full-configuration and the backup leave them out; named, show prints one; get lists them', () => {
    for (const command of ['show vpn certificate local', 'show full-configuration vpn certificate local'])
      expect([...rowsOf(show(command)).keys()], command).toEqual([
        'Fortinet_CA_SSL',
        'Fortinet_CA_Untrusted',
      ]);
    expect(backupConfig(device)).not.toContain('edit "Fortinet_Factory');
    expect(show('show vpn certificate local Fortinet_Factory')[1]).toBe('    edit "Fortinet_Factory"');
    expect(show('get vpn certificate local').filter((l) => l.startsWith('== ['))).toEqual(
      FACTORY_ROWS.map((name) => `== [ ${name} ]`),
    );
  });

  it("a restore keeps the unit's own rows where they were, and a file's rows of those names are not taken", () => {
    const own = UNIT.map((name) => device.find('vpn certificate local', name));
    // Another unit's backup, as an older fgsim wrote it: with a Fortinet_Factory row of its own.
    const text = backupConfig(device).replace(
      'config vpn certificate local\n',
      'config vpn certificate local\n    edit "Fortinet_Factory"\n        set comments "another unit"\n    next\n',
    );
    cli.run('config vpn certificate local');
    cli.run('edit "mine"');
    cli.run('set comments "mine"');
    cli.run('end');
    restoreConfig(device, text);
    expect(device.rows('vpn certificate local').map((r) => r.name)).toEqual(FACTORY_ROWS);
    expect(UNIT.map((name) => device.find('vpn certificate local', name))).toEqual(own);
    // What names them still resolves (vpn ssl settings' servercert is Fortinet_Factory).
    expect(device.single('vpn ssl settings').servercert).toBe('Fortinet_Factory');
  });

  it('Backup, factory reset, Restore: the certificates come back in their places', () => {
    cli.run('config vpn certificate local');
    cli.run('edit "mine"');
    cli.run('set comments "mine"');
    cli.run('end');
    const names = device.rows('vpn certificate local').map((r) => r.name);
    const text = backupConfig(device);
    cli.run('execute factoryreset');
    cli.run('y');
    restoreConfig(device, text);
    expect(device.rows('vpn certificate local').map((r) => r.name)).toEqual(names);
    expect(backupConfig(device)).toBe(text);
  });
});

describe('show full-configuration: every 6.0 key', () => {
  it('prints every key but the read-only state, in the table’s order, defaults as the device has them', () => {
    const row = rowsOf(show('show full-configuration vpn certificate local')).get('Fortinet_CA_SSL') ?? [];
    // The 40F's seven keys keep its order; the others where §4.8.1 puts them (no real full
    // configuration of this table was found: Decision). An empty `scep-password` prints nothing, as
    // every empty secret; `state` is the device's own and prints nowhere.
    expect(keysOf(row)).toEqual([
      'password',
      'comments',
      'private-key',
      'certificate',
      'csr',
      'scep-url',
      'range',
      'source',
      'auto-regenerate-days',
      'auto-regenerate-days-warning',
      'ca-identifier',
      'name-encoding',
      'source-ip',
      'ike-localid',
      'ike-localid-type',
      'last-updated',
      'enroll-protocol',
      'cmp-server',
      'cmp-path',
      'cmp-server-cert',
      'cmp-regeneration-method',
    ]);
    const tail = row.slice(row.indexOf('-----END CERTIFICATE-----"') + 1);
    expect(tail).toEqual([
      "        set csr ''",
      "        set scep-url ''",
      '        set range global',
      '        set source factory',
      '        set auto-regenerate-days 0',
      '        set auto-regenerate-days-warning 0',
      "        set ca-identifier ''",
      '        set name-encoding printable',
      '        set source-ip 0.0.0.0',
      "        set ike-localid ''",
      '        set ike-localid-type asn1dn',
      '        set last-updated 1547108067',
      '        set enroll-protocol none',
      "        set cmp-server ''",
      "        set cmp-path ''",
      "        set cmp-server-cert ''",
      '        set cmp-regeneration-method keyupate',
    ]);
  });

  it('a user row at its defaults prints range vdom and source user only in the full configuration', () => {
    cli.run('config vpn certificate local');
    cli.run('edit "lab"');
    cli.run('next');
    cli.run('end');
    expect(show('show vpn certificate local lab')).toEqual([
      'config vpn certificate local',
      '    edit "lab"',
      '    next',
      'end',
    ]);
    const full = show('show full-configuration vpn certificate local lab');
    expect(full).toContain('        set range vdom');
    expect(full).toContain('        set source user');
    expect(full).toContain('        set last-updated 0');
  });
});

describe('the key material', () => {
  it.each([
    ['telemetry-on', 'FGT60E4Q17000000'],
    ['factory-default', 'FGT60E4Q17000000'],
    ['large', 'FGT3KD3Z17000000'],
  ] as const)(
    '%s: each key opens with the password its ENC line holds and is the certificate’s',
    (scenario, serial) => {
      fresh(scenario);
      for (const name of FACTORY_ROWS) {
        const row = device.find('vpn certificate local', name) ?? {};
        const enc = /^ENC (\S+)$/.exec(String(row['password']))?.[1] ?? '';
        const password = decryptSecret(enc);
        expect(password, name).not.toBeNull();
        const key = createPrivateKey({ key: String(row['private-key']), passphrase: password ?? '' });
        const cert = new X509Certificate(String(row['certificate']));
        expect(cert.checkPrivateKey(key), name).toBe(true);
        // The 40F's subjects: `OU=Certificate Authority` and the serial (or "Fortinet Untrusted CA") for
        // the CA rows, `OU=FortiGate` and the serial for the unit's own.
        const cn = name === 'Fortinet_CA_Untrusted' ? 'Fortinet Untrusted CA' : serial;
        const ou = name.startsWith('Fortinet_CA_') ? 'Certificate Authority' : 'FortiGate';
        expect(cert.subject.split('\n'), name).toEqual([
          'C=US',
          'ST=California',
          'L=Sunnyvale',
          'O=Fortinet',
          `OU=${ou}`,
          `CN=${cn}`,
          'emailAddress=support@fortinet.com',
        ]);
        expect(cert.ca, name).toBe(name.startsWith('Fortinet_CA_'));
        // Made when `last-updated` says, valid for the scenario's clock (2019-01-15).
        expect(Date.parse(cert.validFrom) / 1000, name).toBe(Number(row['last-updated']));
        expect(Date.parse(cert.validTo), name).toBeGreaterThan(new FixedClock().now());
      }
    },
  );

  it('the data module has the rows of each scenario’s serial number and no more', () => {
    expect(Object.keys(FACTORY_CERTIFICATES)).toEqual(['FGT60E4Q17000000', 'FGT3KD3Z17000000']);
    for (const rows of Object.values(FACTORY_CERTIFICATES)) expect(Object.keys(rows)).toEqual(FACTORY_ROWS);
  });
});

describe('a real 6.0.6 unit’s row', () => {
  it('restores from a backup fragment, with the unit’s ENC password, and prints back line for line', () => {
    const before = backupConfig(device);
    restoreConfig(device, `${before}${REAL_ROW.join('\n')}\n`);
    expect(show('show vpn certificate local Real_40F_RSA1024')).toEqual(REAL_ROW);
    // The unit's own words for the password, kept: what the CLI prints is what the file said.
    expect(device.find('vpn certificate local', 'Real_40F_RSA1024')?.['password']).toBe(
      REAL_ROW[2]?.trim().replace(/^set password /, ''),
    );
  });

  it('typed into the CLI, line for line, it is the same row', () => {
    for (const line of REAL_ROW.join('\n').split(/\n(?=\s*(?:set|edit|next|end|config)\b)/))
      expect(cli.run(line).output, line.slice(0, 60)).toBe('');
    expect(show('show vpn certificate local Real_40F_RSA1024')).toEqual(REAL_ROW);
  });
});

describe('bad input: the device’s words, the device unchanged', () => {
  const refused = (line: string, lines: string[]) => {
    const before = JSON.stringify(device.state.config);
    cli.run('config vpn certificate local');
    cli.run('edit "Fortinet_Factory"');
    expect(cli.run(line).output.split('\n'), line.slice(0, 60)).toEqual(lines);
    cli.run('end');
    expect(JSON.stringify(device.state.config)).toBe(before);
  };

  it('a private key the device cannot read: -145 (Fortinet\u2019s words)', () => {
    // The device's answer to a key it cannot read, through the CLI and REST alike
    // (fortinet-ansible-dev/ansible-galaxy-fortios-collection#395: "Invalid private key, password may
    // be required" … "Command fail. Return code -145"; -145 also in a 6.x unit's httpsd debug,
    // ansible/ansible#68717: "node_set_object failed for node 'private-key' … (err=-145)").
    refused('set private-key "not a key"', [
      'Invalid private key, password may be required',
      'Command fail. Return code -145',
    ]);
    refused('set private-key "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"', [
      'Invalid private key, password may be required',
      'Command fail. Return code -145',
    ]);
  });

  it('a certificate or request that is not PEM: -651 (Decision, §4.8.1)', () => {
    refused('set certificate "hello"', [
      'Input is not a valid certificate.',
      'Command fail. Return code -651',
    ]);
    // A block whose body is no base64, or whose closing label differs.
    refused('set certificate "-----BEGIN CERTIFICATE-----\nM!!!\n-----END CERTIFICATE-----"', [
      'Input is not a valid certificate.',
      'Command fail. Return code -651',
    ]);
    refused('set certificate "-----BEGIN CERTIFICATE-----\nMIIB\n-----END X509 CRL-----"', [
      'Input is not a valid certificate.',
      'Command fail. Return code -651',
    ]);
    refused('set csr "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"', [
      'Input is not a valid certificate request.',
      'Command fail. Return code -651',
    ]);
  });

  it('an option not in the 6.0 list, a number out of range, text too long', () => {
    refused('set range world', ["command parse error before 'world'", 'Command fail. Return code -61']);
    refused('set source vendor', ["command parse error before 'vendor'", 'Command fail. Return code -61']);
    refused('set enroll-protocol acme2', [
      "command parse error before 'acme2'",
      'Command fail. Return code -61',
    ]);
    refused('set last-updated 4294967296', [
      'last-updated out of range (0-4294967295): 4294967296',
      "value parse error before '4294967296'",
      'Command fail. Return code -651',
    ]);
    const long = 'x'.repeat(64);
    refused(`set ike-localid "${long}"`, [
      'string value is too long. the size is 64, the limit is 63',
      `value parse error before '${long}'`,
      'Command fail. Return code -651',
    ]);
    // A PEM over 16,384 characters (Decision, §4.8.1).
    const big = `-----BEGIN CERTIFICATE-----\n${`M${'A'.repeat(63)}\n`.repeat(260)}-----END CERTIFICATE-----`;
    expect(big.length).toBeGreaterThan(16384);
    const out = (() => {
      cli.run('config vpn certificate local');
      cli.run('edit "Fortinet_Factory"');
      const o = cli.run(`set certificate "${big}"`).output.split('\n');
      cli.run('end');
      return o;
    })();
    expect(out[0]).toBe(`string value is too long. the size is ${big.length}, the limit is 16384`);
    expect(out.at(-1)).toBe('Command fail. Return code -651');
  });

  it('state is the device’s own: no set for it (-61), and an ENC word that is no base64 is refused', () => {
    refused('set state "x"', ["command parse error before 'state'", 'Command fail. Return code -61']);
    refused('set password ENC !!', [
      'invalid encrypted value for password',
      "value parse error before 'ENC !!'",
      'Command fail. Return code -651',
    ]);
  });
});

describe('a factory row takes a user’s key material (Decision, §4.8.1)', () => {
  it('set certificate on Fortinet_Factory is taken, and the names that point at it keep working', () => {
    const other = FACTORY_CERTIFICATES['FGT3KD3Z17000000']?.['Fortinet_Factory'];
    expect(other).toBeDefined();
    cli.run('config vpn certificate local');
    cli.run('edit "Fortinet_Factory"');
    expect(cli.run(`set certificate "${other?.certificate ?? ''}"`).output).toBe('');
    expect(cli.run(`set private-key "${other?.privateKey ?? ''}"`).output).toBe('');
    expect(cli.run(`set password "${other?.password ?? ''}"`).output).toBe('');
    cli.run('end');
    expect(device.find('vpn certificate local', 'Fortinet_Factory')?.['certificate']).toBe(
      other?.certificate,
    );
    // `vpn ssl settings servercert`, `system global admin-server-cert` and a phase1's `certificate`.
    cli.run('config vpn ssl settings');
    expect(cli.run('set servercert "Fortinet_Factory"').output).toBe('');
    cli.run('end');
    cli.run('config system global');
    expect(cli.run('set admin-server-cert "Fortinet_Factory"').output).toBe('');
    cli.run('end');
    cli.run('config vpn certificate local');
    expect(cli.run('delete "Fortinet_Factory"').output).toMatch(/^The entry is used by other \d+ entries/);
    cli.run('end');
  });

  it('a PEM with CR LF line ends is kept with LF, so a backup restores to the same text', () => {
    const own = String(device.find('vpn certificate local', 'Fortinet_CA_SSL')?.['certificate']);
    cli.run('config vpn certificate local');
    cli.run('edit "Fortinet_CA_SSL"');
    expect(cli.run(`set certificate "${own.replace(/\n/g, '\r\n')}"`).output).toBe('');
    cli.run('end');
    expect(device.find('vpn certificate local', 'Fortinet_CA_SSL')?.['certificate']).toBe(own);
  });
});

describe('get', () => {
  it('a row’s get lists every key in the table’s order, the secrets as `*`, state among them', () => {
    cli.run('config vpn certificate local');
    cli.run('edit "Fortinet_CA_SSL"');
    const lines = cli.run('get').output.split('\n');
    cli.run('end');
    const keys = lines.map((l) => /^([a-z-]+)\s*: /.exec(l)?.[1]).filter((k): k is string => k !== undefined);
    expect(keys).toEqual([
      'name',
      'password',
      'comments',
      'private-key',
      'certificate',
      'csr',
      'state',
      'scep-url',
      'range',
      'source',
      'auto-regenerate-days',
      'auto-regenerate-days-warning',
      'scep-password',
      'ca-identifier',
      'name-encoding',
      'source-ip',
      'ike-localid',
      'ike-localid-type',
      'last-updated',
      'enroll-protocol',
      'cmp-server',
      'cmp-path',
      'cmp-server-cert',
      'cmp-regeneration-method',
    ]);
    expect(lines).toContain('password            : *');
    expect(lines).toContain('range               : global ');
    expect(lines).toContain('last-updated        : 1547108067');
  });
});
