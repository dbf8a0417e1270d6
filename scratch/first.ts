import { FixedClock } from '../src/device/clock';
import { buildScenario } from '../src/device/scenarios';
import { cliUnderTest } from '../src/test/cli-under-test';
const cli = cliUnderTest(buildScenario('large', new FixedClock()));
const c = process.cpuUsage();
const out = cli.run('show full-configuration').output;
const u = process.cpuUsage(c);
console.log(((u.user + u.system) / 1000).toFixed(0));
