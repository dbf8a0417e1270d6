/**
 * A refusal reads the same whether the answer carries fgsim's explanation (the `X-Fgsim-Message` and
 * `X-Fgsim-Field` headers; the body stays as 6.0's, docs/fortios-6.0.md) or, as a real 6.0 device's
 * does, only `http_status` and `error` (a bad value is 500 with error -651).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cmdb } from './cmdb';
import { ApiError, refusalOf, refusalText } from './refusal';

/** Makes the next request answer with this envelope and HTTP status. */
function answerNext(
  status: number,
  envelope: Record<string, unknown>,
  headers: Record<string, string> = {},
): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(envelope), { status, headers })),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('refusal', () => {
  it('shows the explanation the answer gives, then the error number', async () => {
    answerNext(
      500,
      { status: 'error', http_status: 500, error: -651 },
      { 'X-Fgsim-Message': 'invalid IP address', 'X-Fgsim-Field': 'ip' },
    );
    const e = await cmdb
      .update('system/interface', { ip: '1.2.3', alias: 'x' }, 'port1')
      .catch((x: unknown) => x);
    expect(refusalText(e)).toBe('invalid IP address (error -651)');
    expect(refusalOf(e)).toEqual({ field: 'ip', message: 'invalid IP address (error -651)' });
  });

  it('composes the text from the error number and the one field sent when the answer has neither', async () => {
    answerNext(500, { status: 'error', http_status: 500, error: -651 });
    const e = await cmdb.update('system/interface', { ip: '1.2.3' }, 'port1').catch((x: unknown) => x);
    expect(refusalOf(e)).toEqual({ field: 'ip', message: 'Invalid value: ip (error -651)' });
  });

  it('names no field when the request sent several and the answer names none', async () => {
    answerNext(500, { status: 'error', http_status: 500, error: -5 });
    const e = await cmdb.create('system/interface', { name: 'port1', vdom: 'root' }).catch((x: unknown) => x);
    expect(refusalOf(e)).toEqual({ message: 'A duplicate entry already exists (error -5)' });
    expect(refusalOf(e, 'name').field).toBe('name');
  });

  it('has no error number for a 404, and leaves a CLI return code alone', () => {
    expect(refusalText(new ApiError(404, undefined, 'Entry not found.'))).toBe('Entry not found.');
    expect(refusalText(new ApiError(500, -651, 'line 3: Command fail. Return code -651'))).toBe(
      'line 3: Command fail. Return code -651',
    );
    expect(refusalText(new Error('offline'))).toBe('offline');
  });
});
