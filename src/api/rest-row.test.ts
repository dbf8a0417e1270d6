/**
 * A whole table's answer is written row by row as JSON text (`restRowJson`), without building each
 * row's object first. It must be exactly the text of the row REST shows (`restRow`): every key,
 * in the same order, `q_origin_key` first, secrets as `ENC …`, nested tables and `{name}` lists.
 */
import { describe, expect, it } from 'vitest';
import { buildScenario, FixedClock, tables } from '../device';
import { restRow, restRowJson } from './rest-row';

describe('restRowJson', () => {
  it.each(['telemetry-on', 'telemetry-off', 'factory-default'] as const)(
    'is the JSON of restRow for every row of every table of %s',
    (name) => {
      const device = buildScenario(name, new FixedClock());
      let rows = 0;
      for (const schema of tables) {
        const data = device.read(schema.path);
        for (const row of Array.isArray(data) ? data : [data]) {
          expect(restRowJson(schema, row), `${schema.path}`).toBe(JSON.stringify(restRow(schema, row)));
          rows++;
        }
      }
      expect(rows).toBeGreaterThan(tables.length);
    },
  );

  it('writes set secrets, sub-tables and lists as restRow does', () => {
    const device = buildScenario('telemetry-on', new FixedClock());
    device.transact((tx) =>
      tx.update('system interface', 'wan1', {
        secondaryip: [{ id: 1, ip: '10.1.1.1 255.255.255.0', allowaccess: 'ping https' }],
        password: 'pppoe "secret"\\',
        description: 'quote " backslash \\ newline \n tab \t',
      }),
    );
    const schema = tables.find((t) => t.path === 'system interface')!;
    const row = device.find('system interface', 'wan1')!;
    const text = restRowJson(schema, row);
    expect(text).toBe(JSON.stringify(restRow(schema, row)));
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)[0]).toBe('q_origin_key');
    expect(String(parsed.password)).toMatch(/^ENC /);
    expect((parsed.secondaryip as Array<Record<string, unknown>>)[0]).toMatchObject({
      q_origin_key: 1,
      id: 1,
    });
  });
});
