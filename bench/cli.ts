/**
 * A 5,000-line configuration script through the CLI interpreter in Node (target < 1 s): addresses,
 * VLAN interfaces, users and groups, compliance profiles with their nested settings, SSL-VPN rules —
 * every entry one transaction on `next`, as a pasted script would run on the console. The script is
 * generated from sequence numbers (no randomness); each run starts from a fresh factory-default
 * device. Prints the median of the runs as the last line, a JSON measurement for scripts/bench.mjs.
 *
 *   npx tsx bench/cli.ts [--runs 5]
 */
import { FixedClock, buildScenario, stateProblems } from '../src/device';
import { CliSession } from '../src/device/cli';

const LINES = 5000;
const runsArg = process.argv.indexOf('--runs');
const RUNS = Math.max(3, runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5);

/** Blocks of the script, each a whole `config … end`, cycled until the script has LINES lines. */
function script(): string[] {
  const lines: string[] = [];
  const add = (block: string[]): void => {
    for (const l of block) if (lines.length < LINES - 1) lines.push(l);
  };
  for (let n = 1; lines.length < LINES - 1; n++) {
    const vlan = 100 + n;
    add([
      'config firewall address',
      `    edit "net-${n}"`,
      `        set subnet 10.${vlan % 250}.${n % 250}.0 255.255.255.0`,
      `        set comment "Network ${n}"`,
      '    next',
      'end',
      'config system interface',
      `    edit "vlan${vlan}"`,
      '        set interface "internal"',
      `        set vlanid ${vlan}`,
      `        set ip 10.${vlan % 250}.${n % 250}.1/24`,
      '        set allowaccess ping https',
      '        append allowaccess ssh',
      `        set alias "VLAN ${vlan}"`,
      '        set role lan',
      '    next',
      'end',
      'config user local',
      `    edit "user${n}"`,
      `        set passwd "secret-${n}"`,
      '    next',
      'end',
      'config user group',
      `    edit "group${n}"`,
      `        set member "user${n}"`,
      '    next',
      'end',
      'config endpoint-control profile',
      `    edit "profile${n}"`,
      `        set description "Profile ${n}"`,
      `        set user-groups "group${n}"`,
      '        config forticlient-winmac-settings',
      '            set forticlient-system-compliance disable',
      '            set forticlient-minimum-software-version enable',
      '        end',
      '    next',
      'end',
      'config vpn ssl settings',
      '    config authentication-rule',
      `        edit ${n}`,
      `            set groups "group${n}"`,
      '            set portal "tunnel-access"',
      '        next',
      '    end',
      'end',
    ]);
  }
  lines.push('end');
  return lines;
}

function runOnce(lines: readonly string[]): number {
  const device = buildScenario('factory-default', new FixedClock());
  const cli = new CliSession(device);
  const start = performance.now();
  for (const line of lines) {
    const { output } = cli.run(line);
    if (output !== '') throw new Error(`"${line.trim()}" printed: ${output}`);
  }
  const elapsed = performance.now() - start;
  const problems = stateProblems(device.state);
  if (problems.length) throw new Error(`the device is invalid after the script: ${problems[0]}`);
  return elapsed;
}

const lines = script();
if (lines.length !== LINES) throw new Error(`script has ${lines.length} lines`);
runOnce(lines);
const times = Array.from({ length: RUNS }, () => runOnce(lines)).sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] as number;
console.log(`${LINES} lines, ${RUNS} runs: ${times.map((t) => t.toFixed(0)).join(' ')} ms`);
console.log(
  JSON.stringify({ name: 'cli-5000-line-script', value: Math.round(median), unit: 'ms', target: 1000 }),
);
