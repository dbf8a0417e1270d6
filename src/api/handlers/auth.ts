/**
 * Logging in and out as the 6.0 GUI does (reference §11, §13; FortiOS REST API Reference, "Setting Up
 * an Authenticated Session"): `POST /logincheck` with a form body (`username`, `secretkey`, `ajax`)
 * answers text/html whose first character is the outcome — `1` logged in
 * (`1document.location="/ng/prompt?viewOnly&redir=%2Fng%2F";`), `0` refused, `2` locked out — and on
 * success sets `APSCOOKIE_<n>` (the session, HttpOnly when served), `ccsrftoken` and `ccsrftoken_<n>`
 * (the CSRF token writes must send back as `X-CSRFTOKEN`). `POST /logout` ends the session.
 *
 * **Decision**: the reference documents logout as a POST only; a GET of `/logout` answers 405 and ends
 * nothing, so a link or image on another site cannot log an administrator out. Who may log in, the
 * lockout and the session lifetime are ./login.ts.
 */
import { HttpResponse } from 'msw';
import { saveOnLogout } from '../../device';
import { readForm } from '../body';
import { COOKIE_SUFFIX, CSRF_COOKIE, SESSION_COOKIE } from '../credentials';
import type { DeviceHost } from '../host';
import { exactly } from '../url-patterns';
import { route, type Route } from '../request-table';
import type { LoginSession } from '../login-sessions';

export const LOGIN_OK = '1document.location="/ng/prompt?viewOnly&redir=%2Fng%2F";';
export const LOGIN_FAILED = '0';
export const LOGIN_LOCKED = '2';

/** The login form; a body that is not one logs nobody in (./body.ts bounds and parses it). */
async function formOf(request: Request): Promise<URLSearchParams> {
  const out = new URLSearchParams();
  const form = await readForm(request).catch(() => new Map<string, string[]>());
  for (const [k, values] of form) for (const v of values) out.append(k, v);
  return out;
}

const html = (body: string, headers = new Headers(), status = 200): Response => {
  headers.set('Content-Type', 'text/html');
  return new HttpResponse(body, { status, headers });
};

function attributes(host: DeviceHost, request: Request, httpOnly: boolean): string {
  const served = host.options.served === true;
  const secure = served && new URL(request.url).protocol === 'https:';
  return [
    'path=/',
    ...(served && httpOnly ? ['HttpOnly'] : []),
    ...(secure ? ['secure'] : []),
    'SameSite=Strict',
  ].join('; ');
}

/** The session cookie's and the suffixed CSRF cookie's names for this host (HostOptions `cookieSuffix`). */
function cookieNames(host: DeviceHost): { session: string; csrf: string } {
  const suffix = host.options.cookieSuffix;
  if (suffix === undefined) return { session: SESSION_COOKIE, csrf: `${CSRF_COOKIE}_${COOKIE_SUFFIX}` };
  return { session: `APSCOOKIE_${suffix}`, csrf: `${CSRF_COOKIE}_${suffix}` };
}

function sessionCookies(host: DeviceHost, request: Request, session: LoginSession): Headers {
  const headers = new Headers();
  const names = cookieNames(host);
  const value = `"Era%3D0%26Payload%3D${session.id}%0A"`;
  headers.append('Set-Cookie', `${names.session}=${value}; ${attributes(host, request, true)}`);
  headers.append('Set-Cookie', `${CSRF_COOKIE}="${session.csrf}"; ${attributes(host, request, false)}`);
  headers.append('Set-Cookie', `${names.csrf}="${session.csrf}"; ${attributes(host, request, false)}`);
  return headers;
}

export function authRoutes(host: DeviceHost): Route[] {
  return [
    route('POST', exactly('/logincheck'), async ({ request }) => {
      const form = await formOf(request);
      const outcome = host.logins.attempt(
        form.get('username') ?? '',
        form.get('secretkey') ?? '',
        host.logins.addressOf(request),
      );
      if (outcome.kind === 'locked') return html(LOGIN_LOCKED);
      if (outcome.kind === 'failed') return html(LOGIN_FAILED);
      return html(LOGIN_OK, sessionCookies(host, request, outcome.session));
    }),
    route('*', exactly('/logincheck'), () => new HttpResponse(null, { status: 405 })),
    route('POST', exactly('/logout'), ({ request, cookies }) => {
      const session = host.logins.sessionOf(request, cookies);
      if (session) {
        // `revision-backup-on-logout enable` saves a revision as the administrator leaves.
        saveOnLogout(host.device, { door: 'GUI', admin: session.user });
        host.loginSessions.remove(session.id);
      }
      const headers = new Headers();
      const names = cookieNames(host);
      for (const name of [names.session, CSRF_COOKIE, names.csrf])
        headers.append('Set-Cookie', `${name}=""; path=/; Max-Age=0`);
      return html('', headers);
    }),
    route('*', exactly('/logout'), () => new HttpResponse(null, { status: 405 })),
  ];
}
