/**
 * The REST door in Node (tests, benchmarks, later the served mode): the same handlers under
 * `setupServer`, a fresh device host per test, and a small client that speaks to it with `fetch`.
 *
 *   beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 *   afterAll(() => server.close());
 *   const fgt = useDevice('telemetry-on');
 *   const { body } = await fgt.api.get('/api/v2/cmdb/system/interface');
 */
import { setupServer } from 'msw/node';
import { DEFAULT_SCENARIO, FixedClock, buildScenario, type Device, type ScenarioName } from '../device';
import { API_TOKEN, CSRF_HEADER } from './credentials';
import { createHandlers } from './handlers';
import { DeviceHost, type HostOptions } from './host';
import { MemoryLoginSessions } from './login-sessions';

export const server = setupServer();

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read envelopes freely
  /** fgsim's explanation of a refusal, from the headers beside the device's envelope (src/api/envelope.ts). */
  message?: string;
  field?: string;
}

const header = (headers: Headers, name: string): string | undefined => {
  const raw = headers.get(name);
  return raw === null ? undefined : decodeURIComponent(raw);
};

export interface SendOptions {
  query?: Record<string, string | string[]>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is (malformed JSON, form bodies). */
  raw?: string;
  headers?: Record<string, string>;
}

/** Requests to one origin with fixed headers (a session cookie and CSRF token, or the API token). */
export class RestClient {
  constructor(
    readonly origin: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}

  with(headers: Record<string, string>): RestClient {
    return new RestClient(this.origin, { ...this.headers, ...headers });
  }

  async send(method: string, path: string, opts: SendOptions = {}): Promise<Answer> {
    const url = new URL(path, this.origin);
    for (const [k, v] of Object.entries(opts.query ?? {}))
      for (const item of Array.isArray(v) ? v : [v]) url.searchParams.append(k, item);
    const headers: Record<string, string> = { ...this.headers, ...opts.headers };
    let body: string | undefined = opts.raw;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const response = await fetch(url, { method, headers, body });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const message = header(response.headers, 'X-Fgsim-Message');
    const field = header(response.headers, 'X-Fgsim-Field');
    return {
      status: response.status,
      headers: response.headers,
      text,
      body: parsed,
      ...(message !== undefined ? { message } : {}),
      ...(field !== undefined ? { field } : {}),
    };
  }

  get = (path: string, query?: SendOptions['query']) => this.send('GET', path, query ? { query } : {});
  post = (path: string, body: unknown) => this.send('POST', path, { body });
  put = (path: string, body: unknown) => this.send('PUT', path, { body });
  delete = (path: string) => this.send('DELETE', path);
}

export interface NodeDevice {
  host: DeviceHost;
  /** The device as it is now (the host may have replaced it). */
  readonly device: Device;
  /** Authenticated with the API token: no session, no CSRF. */
  api: RestClient;
  /** A client that carries no credentials at all (its own origin, so no stored cookie is sent). */
  anonymous(): RestClient;
  /** Logs in through `/logincheck` and returns a client carrying the session cookie and CSRF token. */
  login(username?: string, password?: string): Promise<RestClient>;
}

let origins = 0;
const freshOrigin = (): string => `http://fgsim-${++origins}.test`;

/**
 * Puts a fresh device behind `server`'s handlers, replacing any earlier one. Each device gets its own
 * origin, so cookies MSW stored for an earlier device are never sent to this one.
 */
export function useDevice(
  scenario: ScenarioName = DEFAULT_SCENARIO,
  device?: Device,
  options: HostOptions = {},
): NodeDevice {
  // The test token opens the API; sessions and lockouts run on the device's fixed clock, which a test
  // may advance.
  const host = new DeviceHost(
    device ?? buildScenario(scenario, new FixedClock()),
    new MemoryLoginSessions(),
    {
      testToken: true,
      ...options,
    },
  );
  server.resetHandlers(...createHandlers(host));
  const origin = freshOrigin();
  return {
    host,
    get device() {
      return host.device;
    },
    api: new RestClient(origin, { Authorization: `Bearer ${API_TOKEN}` }),
    anonymous: () => new RestClient(freshOrigin()),
    async login(username = 'admin', password = '') {
      const guest = new RestClient(freshOrigin());
      const form = new URLSearchParams({ username, secretkey: password, ajax: '1' });
      const answer = await guest.send('POST', '/logincheck', {
        raw: form.toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      const cookies = answer.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
      const csrf = /ccsrftoken="?([^"]*)"?/.exec(cookies.join('; '))?.[1] ?? '';
      return guest.with({ Cookie: cookies.join('; '), [CSRF_HEADER]: csrf });
    },
  };
}
