/**
 * fgsim's own "what changed" calls (not FortiOS; a real 6.0 device answers them with 404):
 * `GET /api/v2/fgsim/changes?since=<revision>` — the CLI from that revision to now, as text — and
 * `GET /api/v2/fgsim/change-log` — who changed the device, through which door, at which revision.
 */
import { explanation, fetchFromDevice, request } from './http';
import { ApiError, explain } from './refusal';

/** One committed change of the device's change log, oldest first. */
export interface ChangeRecord {
  /** The revision the change made (the first record: the state the log starts from). */
  revision: string;
  /** Device clock, epoch seconds. */
  time: number;
  /** `GUI`, `CLI`, `SSH`, `REST`, or `device` (what the device did itself: a scenario built). */
  door: string;
  admin: string;
}

const CHANGES = '/api/v2/fgsim/changes';
const CHANGE_LOG = '/api/v2/fgsim/change-log';

export const changes = {
  /**
   * The CLI lines that turn the device as it was at `revision` into the device now (none when nothing
   * changed), or undefined when the change log no longer keeps that revision.
   */
  async since(revision: string): Promise<string[] | undefined> {
    const response = await fetchFromDevice(`${CHANGES}?since=${encodeURIComponent(revision)}`, {
      credentials: 'same-origin',
    });
    if (response.status === 404) return undefined;
    const text = await response.text();
    if (!response.ok)
      throw new ApiError(
        response.status,
        undefined,
        explanation(response).message ?? explain(response.status, undefined, undefined),
      );
    return text === '' ? [] : text.replace(/\n$/, '').split('\n');
  },
  /** The change log, oldest first: the state it starts from, then each committed change. */
  async log(): Promise<ChangeRecord[]> {
    return (await request<ChangeRecord[]>('GET', CHANGE_LOG)).results ?? [];
  },
};
