/**
 * The cold load of this build beside an earlier build of the project, to an interactive Dashboard ›
 * Status in Chromium, with the two taking turns so both meet the same machine load. Issue 14's target:
 * keeping the device in IndexedDB (one writer per browser) must not make the cold load more than 5%
 * slower than the build before it, which is the default `--ref`: a826f28, the last commit of main
 * before the IndexedDB storage was merged (34cf7b1).
 *
 * The earlier build comes from a detached git worktree of `--ref` (so this needs the repository's
 * history; a shallow clone cannot run it), built with its own vite.config.ts and this checkout's
 * node_modules. Each load gets a fresh context that already holds an admin session of that build.
 * Reports both medians and the median of the paired ratios (each load of this build over the load of
 * the earlier build just before it), which is steady when the machine's load drifts.
 *
 *   npx tsx bench/cold-load-against.ts [--ref a826f28] [--this <commit>] [--runs 16]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../e2e/support/chromium';
import {
  ROOT,
  adminSession,
  buildApp,
  dashboardReady,
  loadOnce,
  median,
  round,
  serve,
} from './support/page-load';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const REF = arg('--ref') ?? 'a826f28';
/** What is compared with REF: this checkout, or another commit (`--this 34cf7b1` isolates one merge). */
const THIS = arg('--this');
const RUNS = Math.max(10, Number(arg('--runs') ?? 16));
const TARGET_RATIO = 1.05;

const git = (...args: string[]): string =>
  execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/**
 * Each build's own address of the Dashboard: after a `#` once screens moved there (the page then
 * carries the inline script that rewrites older path links, src/app/address.ts), a path before.
 */
function dashboardAddress(outDir: string): string {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return html.includes("history.replaceState(history.state,'',a)")
    ? '/#/dashboard/status'
    : '/dashboard/status';
}

async function main(): Promise<void> {
  const commit = git('rev-parse', '--verify', `${REF}^{commit}`);
  const work = mkdtempSync(join(tmpdir(), 'fgsim-bench-against-'));
  const oldTree = join(work, 'tree');
  const thisTree = THIS ? join(work, 'this-tree') : ROOT;
  const servers: PreviewServer[] = [];
  let browser: Browser | undefined;
  try {
    git('worktree', 'add', '--detach', oldTree, commit);
    symlinkSync(join(ROOT, 'node_modules'), join(oldTree, 'node_modules'), 'dir');
    if (THIS) {
      git('worktree', 'add', '--detach', thisTree, git('rev-parse', '--verify', `${THIS}^{commit}`));
      symlinkSync(join(ROOT, 'node_modules'), join(thisTree, 'node_modules'), 'dir');
    }
    await buildApp(join(work, 'now'), thisTree);
    await buildApp(join(work, 'then'), oldTree);
    const now = await serve(join(work, 'now'), 4195);
    servers.push(now.server);
    const then = await serve(join(work, 'then'), 4196);
    servers.push(then.server);

    const executablePath = resolveChromium();
    const b = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
    browser = b;
    const nowSession = await adminSession(b, now.url);
    const thenSession = await adminSession(b, then.url);
    const nowAt = `${now.url}${dashboardAddress(join(work, 'now'))}`;
    const thenAt = `${then.url}${dashboardAddress(join(work, 'then'))}`;
    const loadNow = () => loadOnce(b, nowAt, dashboardReady, nowSession);
    const loadThen = () => loadOnce(b, thenAt, dashboardReady, thenSession);
    await loadThen();
    await loadNow();
    const nowTimes: number[] = [];
    const thenTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      thenTimes.push(await loadThen());
      nowTimes.push(await loadNow());
    }
    const paired = median(nowTimes.map((t, i) => t / (thenTimes[i] ?? t)));
    console.log(
      `runs: ${RUNS} of each, in turn, fresh context each; against ${REF} (${commit.slice(0, 12)}); ` +
        `load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );
    console.log(`${THIS ?? 'this build'}: ${nowTimes.map((t) => round(t, 0)).join(' ')} ms`);
    console.log(`${REF}:   ${thenTimes.map((t) => round(t, 0)).join(' ')} ms`);
    const lines = [
      { name: 'cold-load-this-build', value: round(median(nowTimes)), unit: 'ms', target: null },
      { name: `cold-load-${REF}`, value: round(median(thenTimes)), unit: 'ms', target: null },
      { name: `cold-load-over-${REF}-paired`, value: round(paired, 2), unit: 'x', target: TARGET_RATIO },
    ];
    for (const l of lines) console.log(JSON.stringify(l));
  } finally {
    await browser?.close();
    for (const s of servers) await s.close();
    for (const tree of THIS ? [oldTree, thisTree] : [oldTree]) {
      try {
        git('worktree', 'remove', '--force', tree);
      } catch {
        // the worktree was never made
      }
    }
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
