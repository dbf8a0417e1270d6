import { describe, expect, it } from 'vitest';
import { FixedClock } from './clock';
import type { DeviceError } from './errors';
import { stateProblems } from './integrity';
import { buildScenario } from './scenarios';

const IF = 'system interface';
const PHASE1 = 'vpn ipsec phase1-interface';

function fresh(name: Parameters<typeof buildScenario>[0] = 'telemetry-on') {
  return buildScenario(name, new FixedClock());
}

function codeOf(run: () => void): DeviceError['code'] | 'no error' {
  try {
    run();
    return 'no error';
  } catch (e) {
    return (e as DeviceError).code;
  }
}

describe('transactions', () => {
  it('apply all of a change and move the revision on', () => {
    const device = fresh();
    const before = device.revision;
    device.transact((tx) => {
      tx.update(IF, 'dmz', { fortiheartbeat: 'disable' });
      tx.update(IF, 'internal', { alias: 'LAN' });
    });
    expect(device.find(IF, 'dmz')?.fortiheartbeat).toBe('disable');
    expect(device.find(IF, 'internal')?.alias).toBe('LAN');
    expect(device.revision).not.toBe(before);
  });

  it('apply none of a change when any part of it is refused', () => {
    const device = fresh();
    const snapshot = JSON.stringify(device.state);
    const revision = device.revision;
    const code = codeOf(() =>
      device.transact((tx) => {
        tx.update(IF, 'dmz', { fortiheartbeat: 'disable' });
        tx.update(IF, 'internal', { ip: '300.1.1.1/24' });
      }),
    );
    expect(code).toBe(-651);
    expect(JSON.stringify(device.state)).toBe(snapshot);
    expect(device.revision).toBe(revision);
  });

  it('refuse a reference to an interface that does not exist (-3) at commit', () => {
    const device = fresh();
    const snapshot = JSON.stringify(device.state);
    expect(
      codeOf(() => device.transact((tx) => tx.create(PHASE1, { name: 'to-nowhere', interface: 'port99' }))),
    ).toBe(-3);
    expect(JSON.stringify(device.state)).toBe(snapshot);
  });

  it('refuse a duplicate name (-5)', () => {
    const device = fresh();
    expect(
      codeOf(() =>
        device.transact((tx) =>
          tx.create(IF, { name: 'vlan10', type: 'vlan', interface: 'dmz', vlanid: 10 }),
        ),
      ),
    ).toBe('no error');
    expect(
      codeOf(() =>
        device.transact((tx) =>
          tx.create(IF, { name: 'vlan10', type: 'vlan', interface: 'dmz', vlanid: 11 }),
        ),
      ),
    ).toBe(-5);
  });
});

