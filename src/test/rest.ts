/**
 * Helpers the REST door's tests share (imported by *.test.ts only). They state a rule of the house
 * once: a refused request leaves the device exactly as it was (DESIGN.md rule 1).
 */
import { expect } from 'vitest';
import { exportState } from '../device';
import type { Answer, NodeDevice } from '../api/node';

/** What storage would keep and what memory holds: both must be byte-for-byte the same after a refusal. */
export function snapshot(fgt: NodeDevice): string {
  return `${exportState(fgt.device)}\n${JSON.stringify(fgt.device.state)}`;
}

/**
 * Sends a request that must be refused with `status` (and the FortiOS `error` number, or none), and
 * checks that the device did not change at all. Returns the answer for further checks.
 */
export async function expectRefused(
  fgt: NodeDevice,
  send: () => Promise<Answer>,
  status: number,
  error?: number,
): Promise<Answer> {
  const before = snapshot(fgt);
  const answer = await send();
  expect(answer.status, answer.text).toBe(status);
  expect(answer.body).toMatchObject({ status: 'error', http_status: status });
  // A 6.0 error envelope carries the number only: no message or field keys (docs/fortios-6.0.md §5).
  expect(answer.body).not.toHaveProperty('message');
  expect(answer.body).not.toHaveProperty('field');
  if (error === undefined) expect(answer.body).not.toHaveProperty('error');
  else expect(answer.body.error).toBe(error);
  expect(snapshot(fgt) === before, 'the device changed although the request was refused').toBe(true);
  return answer;
}

/** Sends a request that must succeed and returns its envelope. */
export async function expectOk(send: () => Promise<Answer>): Promise<Answer['body']> {
  const answer = await send();
  expect(answer.status, answer.text).toBe(200);
  expect(answer.body).toMatchObject({ status: 'success', http_status: 200 });
  return answer.body;
}

/**
 * Sends a monitor request that must succeed: a 6.0 monitor answer has no `revision` and no
 * `http_status` (docs/fortios-6.0.md §5). Returns its envelope.
 */
export async function expectMonitorOk(send: () => Promise<Answer>): Promise<Answer['body']> {
  const answer = await send();
  expect(answer.status, answer.text).toBe(200);
  expect(answer.body).toMatchObject({ status: 'success' });
  expect(answer.body).not.toHaveProperty('revision');
  expect(answer.body).not.toHaveProperty('http_status');
  return answer.body;
}
