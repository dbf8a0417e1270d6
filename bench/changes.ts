/**
 * "What changed" on the `large` device: the CLI diff after 100 changes (the alias of 60 ports and
 * VLANs, FortiTelemetry on 40 tunnels), as `GET /api/v2/fgsim/changes?since=` computes it, and what a
 * commit pays for keeping the change log (the median commit of one field, log and all; the REST PUT
 * through the handlers is in bench/rest.ts). Prints JSON measurements for scripts/bench.mjs.
 *
 *   npx tsx bench/changes.ts
 */
import { FixedClock, buildScenario, changesSince } from '../src/device';

const RUNS = 5;
const device = buildScenario('large', new FixedClock());
const start = device.revision;
const interfaces = device.rows('system interface');
const ports = interfaces.filter((r) => r.type !== 'tunnel').slice(0, 60);
const tunnels = interfaces.filter((r) => r.type === 'tunnel').slice(0, 40);

const commits: number[] = [];
for (const [i, row] of ports.entries()) {
  const t0 = performance.now();
  device.transact((tx) => tx.update('system interface', String(row.name), { alias: `changed ${i}` }));
  commits.push(performance.now() - t0);
}
for (const row of tunnels) {
  const t0 = performance.now();
  device.transact((tx) => tx.update('system interface', String(row.name), { fortiheartbeat: 'disable' }));
  commits.push(performance.now() - t0);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
let lines = 0;
const diffs = Array.from({ length: RUNS }, () => {
  const t0 = performance.now();
  lines = changesSince(device, start)?.length ?? 0;
  return performance.now() - t0;
});
console.log(
  `${device.changeLog().length - 1} changes, diff of ${lines} lines: ${diffs.map((t) => t.toFixed(0)).join(' ')} ms`,
);
console.log(
  JSON.stringify({
    name: 'changes-diff-large-100',
    value: Math.round(median(diffs)),
    unit: 'ms',
    target: 1000,
  }),
);
console.log(
  JSON.stringify({
    name: 'commit-with-change-log-large',
    value: Number(median(commits).toFixed(2)),
    unit: 'ms',
    target: 5,
  }),
);
