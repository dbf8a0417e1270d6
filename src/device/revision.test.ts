import { describe, expect, it } from 'vitest';
import { buildScenario } from './scenarios';
import { compareRevisions, configurationId, revisionOf, revisionParts, sameRevision } from './revision';

/**
 * Revisions real 6.0 units answered (fortiosapi example scripts of 2018, each quoting the GET it made;
 * found by code search): a 6.0.0 VM (`"version": "v6.0.0", "build": 76`) answered
 * `31.0.92.9539865665020678008.1535505187` for `firewall/address`, `23.0.50.…` for `system/interface`,
 * `20.0.0.…` for `firewall/policy`; after its upgrade to 6.0.1 (build 131) `15.0.0.9539865665020678008.1535658219`
 * for `vpn.ssl/settings` and `3.0.0.…` for `user/local`.
 */
const CAPTURED = [
  '31.0.92.9539865665020678008.1535505187',
  '5.0.94.9539865665020678008.1535505187',
  '23.0.50.9539865665020678008.1535505187',
  '20.0.0.9539865665020678008.1535505187',
  '15.0.0.9539865665020678008.1535658219',
  '3.0.0.9539865665020678008.1535658219',
];

/** The form of those: five dotted decimals, the fourth a 64-bit number, the fifth an epoch second. */
const FORM = /^(\d+)\.0\.(\d+)\.(\d{1,20})\.(\d{10})$/;

describe('the configuration revision (docs/fortios-6.0.md §5.3)', () => {
  it('has the form the captured 6.0 answers have', () => {
    for (const real of CAPTURED) expect(real).toMatch(FORM);
    const state = buildScenario('factory-default').state;
    const revision = revisionOf(state);
    expect(revision).toMatch(FORM);
    const [changes, , , id, loaded] = revision.split('.');
    expect(Number(changes)).toBe(state.changes);
    expect(BigInt(id ?? '')).toBeLessThan(2n ** 64n);
    // The fifth part is the second the configuration was loaded: the device's boot.
    expect(Number(loaded)).toBe(Math.floor(state.bootTime / 1000));
  });

  it('is the same on every build, and differs between scenarios', () => {
    expect(revisionOf(buildScenario('factory-default').state)).toBe(
      revisionOf(buildScenario('factory-default').state),
    );
    expect(configurationId('factory-default')).not.toBe(configurationId('telemetry-on'));
    expect(configurationId('factory-default')).toMatch(/^\d{1,20}$/);
  });

  it('orders revisions by their numbers, not their text', () => {
    const base = { scenario: 'factory-default', bootTime: 1_546_300_800_000 };
    const nine = revisionOf({ ...base, changes: 9 });
    const ten = revisionOf({ ...base, changes: 10 });
    // As strings "10.…" sorts before "9.…"; by order it comes after.
    expect(ten < nine).toBe(true);
    expect(compareRevisions(nine, ten)).toBe(-1);
    expect(compareRevisions(ten, nine)).toBe(1);
    expect(compareRevisions(ten, ten)).toBe(0);
    expect(sameRevision(ten, `0${ten}`)).toBe(true);
    // The captured ones order by their first number too (15 after 3 on the 6.0.1 unit).
    expect(compareRevisions(CAPTURED[5] ?? '', CAPTURED[4] ?? '')).toBe(-1);
  });

  it('is no revision when it is not five dotted numbers', () => {
    for (const text of [
      '',
      'bd002ee1735120907182831e7528dc8b',
      '1.0.0.1',
      '1.0.0.1.2.3',
      '1.0.0.x.2',
      '-1.0.0.1.2',
    ])
      expect(revisionParts(text), text).toBeUndefined();
    expect(compareRevisions('1.0.0.1.2', 'abc')).toBeUndefined();
    expect(sameRevision('abc', 'abc')).toBe(true);
    expect(sameRevision('abc', 'abd')).toBe(false);
  });
});
