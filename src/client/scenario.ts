/**
 * fgsim's own call `POST /api/v2/fgsim/scenario`: replace the device with a named scenario built afresh
 * (the walkthrough's Reset). Not part of FortiOS; a real 6.0 device answers it with 404.
 */
import { request } from './http';

export const scenario = {
  /** Opens the named scenario (`telemetry-on` …) fresh: every change since is gone; the login stays. */
  async open(name: string): Promise<void> {
    await request('POST', '/api/v2/fgsim/scenario', { body: { name } });
  },
};
