/**
 * Where the console lives and how its screens are addressed, so that one `dist/` works as copied at
 * the root or under any sub-path of a plain static file server (no rewrite rules, no rebuild).
 *
 * The screens are addressed after a `#`: `https://host/fgsim/#/network/interfaces/edit/wan1`. A
 * plain static server only ever sees `/fgsim/`, so a reload or a shared link of any screen works
 * there, edit pages (`/edit/:name`, not known at build time) included. Per-route `index.html` copies
 * made at build time would cover the fixed routes only, and a `404.html` fallback is a feature of a
 * few hosts, not of `python3 -m http.server`.
 *
 * Links in the older form (`/network/interfaces`, `/?guide=fortitelemetry&step=3`) keep working
 * wherever a server answers them with the console's page (the dev server, `vite preview`, a host with
 * a fallback rule): `hashAddress` runs inline in the page's `<head>` before any asset is asked for
 * (vite.config.ts), finds the console's root from the first route segment in the path, and rewrites
 * the address to the `#` form. The page's relative asset URLs then resolve from the root.
 */

/**
 * The `#` form of the address the page was loaded at, or null when it is in that form already.
 *
 * It is inlined into `index.html` as its source text, so it must not refer to anything outside
 * itself. Every route's first segment must be in `segments` (address.test.ts checks the menu table
 * and the route table).
 */
export function hashAddress(pathname: string, search: string, hash: string): string | null {
  const segments = [
    'login',
    'dashboard',
    'security-fabric',
    'fortiview',
    'network',
    'system',
    'policy-objects',
    'security-profiles',
    'vpn',
    'user-device',
    'wifi-switch',
    'log-report',
    'monitor',
  ];
  const parts = pathname.split('/');
  let at = -1;
  for (let i = 1; i < parts.length; i++)
    if (segments.indexOf(parts[i] as string) >= 0) {
      at = i;
      break;
    }
  let root: string;
  let route: string;
  if (at >= 0) {
    root = parts.slice(0, at).join('/') + '/';
    route = '/' + parts.slice(at).join('/');
  } else {
    const last = parts[parts.length - 1] as string;
    // `/fgsim/index.html` → `/fgsim/`; `/fgsim` (a server that did not add the slash) → `/fgsim/`.
    root = last.indexOf('.') >= 0 ? parts.slice(0, -1).join('/') + '/' : pathname.replace(/\/?$/, '/');
    route = '';
  }
  const inHash = hash.indexOf('#/') === 0 ? hash.slice(1) : '';
  if (at < 0 && inHash && !search && root === pathname) return null;
  const q = inHash.indexOf('?');
  const hashPath = q >= 0 ? inHash.slice(0, q) : inHash;
  const hashSearch = q >= 0 ? inHash.slice(q + 1) : '';
  const query = [search.replace(/^\?/, ''), hashSearch].filter((s) => s !== '').join('&');
  return root + '#' + (route || hashPath || '/') + (query ? '?' + query : '');
}

/** The query string (`''` or `?…`) of a `#/route?query` address's hash. */
export function hashQuery(hash: string): string {
  const q = hash.indexOf('?');
  return q >= 0 ? hash.slice(q) : '';
}

/** The hash `#/route?query` with its query replaced by `search` (`''` or `?…`). */
export function withHashQuery(hash: string, search: string): string {
  const q = hash.indexOf('?');
  return (q >= 0 ? hash.slice(0, q) : hash) + search;
}

/** The screen's route of an address in the `#` form (`/fgsim/#/vpn/ssl-settings?x=1` → `/vpn/ssl-settings`). */
export function routeOf(url: URL): string {
  const route = url.hash.replace(/^#/, '');
  const q = route.indexOf('?');
  return (q >= 0 ? route.slice(0, q) : route) || '/';
}
