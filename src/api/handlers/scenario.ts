/**
 * `POST /api/v2/fgsim/scenario` `{ name }` → `results: { scenario }`: replaces the device with the named
 * scenario built afresh, as `?scenario=<name>` does on page load, without a reload. The walkthrough's
 * Reset uses it to go back to `telemetry-on` (`execute factoryreset` gives `factory-default`, which is
 * not where the procedure starts). The login sessions are the host's, so the caller stays logged in.
 *
 * `/fgsim/` is fgsim's own namespace: a real 6.0 device has no such call.
 */
import { buildScenario, DeviceError, isScenarioName, scenarioNames, type ScenarioName } from '../../device';
import { success, type Where } from '../envelope';
import type { DeviceHost } from '../host';
import { exactly } from '../url-patterns';
import { guarded, readJson } from '../resolvers';
import { route, type Route } from '../request-table';

const where = (_url: URL, method: string): Where => ({ method, path: 'fgsim', name: 'scenario' });

async function scenarioName(request: Request): Promise<ScenarioName> {
  const body = await readJson(request);
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new DeviceError(-651, 'body must be an object', { field: 'body', value: '' });
  const { name } = body as { name?: unknown };
  if (typeof name !== 'string' || !isScenarioName(name))
    throw new DeviceError(-651, `name must be one of: ${scenarioNames.join(', ')}`, {
      field: 'name',
      value: typeof name === 'string' ? name : '',
    });
  return name;
}

export function scenarioRoutes(host: DeviceHost): Route[] {
  return [
    route(
      'POST',
      exactly('/api/v2/fgsim/scenario'),
      guarded(host, where, async (ctx) => {
        const name = await scenarioName(ctx.request);
        host.replace(buildScenario(name, ctx.device.clock));
        return success(host.device, ctx.where, { results: { scenario: name } });
      }),
    ),
  ];
}
