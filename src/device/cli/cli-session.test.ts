/**
 * The CLI against reference §10: transcripts replayed byte for byte — prompts through nested levels,
 * abbreviations, `?`, the y/n questions — and the edit-session rules (one transaction on `next`/`end`,
 * nothing on `abort` or on a refused commit). Expected texts are written from the reference.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FixedClock } from '../clock';
import type { Device } from '../config';
import { stateProblems } from '../integrity';
import { DeviceError, badValue, duplicate, inUse, missingReference, notFound } from '../errors';
import { buildScenario } from '../scenarios';
import { onDevice } from './messages';
import { verbs } from './verbs';
import { replay } from '../../test/cli-transcript';
import type { CliSession } from './cli-session';
import { cliUnderTest } from '../../test/cli-under-test';

let device: Device;
let cli: CliSession;

function fresh(scenario: Parameters<typeof buildScenario>[0] = 'telemetry-on'): void {
  device = buildScenario(scenario, new FixedClock());
  cli = cliUnderTest(
    () => device,
    (next) => (device = next),
  );
}

beforeEach(() => fresh());

/** Replays the transcript and expects the session to print exactly it. */
const expectTranscript = (transcript: string): void => expect(replay(cli, transcript)).toBe(transcript);

describe('prompts and levels', () => {
  it('walks into a table, an entry and back out (§10)', () => {
    expectTranscript(`FGT60E # config system interface
FGT60E (interface) # edit internal
FGT60E (internal) # next
FGT60E (interface) # end
FGT60E # `);
  });

  it('a single-object table has no edit level', () => {
    expectTranscript(`FGT60E # config system settings
FGT60E (settings) # end
FGT60E # config vpn ssl settings
FGT60E (settings) # end
FGT60E # `);
  });

  it('nests sub-objects and sub-tables inside an entry', () => {
    expectTranscript(`FGT60E # config endpoint-control profile
FGT60E (profile) # edit "default"
FGT60E (default) # config forticlient-winmac-settings
FGT60E (forticlient-winmac-settings) # end
FGT60E (default) # next
FGT60E (profile) # end
FGT60E # config vpn ssl settings
FGT60E (settings) # config authentication-rule
FGT60E (authentication-rule) # edit 1
FGT60E (1) # next
FGT60E (authentication-rule) # end
FGT60E (settings) # end
FGT60E # `);
  });

  it('end inside an entry saves it and leaves config altogether', () => {
    expectTranscript(`FGT60E # config system interface
FGT60E (interface) # edit dmz
FGT60E (dmz) # set alias "DMZ net"
FGT60E (dmz) # end
FGT60E # `);
    expect(device.find('system interface', 'dmz')?.alias).toBe('DMZ net');
  });

  it('the prompt follows the hostname', () => {
    expectTranscript(`FGT60E # config system global
FGT60E (global) # set hostname Branch-FW
FGT60E (global) # end
Branch-FW # `);
  });
});

describe('abbreviations', () => {
  it('any keyword may be shortened to a prefix only it has', () => {
    expectTranscript(`FGT60E # conf sys int
FGT60E (interface) # ed wan2
FGT60E (wan2) # set allow ping https
FGT60E (wan2) # set fortih ena
FGT60E (wan2) # sh
config system interface
    edit "wan2"
        set vdom "root"
        set mode dhcp
        set allowaccess ping https
        set type physical
        set fortiheartbeat enable
        set role wan
        set snmp-index 3
    next
end
FGT60E (wan2) # next
FGT60E (interface) # end
FGT60E # sh sys sett
config system settings
end
FGT60E # `);
  });

  it('a prefix several keywords share is ambiguous', () => {
    expectTranscript(`FGT60E # e
ambiguous command before 'e'
Command fail. Return code -61
FGT60E # config system interface
FGT60E (interface) # edit wan1
FGT60E (wan1) # s
ambiguous command before 's'
Command fail. Return code -61
FGT60E (wan1) # set s up
ambiguous command before 's'
Command fail. Return code -61
FGT60E (wan1) # set status d
FGT60E (wan1) # abort
FGT60E # `);
  });

  it('a keyword written in full wins over longer keywords it begins', () => {
    expectTranscript(`FGT60E # config vpn ssl settings
FGT60E (settings) # set source-address all
FGT60E (settings) # set source-address-n enable
FGT60E (settings) # get | grep source-address
source-address      : "all"
source-address-negate: enable 
source-address6     :
source-address6-negate: disable 
FGT60E (settings) # abort
FGT60E # `);
  });
});

