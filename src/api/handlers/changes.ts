/**
 * fgsim's own "what changed" calls, for tests, writers and trainers:
 *
 * - `GET /api/v2/fgsim/changes?since=<revision>` → the FortiOS CLI (as text) that turns the device as it
 *   was at that revision into the device as it is now; empty when nothing changed. Without `since`,
 *   from the oldest change the log keeps. A revision the log does not keep is a 404.
 * - `GET /api/v2/fgsim/change-log` → `results`: each committed change, oldest first — `revision`,
 *   `time` (device clock, epoch seconds), `door` (`GUI`, `CLI`, `SSH`, `REST`, or `device`) and `admin`.
 *
 * - `GET /api/v2/fgsim/revision-diff?from=<id|running>&to=<id|running>` → the FortiOS CLI (as text) that
 *   turns saved revision `from` (or the running configuration) into `to`: what Revisions › Diff shows.
 *
 * `/fgsim/` is fgsim's own namespace: a real 6.0 device has no such calls.
 */
import { HttpResponse } from 'msw';
import { DeviceError, changesSince, revisionDiff, type RevisionSide } from '../../device';
import { success, type Where } from '../envelope';
import type { DeviceHost } from '../host';
import { exactly } from '../url-patterns';
import { HttpFailure, guarded } from '../resolvers';
import { route, type Route } from '../request-table';

const where =
  (name: string) =>
  (_url: URL, method: string): Where => ({ method, path: 'fgsim', name });

/** `from`/`to` of a revision diff: `running` (the default) or a revision id. */
function side(url: URL, key: string): RevisionSide {
  const value = url.searchParams.get(key) ?? 'running';
  if (value === 'running') return 'running';
  if (!/^\d{1,9}$/.test(value))
    throw new DeviceError(-651, `${key} must be a revision id or running`, { field: key, value });
  return Number(value);
}

export function changesRoutes(host: DeviceHost): Route[] {
  return [
    route(
      'GET',
      exactly('/api/v2/fgsim/changes'),
      guarded(host, where('changes'), ({ device, url }) => {
        const since = url.searchParams.get('since') ?? undefined;
        const lines = changesSince(device, since);
        if (!lines) throw new HttpFailure(404, `The change log does not keep revision ${since ?? ''}.`);
        return new HttpResponse(lines.length > 0 ? `${lines.join('\n')}\n` : '', {
          headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        });
      }),
    ),
    route(
      'GET',
      exactly('/api/v2/fgsim/revision-diff'),
      guarded(host, where('revision-diff'), ({ device, url }) => {
        const lines = revisionDiff(device, side(url, 'from'), side(url, 'to'));
        return new HttpResponse(lines.length > 0 ? `${lines.join('\n')}\n` : '', {
          headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        });
      }),
    ),
    route(
      'GET',
      exactly('/api/v2/fgsim/change-log'),
      guarded(host, where('change-log'), ({ device, where: w }) =>
        success(device, w, {
          results: device.changeLog().map((r) => ({ ...r, time: Math.floor(r.time / 1000) })),
        }),
      ),
    ),
  ];
}
