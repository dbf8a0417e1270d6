/**
 * The FortiOS `/api/v2` response envelope (reference §11). Every answer of the REST door — success,
 * device error, 401/403/404/405 — is built here, so its keys and their order are the same everywhere.
 */
import { HttpResponse } from 'msw';
import type { Device } from '../device';

/** What a request was about: the envelope's `http_method`, `path`, `name`, `mkey` and `action`. */
export interface Where {
  method: string;
  /** `system`, `vpn.ssl`, `endpoint-control` … */
  path: string;
  /** `interface`, `settings`, `registration` … */
  name: string;
  /** The row a single-row read or write is about. */
  mkey?: string;
  /**
   * Monitor answers only when the URL names it (`…/select`, `…/deregister`); of the CMDB only the
   * whole-CMDB schema (`action=schema`).
   */
  action?: string;
  /** Monitor answers carry no `revision` and no `http_status` (docs/fortios-6.0.md §5). */
  monitor?: boolean;
}

export interface SuccessBody {
  results?: unknown;
  /** Extra envelope keys a real 6.0 device sends with some answers (`size`, `matched_count` …). */
  extra?: Record<string, unknown>;
}

export interface FailureBody {
  /** The FortiOS error number (-651, -5, -3, -23 …); absent for 401/403/404/405 as on the device. */
  error?: number;
  /**
   * fgsim's explanation and the field it is about. A 6.0 device's error envelope has neither, so they
   * travel outside it, in the `X-Fgsim-Message` / `X-Fgsim-Field` headers (URI-encoded), for the GUI.
   */
  message: string;
  field?: string;
}

/** The headers that carry a refusal's explanation beside the device's own envelope. */
export const MESSAGE_HEADER = 'X-Fgsim-Message';

/**
 * Text URI-encoded for a header. A message may quote what a client sent, lone surrogates included
 * (which `encodeURIComponent` refuses): those are written as U+FFFD.
 */
function headerText(text: string): string {
  return encodeURIComponent(
    text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}
export const FIELD_HEADER = 'X-Fgsim-Field';

function head(device: Device, where: Where): Record<string, unknown> {
  return where.monitor
    ? { http_method: where.method }
    : { http_method: where.method, revision: device.revision };
}

const httpStatus = (where: Where, status: number): Record<string, unknown> =>
  where.monitor ? {} : { http_status: status };

function location(where: Where): Record<string, unknown> {
  // A request about no table (the whole CMDB's schema) names none.
  const named = where.path !== '' || where.name !== '';
  return {
    vdom: 'root',
    ...(named ? { path: where.path, name: where.name } : {}),
    ...(where.mkey !== undefined ? { mkey: where.mkey } : {}),
    ...(where.action !== undefined ? { action: where.action } : {}),
  };
}

function identity(device: Device): Record<string, unknown> {
  const { serial, version, build } = device.state.identity;
  return { serial, version, build };
}

export function successEnvelope(
  device: Device,
  where: Where,
  body: SuccessBody = {},
): Record<string, unknown> {
  return {
    ...head(device, where),
    ...body.extra,
    ...('results' in body ? { results: body.results } : {}),
    ...location(where),
    status: 'success',
    ...httpStatus(where, 200),
    ...identity(device),
  };
}

export function failureEnvelope(
  device: Device,
  where: Where,
  httpStatus: number,
  body: FailureBody,
): Record<string, unknown> {
  return {
    ...head(device, where),
    ...location(where),
    status: 'error',
    http_status: httpStatus,
    ...(body.error !== undefined ? { error: body.error } : {}),
    ...identity(device),
  };
}

export const success = (device: Device, where: Where, body?: SuccessBody): Response =>
  HttpResponse.json(successEnvelope(device, where, body));

const encoder = new TextEncoder();
const SLOT = '\u0000results\u0000';

/**
 * A success whose `results` are already JSON bytes (a whole table, cached per version of it): the
 * envelope is serialised around a placeholder and the bytes are put in its place, so the answer is
 * the same text `success` would give without stringifying and encoding thousands of rows again.
 */
export function successWithJson(device: Device, where: Where, results: Uint8Array, extra = {}): Response {
  const text = JSON.stringify(successEnvelope(device, where, { results: SLOT, extra }));
  const at = text.indexOf(JSON.stringify(SLOT));
  const head = encoder.encode(text.slice(0, at));
  const tail = encoder.encode(text.slice(at + JSON.stringify(SLOT).length));
  const body = new Uint8Array(head.length + results.length + tail.length);
  body.set(head, 0);
  body.set(results, head.length);
  body.set(tail, head.length + results.length);
  return new HttpResponse(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
}

export function failure(device: Device, where: Where, status: number, body: FailureBody): Response {
  const headers: Record<string, string> = { [MESSAGE_HEADER]: headerText(body.message) };
  if (body.field !== undefined) headers[FIELD_HEADER] = headerText(body.field);
  return HttpResponse.json(failureEnvelope(device, where, status, body), { status, headers });
}
