import { describe, expect, it } from 'vitest';
import { hashAddress, hashQuery, withHashQuery } from './address';
import { menu } from './menu';
import { appRoutes } from './routes';
import { urls } from '../urls';
import type { RouteObject } from 'react-router';

const routePaths = (routes: RouteObject[]): string[] =>
  routes.flatMap((r) => [...(r.path ? [r.path] : []), ...routePaths(r.children ?? [])]);

describe('hashAddress: the # form of the address the page was loaded at', () => {
  it('leaves an address already in the # form alone, at the root and under a sub-path', () => {
    expect(hashAddress('/', '', '#/network/interfaces')).toBeNull();
    expect(hashAddress('/fgsim/', '', '#/network/interfaces/edit/wan1?x=1')).toBeNull();
  });

  it('gives a bare root its # route', () => {
    expect(hashAddress('/', '', '')).toBe('/#/');
    expect(hashAddress('/fgsim/', '', '')).toBe('/fgsim/#/');
    expect(hashAddress('/class/a/fgsim/index.html', '', '')).toBe('/class/a/fgsim/#/');
    expect(hashAddress('/fgsim', '', '')).toBe('/fgsim/#/');
  });

  it('moves a path-form screen after the #, keeping the sub-path and the query', () => {
    expect(hashAddress('/network/interfaces', '', '')).toBe('/#/network/interfaces');
    expect(hashAddress('/fgsim/network/interfaces/edit/wan1', '?scenario=large', '')).toBe(
      '/fgsim/#/network/interfaces/edit/wan1?scenario=large',
    );
    expect(hashAddress('/a/b/dashboard/status/', '', '')).toBe('/a/b/#/dashboard/status/');
  });

  it('moves a query before the # into the route (the README deep link)', () => {
    expect(hashAddress('/', '?guide=fortitelemetry&step=3', '')).toBe('/#/?guide=fortitelemetry&step=3');
    expect(hashAddress('/fgsim/', '?scenario=telemetry-off', '#/vpn/ssl-settings?screenshot=1')).toBe(
      '/fgsim/#/vpn/ssl-settings?scenario=telemetry-off&screenshot=1',
    );
  });

  it('knows the first segment of every menu entry and every route', () => {
    const paths = [
      ...menu.flatMap((s) => s.items.map((i) => i.path)),
      ...routePaths(appRoutes).filter((p) => p.startsWith('/')),
      ...Object.values(urls),
    ];
    expect(paths.length).toBeGreaterThan(40);
    for (const p of paths) expect(hashAddress(`/fgsim${p}`, '', ''), p).toBe(`/fgsim/#${p}`);
  });

  it('runs from its own source text, as index.html inlines it', () => {
    const inlined = new Function(`return (${hashAddress.toString()})`)() as typeof hashAddress;
    expect(inlined('/fgsim/system/feature-visibility', '?step=1', '')).toBe(
      '/fgsim/#/system/feature-visibility?step=1',
    );
  });
});

describe('the query of a # address', () => {
  it('reads and replaces it', () => {
    expect(hashQuery('#/login?scenario=large&x=1')).toBe('?scenario=large&x=1');
    expect(hashQuery('#/login')).toBe('');
    expect(withHashQuery('#/login?scenario=large', '?x=1')).toBe('#/login?x=1');
    expect(withHashQuery('#/login?scenario=large', '')).toBe('#/login');
  });
});
