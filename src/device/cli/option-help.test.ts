/**
 * `set <key> ?` lists each option with its own help, in the layout `?` has everywhere (the word, then
 * its help from the thirteenth column or one space past the longest word). The words are the data of
 * src/device/schema/option-help-6.0.ts; each expectation names where they come from
 * (docs/fortios-6.0.md §5.2).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../clock';
import { buildScenario } from '../scenarios';
import { CliSession } from './cli-session';

let cli: CliSession;

beforeEach(() => {
  const device = buildScenario('telemetry-on', new FixedClock());
  cli = new CliSession(() => device, {
    replaceDevice: () => undefined,
    onInternalError: (e) => {
      throw e;
    },
  });
});

describe('set <key> ? words each option as 6.0 does', () => {
  it('system interface allowaccess: the 6.0 handbook’s words', () => {
    // FortiOS 6.0.0 Handbook, "Configuring administrative access to interfaces"
    // (docs.fortinet.com/document/fortigate/6.0.0/handbook/909236): 6.0's list, with its ftm and capwap,
    // in its order (`{ping https ssh snmp http telnet fgfm radius-acct probe-response capwap ftm}`, the
    // order its table gives the words in and a value is stored in, docs/fortios-6.0.md §3).
    cli.run('config system interface');
    cli.run('edit internal');
    expect(cli.run('set allowaccess ?').output).toBe(
      [
        'ping           PING access.',
        'https          HTTPS access.',
        'ssh            SSH access.',
        'snmp           SNMP access.',
        'http           HTTP access.',
        'telnet         TELNET access.',
        'fgfm           FortiManager access.',
        'radius-acct    RADIUS accounting access.',
        'probe-response Probe access.',
        'capwap         CAPWAP access.',
        'ftm            FortiToken Mobile Push access.',
      ].join('\n'),
    );
  });

  it('system interface role and type: a 6.2.7 unit’s schema answer', () => {
    // poroping/terraform-provider-fortios v2/codegen/apischema/auto-merge/system_interface.json.
    cli.run('config system interface');
    cli.run('edit internal');
    expect(cli.run('set role ?').output).toBe(
      [
        'lan         Connected to local network of endpoints.',
        'wan         Connected to Internet.',
        'dmz         Connected to server zone.',
        'undefined   Interface has no specific role.',
      ].join('\n'),
    );
    expect(cli.run('set type ?').output.split('\n').slice(0, 3)).toEqual([
      'physical    Physical interface.',
      'vlan        VLAN interface.',
      'aggregate   Aggregate interface.',
    ]);
  });

  it('system settings gui-endpoint-control: the Feature Visibility toggle’s words', () => {
    // poroping/terraform-provider-fortios v2/codegen/apischema/auto-merge/system_settings.json.
    cli.run('config system settings');
    expect(cli.run('set gui-endpoint-control ?').output).toBe(
      'enable      Enable endpoint control on the GUI.\ndisable     Disable endpoint control on the GUI.',
    );
  });

  it('system global timezone: each zone named by its cities', () => {
    // poroping/terraform-provider-fortios v2/codegen/apischema/auto-merge/system_global.json.
    cli.run('config system global');
    const lines = cli.run('set timezone ?').output.split('\n');
    expect(lines).toHaveLength(88);
    expect(lines[0]).toBe('01          (GMT-11:00) Midway Island, Samoa');
    expect(lines).toContain('04          (GMT-8:00) Pacific Time (US & Canada)');
    expect(lines).toContain('00          (GMT+12:00) Eniwetok, Kwajalein');
  });

  it('vpn ssl settings: toggles FortiOS words generically, and an option the device leaves unworded', () => {
    // poroping/terraform-provider-fortios v2/codegen/apischema/auto-merge/vpn.ssl_settings.json:
    // `algorithm`'s `default` has "missing_help" there, and its help is its own name.
    cli.run('config vpn ssl settings');
    expect(cli.run('set reqclientcert ?').output).toBe(
      'enable      Enable setting.\ndisable     Disable setting.',
    );
    expect(cli.run('set algorithm ?').output).toBe(
      [
        'high        High algorithms.',
        'medium      High and medium algorithms.',
        'default     default',
        'low         All algorithms.',
      ].join('\n'),
    );
  });

  it('an option no source words keeps the fallback (Decision, docs/fortios-6.0.md §5.2)', () => {
    cli.run('config system settings');
    expect(cli.run('set inspection-mode ?').output).toBe('proxy       proxy\nflow        flow');
  });
});
