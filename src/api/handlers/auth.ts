/**
 * Logging in and out as the 6.0 GUI does (reference §11): `POST /logincheck` with a form body
 * answers `1…` and sets the `APSCOOKIE_…` session cookie and `ccsrftoken="…"`; `/logout` ends the
 * session. Scripts may skip this and send the API token instead (see credentials.ts).
 */
import { HttpResponse } from 'msw';
import { readForm } from '../body';
import { CSRF_COOKIE, SESSION_COOKIE, isAdmin } from '../credentials';
import type { DeviceHost } from '../host';
import { exactly } from '../paths';
import { route, type Route } from '../routes';
import { newToken } from '../sessions';

/** The login form; a body that is not one logs nobody in (./body.ts bounds and parses it). */
async function formOf(request: Request): Promise<URLSearchParams> {
  const out = new URLSearchParams();
  const form = await readForm(request).catch(() => new Map<string, string[]>());
  for (const [k, values] of form) for (const v of values) out.append(k, v);
  return out;
}

function endSessions(host: DeviceHost, cookies: Record<string, string>): void {
  for (const [name, value] of Object.entries(cookies))
    if (name.startsWith('APSCOOKIE_')) host.sessions.remove(value);
}

const text = (body: string, headers = new Headers()): Response => {
  headers.set('Content-Type', 'text/plain');
  return new HttpResponse(body, { status: 200, headers });
};

export function authRoutes(host: DeviceHost): Route[] {
  const logout = ({ cookies }: { cookies: Record<string, string> }): Response => {
    endSessions(host, cookies);
    const headers = new Headers();
    headers.append('Set-Cookie', `${SESSION_COOKIE}=; Path=/; Max-Age=0`);
    headers.append('Set-Cookie', `${CSRF_COOKIE}=; Path=/; Max-Age=0`);
    return text('', headers);
  };
  return [
    route('POST', exactly('/logincheck'), async ({ request, cookies }) => {
      const form = await formOf(request);
      if (!isAdmin(form.get('username'), form.get('secretkey'))) return text('0');
      endSessions(host, cookies);
      const session = { id: newToken(), csrf: newToken().toUpperCase(), user: form.get('username') ?? '' };
      host.sessions.add(session);
      const headers = new Headers();
      headers.append('Set-Cookie', `${SESSION_COOKIE}=${session.id}; Path=/; SameSite=Strict`);
      headers.append('Set-Cookie', `${CSRF_COOKIE}="${session.csrf}"; Path=/; SameSite=Strict`);
      return text('1document.location="/";\n', headers);
    }),
    route('*', exactly('/logincheck'), () => new HttpResponse(null, { status: 405 })),
    route('POST', exactly('/logout'), logout),
    route('GET', exactly('/logout'), logout),
  ];
}
