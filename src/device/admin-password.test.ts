import { describe, expect, it } from 'vitest';
import { hashClearSecrets, isSh2, sh2Hash, verifyAdminPassword } from './admin-password';
import { sha256 } from './sha256';

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * The two `SH2` lines and their passwords are the test vectors of John the Ripper's FortiOS 256
 * format (openwall/john, src/fortigate256_fmt_plug.c: "set password ENC SH2+n+OiTlautpJQF1NBcMU2H1o…",
 * password "a"), which cracks the `config system admin` lines of real 6.x backups.
 */
const HASHED = [
  ['system admin', 'password'],
  ['system api-user', 'api-key'],
] as const;
const JOHN_A = 'SH2+n+OiTlautpJQF1NBcMU2H1otOvlAz9g5wzxwHw+4il3Aiixv9oPtKnRgCc=';
const JOHN_42A = 'SH2B0YZCrPjDldskSin50dSxbw22VVy+Mb6Ldvb4eq1FV5q4KE3SYPotvX2KWI=';

describe('SHA-256', () => {
  it('gives the FIPS 180-4 digests of "", "abc" and a two-block message', () => {
    expect(hex(sha256(utf8('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });
});

describe("an admin's password as 6.0 stores it (SH2)", () => {
  it("verifies John the Ripper's vectors, and refuses other passwords", () => {
    expect(verifyAdminPassword(JOHN_A, 'a')).toBe(true);
    expect(verifyAdminPassword(JOHN_A, 'b')).toBe(false);
    expect(verifyAdminPassword(JOHN_A, '')).toBe(false);
    expect(verifyAdminPassword(JOHN_42A, 'A'.repeat(42))).toBe(true);
    expect(verifyAdminPassword(JOHN_42A, 'A'.repeat(41))).toBe(false);
  });

  it('hashes to the 63-character SH2 form, the same every time, and the hash verifies', () => {
    const h = sh2Hash('Tr41ner!');
    expect(h).toMatch(/^SH2[A-Za-z0-9+/]{59}=$/);
    expect(isSh2(h)).toBe(true);
    expect(sh2Hash('Tr41ner!')).toBe(h);
    expect(sh2Hash('Tr41ner?')).not.toBe(h);
    expect(verifyAdminPassword(h, 'Tr41ner!')).toBe(true);
    expect(verifyAdminPassword(h, 'tr41ner!')).toBe(false);
  });

  it('keeps the empty factory password empty: only the empty password opens it', () => {
    expect(verifyAdminPassword('', '')).toBe(true);
    expect(verifyAdminPassword('', 'x')).toBe(false);
  });

  it('never verifies a stored value that is not a hash (a password kept in the clear)', () => {
    expect(verifyAdminPassword('secret', 'secret')).toBe(false);
    expect(isSh2('SH2abc')).toBe(false);
  });

  it('turns the clear passwords an older fgsim stored into their hashes, and leaves hashes alone', () => {
    const state = {
      config: {
        'system admin': [
          { name: 'admin', password: '' },
          { name: 'trainer', password: 'Tr41ner!' },
          { name: 'john', password: JOHN_A },
        ],
      },
    };
    const out = hashClearSecrets(state, HASHED);
    const rows = out.config['system admin'] as Array<Record<string, string>>;
    expect(rows.map((r) => r['password'])).toEqual(['', sh2Hash('Tr41ner!'), JOHN_A]);
    expect(hashClearSecrets(out, HASHED)).toBe(out);
  });

  it("hashes an API user's key an older fgsim stored in the clear, and the key still verifies", () => {
    const key = 'fccys3cfbhyhqbqghkyzm1QGNnm31r';
    const state = { config: { 'system api-user': [{ name: 'api-admin', 'api-key': key }] } };
    const out = hashClearSecrets(state, HASHED);
    const stored = (out.config['system api-user'] as Array<Record<string, string>>)[0]!['api-key']!;
    expect(isSh2(stored)).toBe(true);
    expect(verifyAdminPassword(stored, key)).toBe(true);
    expect(verifyAdminPassword(stored, `${key}x`)).toBe(false);
    expect(hashClearSecrets(out, HASHED)).toBe(out);
  });
});