describe('errors (§10)', () => {
  it('an unknown word', () => {
    expectTranscript(`FGT60E # config system nothing
command parse error before 'nothing'
Command fail. Return code -61
FGT60E # config system interface
FGT60E (interface) # edit wan1
FGT60E (wan1) # set colour blue
command parse error before 'colour'
Command fail. Return code -61
FGT60E (wan1) # set status sideways
command parse error before 'sideways'
Command fail. Return code -61
FGT60E (wan1) # abort
FGT60E # `);
  });

  it('a bad value, refused at the set line', () => {
    expectTranscript(`FGT60E # config system interface
FGT60E (interface) # edit wan1
FGT60E (wan1) # set tcp-mss ten
invalid unsigned integer value: ten
value parse error before 'ten'
Command fail. Return code -651
FGT60E (wan1) # set ip 300.1.1.1/24
invalid IP address
value parse error before '300.1.1.1/24'
Command fail. Return code -651
FGT60E (wan1) # abort
FGT60E # `);
  });

  it('a reference to a missing object, refused at the set line', () => {
    expectTranscript(`FGT60E # config vpn ssl settings
FGT60E (settings) # set source-interface wan1 wan9
entry not found in datasource
value parse error before 'wan9'
Command fail. Return code -3
FGT60E (settings) # end
FGT60E # `);
  });

  it('an unknown verb at any level', () => {
    expectTranscript(`FGT60E # frobnicate
Unknown action 0
FGT60E # config system settings
FGT60E (settings) # emd
Unknown action 0
FGT60E (settings) # end
FGT60E # `);
  });

  it('get or show of an incomplete path', () => {
    expectTranscript(`FGT60E # show system
Command fail. Return code -160
FGT60E # get vpn ssl
Command fail. Return code -160
FGT60E # `);
  });

  it('a set without a value', () => {
    expectTranscript(`FGT60E # config system settings
FGT60E (settings) # set opmode
incomplete command in the end
Command fail. Return code -160
FGT60E (settings) # end
FGT60E # `);
  });

  it('deleting an entry other objects use', () => {
    const before = JSON.stringify(device.state);
    expectTranscript(`FGT60E # config system interface
FGT60E (interface) # delete wan1
The entry is used by other 5 entries
Command fail. Return code -23
FGT60E (interface) # delete HQ-to-Branch
The entry is used by other 1 entries
Command fail. Return code -23
FGT60E (interface) # end
FGT60E # `);
    expect(JSON.stringify(device.state)).toBe(before);
  });
});

