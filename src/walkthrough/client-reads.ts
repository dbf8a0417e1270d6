/** The guide's reader: the checks of ./steps.ts over src/client, the GUI's only way to the device. */
import { request } from '../client';
import type { RestReads } from './rest-reads';
import type { Step } from './steps';

export const clientReads: RestReads = {
  cmdb: async (path, query) => (await request('GET', `/api/v2/cmdb/${path}`, { query })).results,
  monitor: async (path) => (await request('GET', `/api/v2/monitor/${path}`)).results,
};

/** Each step's `doneWhen`, in order, read at the same time. */
export function checkSteps(steps: readonly Step[], read: RestReads = clientReads): Promise<boolean[]> {
  return Promise.all(steps.map((s) => s.doneWhen(read)));
}
