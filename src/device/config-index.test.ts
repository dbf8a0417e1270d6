/**
 * The row index behind `find`: drafts layer their index over the base's instead of re-indexing the
 * whole table, so after any mix of creates, updates, deletes, refused transactions and more layers
 * than are kept, `find` must still agree with a plain scan of the rows.
 */
import { describe, expect, it } from 'vitest';
import { FixedClock } from './clock';
import { buildScenario } from './scenarios';

const IF = 'system interface';

describe('finding rows by name across many transactions', () => {
  it('agrees with a scan after creates, updates, deletes and refusals', () => {
    const device = buildScenario('telemetry-on', new FixedClock());
    const check = (gone: string[]): void => {
      for (const row of device.rows(IF)) expect(device.find(IF, String(row.name))).toBe(row);
      for (const name of gone) expect(device.find(IF, name)).toBeUndefined();
    };
    const gone: string[] = [];
    for (let i = 1; i <= 80; i++) {
      const name = `vlan${i}`;
      device.transact((tx) => {
        tx.create(IF, { name, type: 'vlan', interface: 'dmz', vlanid: i });
        expect(tx.find(IF, name)?.vlanid).toBe(i);
      });
      device.transact((tx) => tx.update(IF, 'internal', { alias: `lan ${i}` }));
      if (i % 3 === 0) {
        device.transact((tx) => tx.remove(IF, `vlan${i - 1}`));
        gone.push(`vlan${i - 1}`);
      }
      if (i % 5 === 0) {
        // a create the commit refuses (-3) must leave no trace in the index
        expect(() =>
          device.transact((tx) =>
            tx.create(IF, { name: `ghost${i}`, type: 'vlan', interface: 'nope', vlanid: 1 }),
          ),
        ).toThrow();
        gone.push(`ghost${i}`);
      }
      if (i % 7 === 0) {
        // removing the last row, then adding one back, in one transaction
        device.transact((tx) => {
          tx.remove(IF, name);
          tx.create(IF, { name, type: 'vlan', interface: 'dmz', vlanid: 1000 + i });
        });
        expect(device.find(IF, name)?.vlanid).toBe(1000 + i);
      }
      check(gone);
    }
  });
});