describe('edit sessions are transactions', () => {
  it('nothing reaches the device before next, then all of it at once', () => {
    const revisions: string[] = [];
    device.subscribe((d) => revisions.push(d.revision));
    cli.run('config system interface');
    cli.run('edit dmz');
    cli.run('set alias "DMZ net"');
    cli.run('set allowaccess ping');
    expect(device.find('system interface', 'dmz')?.alias).toBe('');
    cli.run('next');
    expect(revisions).toHaveLength(1);
    expect(device.find('system interface', 'dmz')).toMatchObject({ alias: 'DMZ net', allowaccess: 'ping' });
  });

  it('abort throws the entry away', () => {
    const before = JSON.stringify(device.state);
    expectTranscript(`FGT60E # config system settings
FGT60E (settings) # set gui-endpoint-control enable
FGT60E (settings) # abort
FGT60E # show system settings
config system settings
end
FGT60E # `);
    expect(JSON.stringify(device.state)).toBe(before);
  });

  // The profile's sub-objects print as blocks even when empty, as a 6.0.6 backup prints the `default`
  // profile (src/device/cli/fidelity-tables.test.ts, endpoint-control profile).
  it('abort in a nested object restores only that object', () => {
    expectTranscript(`FGT60E # config endpoint-control profile
FGT60E (profile) # edit default
FGT60E (default) # set description "Office PCs"
FGT60E (default) # config forticlient-winmac-settings
FGT60E (forticlient-winmac-settings) # set forticlient-system-compliance disable
FGT60E (forticlient-winmac-settings) # abort
FGT60E (default) # show
config endpoint-control profile
    edit "default"
        config forticlient-winmac-settings
        end
        config forticlient-android-settings
        end
        config forticlient-ios-settings
        end
        set description "Office PCs"
    next
end
FGT60E (default) # end
FGT60E # `);
  });

  it('a refused end prints the device error and changes nothing', () => {
    const before = JSON.stringify(device.state);
    expectTranscript(`FGT60E # config vpn ssl settings
FGT60E (settings) # set idle-timeout 600
FGT60E (settings) # set port 443
FGT60E (settings) # end
SSL-VPN port 443 conflicts with the administrative HTTPS port
value parse error before '443'
Command fail. Return code -651
FGT60E # `);
    expect(JSON.stringify(device.state)).toBe(before);
  });

  it('a refused next leaves the device unchanged and returns to the table', () => {
    const before = JSON.stringify(device.state);
    expectTranscript(`FGT60E # config system interface
FGT60E (interface) # edit vlan100
FGT60E (vlan100) # set vlanid 100
FGT60E (vlan100) # next
VLAN interface requires a parent interface
value parse error before ''
Command fail. Return code -651
FGT60E (interface) # end
FGT60E # `);
    expect(JSON.stringify(device.state)).toBe(before);
  });

  it('a new entry with its references is created in one go', () => {
    expectTranscript(`FGT60E # config system interface
FGT60E (interface) # edit vlan100
FGT60E (vlan100) # set interface internal
FGT60E (vlan100) # set vlanid 100
FGT60E (vlan100) # set ip 10.100.0.1/24
FGT60E (vlan100) # end
FGT60E # show system interface vlan100
config system interface
    edit "vlan100"
        set vdom "root"
        set ip 10.100.0.1 255.255.255.0
        set snmp-index 10
        set interface "internal"
        set vlanid 100
    next
end
FGT60E # `);
    expect(stateProblems(device.state)).toEqual([]);
  });

  it('append, select and unselect change lists', () => {
    // An appended keyword takes its place in the option list (`append allowaccess ssh` on `ping https
    // http telnet fgfm` gives `ping https ssh http telnet fgfm`: Fortinet's Technical Tip "How to
    // configure administrative access on FortiGate interface"; docs/fortios-6.0.md §3).
    expectTranscript(`FGT60E # config system interface
FGT60E (interface) # edit wan1
FGT60E (wan1) # append allowaccess https ssh
FGT60E (wan1) # get | grep allowaccess
allowaccess         : ping https ssh fgfm 
    ip6-allowaccess     : 
FGT60E (wan1) # unselect allowaccess fgfm
FGT60E (wan1) # get | grep allowaccess
allowaccess         : ping https ssh 
    ip6-allowaccess     : 
FGT60E (wan1) # select allowaccess https
FGT60E (wan1) # get | grep allowaccess
allowaccess         : https 
    ip6-allowaccess     : 
FGT60E (wan1) # unset allowaccess
FGT60E (wan1) # get | grep allowaccess
allowaccess         : 
    ip6-allowaccess     : 
FGT60E (wan1) # abort
FGT60E # `);
  });

  it('rename and clone in a table nested inside the draft', () => {
    cli.run('config vpn ssl settings');
    cli.run('config authentication-rule');
    expect(cli.run('clone 1 to 2').output).toBe('');
    expect(cli.run('rename 1 to 5').output).toBe('');
    cli.run('end');
    cli.run('end');
    const rules = device.single('vpn ssl settings')['authentication-rule'] as Array<{ id: number }>;
    expect(rules.map((r) => r.id).sort()).toEqual([2, 5]);
  });
});

