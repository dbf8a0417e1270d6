/**
 * A key's conditions are transitive (docs/fortios-6.0.md §3): a key whose condition key is hidden is
 * hidden too, at every door that asks `appliesTo`.
 */
import { describe, expect, it } from 'vitest';
import { FixedClock } from '../clock';
import { buildScenario } from '../scenarios';
import { cliUnderTest } from '../../test/cli-under-test';
import { appliesTo, closeConditions, field, tableSchema, toggle, type FieldDef } from './index';

const fieldOf = (path: string, name: string): FieldDef =>
  tableSchema(path)?.fields.find((f) => f.name === name) as FieldDef;

describe('closeConditions', () => {
  it('gives a key the conditions of the keys it depends on, and of theirs', () => {
    const fields = [
      toggle('a', 'disable', 'A.'),
      field('b', { kind: 'option', options: ['x', 'y'] }, 'x', 'B.', {
        onlyWhen: [{ key: 'a', values: ['enable'] }],
      }),
      field('c', { kind: 'string', maxLength: 9 }, '', 'C.', { onlyWhen: [{ key: 'b', values: ['y'] }] }),
    ];
    closeConditions(fields);
    const c = fields[2] as FieldDef;
    expect(appliesTo(c, { a: 'enable', b: 'y' })).toBe(true);
    // `b` is y, but `b` itself is hidden while `a` is disabled: so is `c`.
    expect(appliesTo(c, { a: 'disable', b: 'y' })).toBe(false);
    // Running it again changes nothing.
    closeConditions(fields);
    expect(c.onlyWhen).toEqual([
      { key: 'b', values: ['y'] },
      { key: 'a', values: ['enable'] },
    ]);
  });

  it('refuses one field object shared by two lists whose chains differ', () => {
    const shared = field('c', { kind: 'string', maxLength: 9 }, '', 'C.', {
      onlyWhen: [{ key: 'b', values: ['y'] }],
    });
    closeConditions([field('b', { kind: 'string', maxLength: 9 }, '', 'B.'), shared]);
    expect(() =>
      closeConditions([
        field('b', { kind: 'string', maxLength: 9 }, '', 'B.', { onlyFor: ['vlan'] }),
        shared,
      ]),
    ).toThrow(/shared by two tables/);
  });

  it('is applied to the modelled tables: ssl-ssh-profile needs flow inspection, through ngfw-mode', () => {
    const profile = fieldOf('system settings', 'ssl-ssh-profile');
    const proxy = { 'inspection-mode': 'proxy', 'ngfw-mode': 'policy-based' };
    expect(appliesTo(profile, proxy)).toBe(false);
    expect(appliesTo(profile, { ...proxy, 'inspection-mode': 'flow' })).toBe(true);
    // A phase1's DNS servers: dns-mode manual, and mode-cfg enable for dns-mode itself.
    const dns = fieldOf('vpn ipsec phase1-interface', 'ipv4-dns-server1');
    expect(appliesTo(dns, { type: 'dynamic', 'mode-cfg': 'disable', 'dns-mode': 'manual' })).toBe(false);
  });

  it('a value a REST write left in a hidden key is not printed, and the CLI cannot set it', () => {
    const device = buildScenario('telemetry-on', new FixedClock());
    // A REST-like write (every door's transaction) of ngfw-mode in proxy inspection.
    device.transact((tx) =>
      tx.update('system settings', null, { 'ngfw-mode': 'policy-based', 'ssl-ssh-profile': 'deep' }),
    );
    const cli = cliUnderTest(device);
    const full = cli.run('show full-configuration system settings').output;
    expect(full).not.toMatch(/ssl-ssh-profile|ngfw-mode/);
    cli.run('config system settings');
    expect(cli.run('set ssl-ssh-profile "x"').output).toBe(
      "command parse error before 'ssl-ssh-profile'\nCommand fail. Return code -61",
    );
  });
});
