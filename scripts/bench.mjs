#!/usr/bin/env node
// Runs every bench/*.ts with `npx tsx` (or only those named on the command line), collects the JSON
// lines each prints ({"name", "value", "unit", "target"}), prints a Markdown table and writes
// bench-results/latest.json. A target is an upper bound; a missed target is reported, not fatal.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const files = readdirSync(join(ROOT, 'bench'))
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f === o || f === `${o}.ts`))
  .sort();

function run(file) {
  return new Promise((done) => {
    const child = spawn('npx', ['tsx', join('bench', file)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => done({ code, out }));
  });
}

function measurements(out) {
  const found = [];
  for (const line of out.split('\n')) {
    const text = line.trim();
    if (!text.startsWith('{')) continue;
    try {
      const m = JSON.parse(text);
      if (typeof m.name === 'string' && typeof m.value === 'number') found.push(m);
    } catch {
      // not a measurement line
    }
  }
  return found;
}

const results = [];
const failed = [];
// The machine is shared; a busy one slows every timing, so say how busy it was.
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const loadBefore = load();
for (const file of files) {
  console.log(`\n== bench/${file}`);
  const { code, out } = await run(file);
  if (code !== 0) failed.push(file);
  for (const m of measurements(out)) {
    const target = typeof m.target === 'number' ? m.target : null;
    results.push({ bench: file, ...m, target, met: target === null ? null : m.value <= target });
  }
}

const cell = (value, unit) => (unit === 'bytes' ? `${value.toLocaleString('en-US')} B` : `${value} ${unit}`);
const table = [
  '| bench | measurement | result | target | met |',
  '|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.bench} | ${r.name} | ${cell(r.value, r.unit)} | ${r.target === null ? '—' : `≤ ${cell(r.target, r.unit)}`} | ${
        r.met === null ? '—' : r.met ? 'yes' : '**no**'
      } |`,
  ),
].join('\n');
const loadAfter = load();
console.log(`\n${table}\n\nload average before: ${loadBefore}, after: ${loadAfter}`);

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench-results', 'latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, load: { before: loadBefore, after: loadAfter }, results, failed }, null, 2)}\n`,
);
console.log('\nwritten: bench-results/latest.json');
if (failed.length) {
  console.error(`failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