describe('quoting', () => {
  it('double and single quotes hold blanks; a backslash takes the next character as it is', () => {
    expectTranscript(`FGT60E # config system interface
FGT60E (interface) # edit dmz
FGT60E (dmz) # set alias 'Lab "B" net'
FGT60E (dmz) # set description "path C:\\\\lab\\\\b"
FGT60E (dmz) # show
config system interface
    edit "dmz"
        set vdom "root"
        set ip 10.10.10.1 255.255.255.0
        set allowaccess ping https fgfm capwap
        set type physical
        set description "path C:\\\\lab\\\\b"
        set alias "Lab \\"B\\" net"
        set fortiheartbeat enable
        set role dmz
        set snmp-index 1
    next
end
FGT60E (dmz) # next
FGT60E (interface) # edit my\\ vlan
FGT60E (my vlan) # abort
FGT60E # `);
    expect(device.find('system interface', 'dmz')).toMatchObject({
      alias: 'Lab "B" net',
      description: 'path C:\\lab\\b',
    });
  });
});

describe('show', () => {
  it('prints non-default values in the reference format', () => {
    expectTranscript(`FGT60E # show system interface internal
config system interface
    edit "internal"
        set vdom "root"
        set ip 192.168.1.99 255.255.255.0
        set allowaccess ping https ssh http fgfm capwap
        set type hard-switch
        set stp enable
        set device-identification enable
        set fortiheartbeat enable
        set endpoint-compliance enable
        set role lan
        set snmp-index 6
    next
end
FGT60E # show system interface ssl.root
config system interface
    edit "ssl.root"
        set vdom "root"
        set type tunnel
        set alias "SSL VPN interface"
        set fortiheartbeat enable
        set snmp-index 5
    next
end
FGT60E # `);
  });

  it('full-configuration prints every value; empty text as two quotes, empty lists as unset', () => {
    const out = cli.run('show full-configuration system interface wan1').output.split('\n');
    expect(out).toContain('        set vdom "root"');
    expect(out).toContain("        set alias ''");
    // A physical port has no member, vlanid, interface or remote-ip (docs/fortios-6.0.md §3).
    expect(out.filter((l) => /^ +(set|unset) (member|vlanid|interface|remote-ip|stp)\b/.test(l))).toEqual([]);
    expect(out).not.toContain('        set name "wan1"');
  });

  it('passwords print as ENC and never as themselves', () => {
    const out = cli.run('show vpn ipsec phase1-interface HQ-to-Branch').output;
    expect(out).toMatch(/^ {8}set psksecret ENC \S+$/m);
    expect(out).not.toContain('fgsim-psk');
  });

  it('| grep -f keeps each matching entry inside its config block', () => {
    expectTranscript(`FGT60E # show system interface | grep -f "SSL VPN"
config system interface
    edit "ssl.root"
        set vdom "root"
        set type tunnel
        set alias "SSL VPN interface" <---
        set fortiheartbeat enable
        set snmp-index 5
    next
end
FGT60E # show vpn ssl settings | grep -c set
6
FGT60E # `);
  });
});

describe('get', () => {
  it('an entry as padded key : value lines', () => {
    const lines = cli.run('get system interface dmz').output.split('\n');
    expect(lines[0]).toBe('name                : dmz');
    expect(lines).toContain('ip                  : 10.10.10.1 255.255.255.0');
    expect(lines).toContain('role                : dmz ');
    expect(lines).toContain('device-identification: disable ');
  });

  it('a table as == [ name ] blocks', () => {
    const lines = cli.run('get system interface').output.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '== [ dmz ]',
      'name: dmz   mode: static    ip: 10.10.10.1 255.255.255.0   status: up    type: physical',
    ]);
    expect(lines.filter((l) => l.startsWith('== ['))).toHaveLength(9);
  });

  it('system status from the device', () => {
    const lines = cli.run('get system status').output.split('\n');
    expect(lines[0]).toBe('Version: FortiGate-60E v6.0.4,build0231,190107 (GA)');
    expect(lines).toContain('Serial-Number: FGT60E4Q17000000');
    expect(lines).toContain('Hostname: FGT60E');
    expect(lines).toContain('Operation Mode: NAT');
    expect(lines).toContain('System time: Tue Jan 15 09:30:00 2019');
  });
});

