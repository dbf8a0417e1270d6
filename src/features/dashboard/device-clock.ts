/**
 * The device's clock as the GUI learns it: FortiOS 6.0's `GET /api/v2/monitor/web-ui/state` answers
 * `snapshot_utc_time` (now) and `utc_last_reboot` (boot), both ms since the epoch. A device that does
 * not offer it yields `null` and the widget shows a dash — never the browser's clock.
 */
import { ApiError, request } from '../../client';
import type { DeviceClock } from './system-information';

interface WebUiState {
  snapshot_utc_time?: number;
  utc_last_reboot?: number;
}

export async function loadDeviceClock(): Promise<DeviceClock | null> {
  try {
    const state = (await request<WebUiState>('GET', '/api/v2/monitor/web-ui/state')).results;
    if (typeof state?.snapshot_utc_time !== 'number' || typeof state.utc_last_reboot !== 'number')
      return null;
    return { nowMs: state.snapshot_utc_time, bootMs: state.utc_last_reboot };
  } catch (e) {
    if (e instanceof ApiError && e.httpStatus === 404) return null;
    throw e;
  }
}
