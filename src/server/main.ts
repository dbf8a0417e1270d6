/**
 * `npm run serve` / `npx fgsim serve [options]`: the device over real HTTP(S). See README, "Served mode".
 *
 *   --host <addr>       address to bind (default 127.0.0.1)
 *   --port <n>          port (default 8080; 0 = a free port, printed)
 *   --scenario <name>   open this scenario fresh (default: the state file's device, else telemetry-on)
 *   --state <dir>       keep the device in <dir>/device.json (default: in memory only)
 *   --https             serve HTTPS with a self-signed certificate made once and kept in the state dir
 *   --cert <file> --key <file>   serve HTTPS with this certificate
 *   --ssh-port <n>      also serve the CLI over SSH on this port (0 = a free port, printed; off by default)
 *   --seats <n>         a class: n devices (1..50), seat k on port + k (and ssh-port + k), its state in
 *                       <dir>/seat-<k>/; seat 0 is the trainer's and serves /fgsim/class (./seats.ts)
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_SCENARIO, isScenarioName, scenarioNames, type ScenarioName } from '../device';
import { startServed } from './device';
import { seatsProblem, startClass } from './seats';
import { DEFAULT_DIST, distExists } from './server';
import { selfSignedIn } from './tls';

const USAGE = `usage: fgsim serve [--host 127.0.0.1] [--port 8080] [--scenario <${scenarioNames.join('|')}>] [--state <dir>] [--https | --cert <file> --key <file>] [--ssh-port <n>] [--seats <n>]`;

function fail(message: string): never {
  console.error(`fgsim: ${message}\n${USAGE}`);
  process.exit(2);
}

export async function main(argv: string[]): Promise<void> {
  const args = argv[0] === 'serve' ? argv.slice(1) : argv;
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: {
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: '8080' },
        scenario: { type: 'string' },
        state: { type: 'string' },
        https: { type: 'boolean', default: false },
        cert: { type: 'string' },
        key: { type: 'string' },
        'ssh-port': { type: 'string' },
        seats: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be 0..65535, not "${values.port}"`);
  let sshPort: number | null = null;
  if (values['ssh-port'] !== undefined) {
    sshPort = Number(values['ssh-port']);
    if (!Number.isInteger(sshPort) || sshPort < 0 || sshPort > 65535)
      fail(`--ssh-port must be 0..65535, not "${values['ssh-port']}"`);
  }
  let seats: number | null = null;
  if (values.seats !== undefined) {
    seats = Number(values.seats);
    const problem = seatsProblem(seats, port, sshPort);
    if (problem) fail(`${problem}, not "${values.seats}"`);
  }
  let scenario: ScenarioName | null = null;
  if (values.scenario !== undefined) {
    if (!isScenarioName(values.scenario)) fail(`there is no scenario "${values.scenario}"`);
    scenario = values.scenario;
  }
  if ((values.cert === undefined) !== (values.key === undefined)) fail('--cert and --key go together');
  let tls: { cert: Buffer | string; key: Buffer | string } | null = null;
  if (values.cert !== undefined && values.key !== undefined)
    tls = { cert: fs.readFileSync(values.cert), key: fs.readFileSync(values.key) };
  else if (values.https) {
    if (values.state === undefined)
      fail('--https keeps its certificate in the state dir: give --state <dir> (or --cert/--key)');
    tls = await selfSignedIn(values.state, values.host, (line) => console.log(line));
  }
  const dist = distExists(DEFAULT_DIST) ? DEFAULT_DIST : null;
  if (seats !== null)
    return serveClass(seats, dist, values.state ?? null, {
      hostname: values.host,
      port,
      scenario,
      tls,
      sshPort,
    });
  const served = await startServed({
    hostname: values.host,
    port,
    scenario,
    fallback: DEFAULT_SCENARIO,
    stateDir: values.state ?? null,
    distDir: dist,
    tls,
    sshPort,
    log: (line) => console.log(line),
  });
  if (!dist) console.log('console: no production build in dist/ (run `npm run build`); only the API answers');
  console.log(`fgsim: serving the device at ${served.url}`);
  console.log('fgsim: log in as "admin" with an empty password (config system admin changes it)');
  const stop = (): void => {
    void served.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function serveClass(
  seats: number,
  dist: string | null,
  stateDir: string | null,
  o: {
    hostname: string;
    port: number;
    scenario: ScenarioName | null;
    tls: { cert: Buffer | string; key: Buffer | string } | null;
    sshPort: number | null;
  },
): Promise<void> {
  const served = await startClass({
    ...o,
    seats,
    fallback: DEFAULT_SCENARIO,
    stateDir,
    distDir: dist,
    log: (line) => console.log(line),
  });
  if (!dist) console.log('console: no production build in dist/ (run `npm run build`); only the API answers');
  // One write, so a reader of the output sees every seat once it sees the last line.
  console.log(
    [
      ...served.seats.map(
        (s, k) =>
          `fgsim: seat ${k}${k === 0 ? " (the trainer's)" : ''} at ${s.url}${s.sshPort !== undefined ? ` ssh port ${s.sshPort}` : ''}`,
      ),
      `fgsim: the trainer's view: ${served.classUrl} (log in as seat 0's admin)`,
      'fgsim: log in as "admin" with an empty password on every seat (config system admin changes it)',
      `fgsim: serving the device at ${served.seats[0]?.url ?? ''} (seat 0 of ${seats})`,
    ].join('\n'),
  );
  const stop = (): void => {
    void served.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