describe('? and Tab', () => {
  it('? lists what may come next with its help', () => {
    expect(cli.run('?')).toEqual({
      output: `config      Configure object.
get         Get dynamic and system information.
show        Show configuration.
diagnose    Diagnose facility.
execute     Execute static commands.
exit        Exit the CLI.`,
      prompt: 'FGT60E # ',
      input: '',
    });
    expect(cli.run('config vpn ?').output).toBe(`certificate certificate
ipsec       ipsec
ssl         ssl`);
    cli.run('config system interface');
    cli.run('edit wan1');
    // A 6.2.7 unit's schema answer words each option (poroping/terraform-provider-fortios
    // v2/codegen/apischema/auto-merge/system_interface.json; docs/fortios-6.0.md §5.2).
    expect(cli.run('set status ?').output).toBe(
      'up          Bring the interface up.\ndown        Shut the interface down.',
    );
    // No source words fortiheartbeat's options: the fallback (Decision, docs/fortios-6.0.md §5.2).
    expect(cli.run('set fortiheartbeat ?').output).toBe(
      'enable      Enable setting.\ndisable     Disable setting.',
    );
    expect(cli.run('set tcp-mss ?').output).toBe('<integer>   please input integer value (0-4294967295)');
    // A port has no VLAN ID: `?` after the set offers no `vlanid`, and the word is unknown.
    expect(cli.run('set ?').output).not.toMatch(/^vlanid /m);
    expect(cli.run('set vlanid 10').output).toBe(
      "command parse error before 'vlanid'\nCommand fail. Return code -61",
    );
    expect(cli.run('set fortih?')).toMatchObject({
      output: 'fortiheartbeat Enable/disable FortiHeartBeat (FortiTelemetry on GUI).',
      input: 'set fortih',
    });
  });

  it('Tab completes a word as far as it is certain', () => {
    expect(cli.complete('conf sys int')).toEqual({ line: 'conf sys interface ', candidates: ['interface'] });
    expect(cli.complete('conf sys ')).toEqual({
      line: 'conf sys ',
      candidates: [
        'admin',
        'api-user',
        'console',
        'csf',
        'global',
        'interface',
        'object-tagging',
        'settings',
        'virtual-switch',
      ],
    });
    expect(cli.complete('di')).toEqual({ line: 'diagnose ', candidates: ['diagnose'] });
    expect(cli.complete('e').candidates).toEqual(['execute', 'exit']);
    expect(cli.complete('show system interface ssl').line).toBe('show system interface ssl.root ');
    cli.run('config endpoint-control profile');
    cli.run('edit default');
    // A 6.0 profile has three FortiClient sub-objects (winmac, android, ios: terraform
    // fortios_endpointcontrol_profile), so `config f` completes only as far as they agree.
    expect(cli.complete('config f')).toEqual({
      line: 'config forticlient-',
      candidates: ['forticlient-winmac-settings', 'forticlient-android-settings', 'forticlient-ios-settings'],
    });
    expect(cli.complete('config forticlient-w').line).toBe('config forticlient-winmac-settings ');
    expect(cli.complete('set us').candidates).toEqual(['users', 'user-groups']);
    expect(cli.complete('set user').line).toBe('set user');
  });
});

