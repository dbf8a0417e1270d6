/**
 * GET of every interface of the `large` device (5,441 rows with every 6.0 key, a 26 MB answer, as a
 * real unit's rows carry every key) is answered within the house bound ("nothing over 1 s on
 * `large`"), the first time and after a change to one row. What is timed is the request until its
 * answer's bytes have arrived; decoding and parsing 26 MB of JSON is the client's work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScenario, FixedClock } from '../../device';
import { cpuMs } from '../../test/cpu-time';
import { server, useDevice } from '../node';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('GET all interfaces on large', () => {
  it('answers in under a second, the first time and after a change', async () => {
    const fgt = useDevice('large', buildScenario('large', new FixedClock()));
    const url = new URL('/api/v2/cmdb/system/interface', fgt.api.origin);
    const timedGet = async (): Promise<{ ms: number; bytes: ArrayBuffer }> => {
      const started = cpuMs();
      const answer = await fetch(url, { headers: fgt.api.headers });
      const bytes = await answer.arrayBuffer();
      expect(answer.status).toBe(200);
      return { ms: cpuMs() - started, bytes };
    };

    const first = await timedGet();
    expect(first.ms).toBeLessThan(1000);
    const rows = (JSON.parse(new TextDecoder().decode(first.bytes)) as { results: Array<{ name: string }> })
      .results;
    expect(rows).toHaveLength(5441);

    const put = await fgt.api.put('/api/v2/cmdb/system/interface/port9', { alias: 'changed' });
    expect(put.status).toBe(200);
    const again = await timedGet();
    expect(again.ms).toBeLessThan(1000);
    const after = (
      JSON.parse(new TextDecoder().decode(again.bytes)) as { results: Array<Record<string, unknown>> }
    ).results;
    expect(after.find((r) => r.name === 'port9')?.alias).toBe('changed');
    expect(Object.keys(after[0]!).length).toBeGreaterThan(150);
  }, 60_000);
});