describe('a batch of transactions', () => {
  it('is one commit: each transaction reads the ones before it, the log gets one entry', () => {
    const device = fresh();
    const log = device.changeLog().length;
    const revision = device.revision;
    let told = 0;
    device.subscribe(() => told++);
    device.batch(() => {
      device.transact((tx) => tx.create(IF, { name: 'vlan10', type: 'vlan', interface: 'dmz', vlanid: 10 }));
      // The row the transaction before made is there to read, and to refer to.
      expect(device.find(IF, 'vlan10')?.vlanid).toBe(10);
      device.transact((tx) => tx.update(IF, 'vlan10', { alias: 'folded' }));
    });
    expect(device.find(IF, 'vlan10')?.alias).toBe('folded');
    expect(device.changeLog()).toHaveLength(log + 1);
    expect(device.revision).not.toBe(revision);
    expect(told).toBe(1);
  });

  it('keeps nothing when a check at its end fails, or its work throws', () => {
    const device = fresh();
    const before = device.state;
    // A VLAN on an interface that does not exist: refused at commit (-3), once, at the end.
    expect(
      codeOf(() =>
        device.batch(() => {
          device.transact((tx) => tx.create(IF, { name: 'ok', type: 'vlan', interface: 'dmz', vlanid: 12 }));
          device.transact((tx) =>
            tx.create(IF, { name: 'bad', type: 'vlan', interface: 'nowhere', vlanid: 13 }),
          );
        }),
      ),
    ).toBe(-3);
    expect(device.state).toBe(before);
    expect(() =>
      device.batch(() => {
        device.transact((tx) => tx.create(IF, { name: 'ok', type: 'vlan', interface: 'dmz', vlanid: 12 }));
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(device.state).toBe(before);
    expect(device.find(IF, 'ok')).toBeUndefined();
  });
});

describe('IPsec tunnel interfaces', () => {
  it('are created with their phase1, bound to its interface, with FortiTelemetry on', () => {
    const device = fresh('factory-default');
    device.transact((tx) =>
      tx.create(PHASE1, { name: 'branch', interface: 'wan2', 'remote-gw': '198.51.100.9' }),
    );
    const tunnel = device.find(IF, 'branch');
    expect(tunnel).toMatchObject({ type: 'tunnel', interface: 'wan2', fortiheartbeat: 'enable' });
    expect(tunnel?.['snmp-index']).toBe(7);
  });

  it('cannot be deleted directly while the phase1 exists (-23), and go when it goes', () => {
    const device = fresh();
    expect(codeOf(() => device.transact((tx) => tx.remove(IF, 'HQ-to-Branch')))).toBe(-23);
    expect(device.find(IF, 'HQ-to-Branch')).toBeDefined();
    device.transact((tx) => tx.remove(PHASE1, 'HQ-to-Branch'));
    expect(device.find(IF, 'HQ-to-Branch')).toBeUndefined();
    expect(stateProblems(device.state)).toEqual([]);
  });

  it('follow their phase1 to another interface', () => {
    const device = fresh();
    device.transact((tx) => tx.update(PHASE1, 'DC-Backup', { interface: 'wan1' }));
    expect(device.find(IF, 'DC-Backup')?.interface).toBe('wan1');
  });
});

describe('device rules', () => {
  it('refuse deleting an interface another object uses (-23)', () => {
    const device = fresh();
    device.transact((tx) => tx.create(IF, { name: 'dmz.20', type: 'vlan', interface: 'dmz', vlanid: 20 }));
    device.transact((tx) => tx.update('vpn ssl settings', null, { 'source-interface': ['wan1', 'dmz.20'] }));
    expect(codeOf(() => device.transact((tx) => tx.remove(IF, 'dmz.20')))).toBe(-23);
  });

  it('refuse a transaction deleting several rows if any is still used, naming the first deleted (-23)', () => {
    const device = fresh();
    device.transact((tx) => {
      for (const id of [20, 21, 22])
        tx.create(IF, { name: `dmz.${id}`, type: 'vlan', interface: 'dmz', vlanid: id });
    });
    device.transact((tx) =>
      tx.update('vpn ssl settings', null, { 'source-interface': ['dmz.22', 'dmz.21'] }),
    );
    const before = device.state;
    let refused: DeviceError | undefined;
    try {
      device.transact((tx) => {
        for (const name of ['dmz.20', 'dmz.22', 'dmz.21']) tx.remove(IF, name);
      });
    } catch (e) {
      refused = e as DeviceError;
    }
    expect(refused?.code).toBe(-23);
    expect(refused?.message).toContain('dmz.22');
    expect(device.state).toBe(before);
    // The tunnel a phase1 makes is held by it (the rules' extra reference), in a batch too.
    expect(
      codeOf(() =>
        device.transact((tx) => {
          tx.remove(IF, 'dmz.20');
          tx.remove(IF, 'HQ-to-Branch');
        }),
      ),
    ).toBe(-23);
    // Deleting the user with what it refers to, in one transaction, is fine.
    device.transact((tx) => {
      tx.update('vpn ssl settings', null, { 'source-interface': ['wan1'] });
      for (const name of ['dmz.20', 'dmz.21', 'dmz.22']) tx.remove(IF, name);
    });
    expect(device.find(IF, 'dmz.21')).toBeUndefined();
  });

  it('refuse a VLAN without a parent or with an ID out of range', () => {
    const device = fresh();
    expect(
      codeOf(() => device.transact((tx) => tx.create(IF, { name: 'v1', type: 'vlan', vlanid: 5 }))),
    ).toBe(-651);
    expect(
      codeOf(() =>
        device.transact((tx) => tx.create(IF, { name: 'v1', type: 'vlan', interface: 'dmz', vlanid: 0 })),
      ),
    ).toBe(-651);
  });

  it('refuse creating a tunnel interface directly, and changing an interface type', () => {
    const device = fresh();
    expect(codeOf(() => device.transact((tx) => tx.create(IF, { name: 'gre1', type: 'tunnel' })))).toBe(-651);
    expect(codeOf(() => device.transact((tx) => tx.update(IF, 'dmz', { type: 'loopback' })))).toBe(-651);
  });

  it('refuse an SSL-VPN port equal to the admin HTTPS port', () => {
    const device = fresh();
    expect(codeOf(() => device.transact((tx) => tx.update('vpn ssl settings', null, { port: 443 })))).toBe(
      -651,
    );
    expect(
      codeOf(() => device.transact((tx) => tx.update('system global', null, { 'admin-sport': 10443 }))),
    ).toBe(-651);
  });

  it('keep the default compliance profile while an interface enforces compliance', () => {
    const device = fresh();
    expect(codeOf(() => device.transact((tx) => tx.remove('endpoint-control profile', 'default')))).toBe(-23);
    expect(device.refCount('endpoint-control profile', 'default')).toBe(1);
  });

  it('deregistering an endpoint drops its monitor facts too', () => {
    const device = fresh();
    const [first] = device.rows('endpoint-control registered-forticlient');
    const uid = String(first?.uid);
    expect(device.state.endpoints[uid]).toBeDefined();
    device.transact((tx) => tx.remove('endpoint-control registered-forticlient', uid));
    expect(device.state.endpoints[uid]).toBeUndefined();
    expect(stateProblems(device.state)).toEqual([]);
  });
});

describe('reference counts', () => {
  it('count every holder of a row, the same one by one as all at once', () => {
    const device = fresh();
    const all = device.refCounts(IF);
    // wan1: two phase1 tunnels, the two tunnel interfaces nested under it, the SSL-VPN listen list.
    expect(all.get('wan1')).toBe(5);
    // a tunnel interface is held by its phase1
    expect(all.get('HQ-to-Branch')).toBe(1);
    expect(all.get('modem')).toBeUndefined();
    for (const row of device.rows(IF))
      expect(all.get(String(row.name)) ?? 0).toBe(device.refCount(IF, String(row.name)));
  });
});