describe('diagnose endpoint registration', () => {
  it('n keeps the endpoints, y removes them all (§10)', () => {
    expectTranscript(`FGT60E # diagnose endpoint registration deregister all
This operation will deregister all FortiClients!
Do you want to continue? (y/n)n
Command aborted.
FGT60E # `);
    expect(device.rows('endpoint-control registered-forticlient')).toHaveLength(6);
    expectTranscript(`FGT60E # diag endpoint registration deregister all
This operation will deregister all FortiClients!
Do you want to continue? (y/n)y
FGT60E # diagnose endpoint registration list
Total: 0
FGT60E # `);
    expect(device.rows('endpoint-control registered-forticlient')).toHaveLength(0);
    expect(device.state.endpoints).toEqual({});
  });

  it('Ctrl-C at the question aborts it', () => {
    cli.run('diagnose endpoint registration deregister all');
    expect(cli.interrupt()).toEqual({ output: 'Command aborted.', prompt: 'FGT60E # ' });
    expect(device.rows('endpoint-control registered-forticlient')).toHaveLength(6);
  });

  it('list prints a block per endpoint and the total; deregister <uid> removes one', () => {
    const out = cli.run('diagnose endpoint registration list').output.split('\n');
    const first = out.slice(0, 10);
    expect(first[0]).toBe('Record #1:');
    expect(first.map((l) => l.trim().split(':')[0])).toEqual([
      'Record #1',
      'uid',
      'host',
      'ip',
      'mac',
      'user',
      'os',
      'version',
      'interface',
      'status',
    ]);
    expect(out).toContain('    host: WIN10-ACCT01');
    expect(out[out.length - 1]).toBe('Total: 6');
    const uid = (first[1] as string).split(': ')[1] as string;
    expect(cli.run(`diagnose endpoint registration deregister ${uid}`).output).toBe('');
    expect(device.find('endpoint-control registered-forticlient', uid)).toBeUndefined();
    expect(cli.run('diagnose endpoint registration list').output.split('\n').pop()).toBe('Total: 5');
  });
});

describe('rename in device tables', () => {
  it('a registered endpoint keeps what the monitor knows; a phase1 takes its tunnel interface along', () => {
    const uid = String(device.rows('endpoint-control registered-forticlient')[0]?.uid);
    cli.run('config endpoint-control registered-forticlient');
    expect(cli.run(`rename ${uid} to RENAMED01`).output).toBe('');
    cli.run('end');
    expect(device.state.endpoints['RENAMED01']?.host_name).toBe('WIN10-ACCT01');
    expect(device.state.endpoints[uid]).toBeUndefined();
    cli.run('config vpn ipsec phase1-interface');
    expect(cli.run('rename HQ-to-Branch to HQ-Main').output).toBe('');
    cli.run('end');
    expect(device.find('system interface', 'HQ-Main')).toMatchObject({ type: 'tunnel', interface: 'wan1' });
    expect(device.find('system interface', 'HQ-to-Branch')).toBeUndefined();
    expect(stateProblems(device.state)).toEqual([]);
  });
});

describe('execute', () => {
  it('factoryreset asks, then the device is the factory-default one', () => {
    cli.run('config system interface');
    const asked = cli.run('execute factoryreset');
    expect(asked.output).toBe('Unknown action 0');
    cli.run('end');
    expect(cli.run('execute factoryreset')).toEqual({
      output: 'This operation will reset the system to factory default!',
      prompt: 'Do you want to continue? (y/n)',
    });
    const done = cli.run('y');
    expect(done.output).toContain('System is resetting to factory default...');
    expect(done.event).toBe('factoryreset');
    expect(done.prompt).toBe('FGT60E # ');
    expect(device.rows('vpn ipsec phase1-interface')).toHaveLength(0);
    expect(device.rows('endpoint-control registered-forticlient')).toHaveLength(0);
    expect(stateProblems(device.state)).toEqual([]);
  });

  it('reboot restarts the uptime and drops what was being edited', () => {
    expect(cli.run('get system performance status').output).toContain(
      'Uptime: 3 days,  4 hours,  12 minutes',
    );
    cli.run('execute reboot');
    const done = cli.run('y');
    expect(done.output).toContain('The system is going down NOW !!');
    expect(done.event).toBe('reboot');
    (device.clock as FixedClock).advance(5 * 60 * 1000);
    expect(cli.run('get system performance status').output).toContain('Uptime: 0 days,  0 hours,  5 minutes');
  });
});

describe('exit', () => {
  it('closes the console', () => {
    expect(cli.run('exit')).toEqual({ output: '', prompt: 'FGT60E # ', event: 'exit' });
  });
});

/**
 * `purge` (issue 14, item 10), as public 6.0 transcripts show it in `config firewall policy`:
 * `purge` → `This operation will clear all table!` → `Do you want to continue? (y/n)`.
 */
describe('purge', () => {
  it('asks, and on y empties the table in one change', () => {
    const revision = device.revision;
    expectTranscript(`FGT60E # config firewall address
FGT60E (address) # purge
This operation will clear all table!
Do you want to continue? (y/n)n
Command aborted.
FGT60E (address) # `);
    expect(device.revision).toBe(revision);
    expect(device.rows('firewall address').length).toBeGreaterThan(0);
    cli.run('end');
    cli.run('config endpoint-control registered-forticlient');
    cli.run('purge');
    cli.run('y');
    expect(device.rows('endpoint-control registered-forticlient')).toEqual([]);
    expect(device.revision).not.toBe(revision);
    expect(stateProblems(device.state)).toEqual([]);
  });

  it('refuses the whole purge when an entry is in use, deleting nothing', () => {
    const before = JSON.stringify(device.state);
    cli.run('config firewall address');
    cli.run('purge');
    const { output } = cli.run('y');
    expect(output).toMatch(/Command fail\. Return code -23$/);
    expect(JSON.stringify(device.state)).toBe(before);
  });

  it('inside an entry, empties a nested table for next to commit', () => {
    cli.run('config vpn ssl settings');
    cli.run('config authentication-rule');
    cli.run('edit 1');
    cli.run('set portal full-access');
    cli.run('next');
    expect(cli.run('purge').output).toBe('This operation will clear all table!');
    cli.run('y');
    cli.run('end');
    cli.run('end');
    expect(device.single('vpn ssl settings')['authentication-rule']).toEqual([]);
  });

  it('takes no arguments', () => {
    cli.run('config firewall address');
    expect(cli.run('purge all').output).toMatch(/Command fail\. Return code -61$/);
  });
});

describe('a DeviceError prints alike, reported by a verb or escaping it', () => {
  // One verb stands in for any: its run either reports the device's refusal (onDevice, as the verbs
  // do) or lets it escape to the session's catch-all. Both must print the device's lines.
  const exitVerb = verbs.find((v) => v.name === 'exit');
  if (!exitVerb) throw new Error('no exit verb');
  afterEach(() => vi.restoreAllMocks());

  const printed = (error: DeviceError, how: 'reported' | 'escaping'): string => {
    vi.spyOn(exitVerb, 'run').mockImplementation(() =>
      how === 'reported'
        ? onDevice(() => {
            throw error;
          })
        : (() => {
            throw error;
          })(),
    );
    const { output } = cli.run('exit');
    vi.restoreAllMocks();
    return output;
  };

  const cases: Array<[string, DeviceError]> = [
    ['a missing reference (-3)', missingReference('source-interface', 'wan9')],
    ['a bad value (-651)', badValue('ip', '300.1.1.1/24', 'invalid IP address')],
    ['a duplicate (-5)', duplicate('wan1')],
    ['an object in use (-23)', inUse('wan1')],
    ['an entry not found', notFound('entry')],
    ['an incomplete command (-160)', new DeviceError(-160, 'incomplete command in the end')],
  ];
  it.each(cases)('%s', (_name, error) => {
    const reported = printed(error, 'reported');
    expect(reported).not.toMatch(/internal error/);
    expect(printed(error, 'escaping')).toBe(reported);
  });

  it("prints 6.0's words, not the error's message (reference §10)", () => {
    expect(printed(missingReference('source-interface', 'wan9'), 'escaping')).toBe(
      "entry not found in datasource\nvalue parse error before 'wan9'\nCommand fail. Return code -3",
    );
    expect(printed(badValue('ip', '300.1.1.1/24', 'invalid IP address'), 'escaping')).toBe(
      "invalid IP address\nvalue parse error before '300.1.1.1/24'\nCommand fail. Return code -651",
    );
    expect(printed(new DeviceError(-160, 'x'), 'escaping')).toBe(
      'incomplete command in the end\nCommand fail. Return code -160',
    );
  });
});
