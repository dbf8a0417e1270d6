/**
 * The request table behind the one MSW handler: method and URL matching as MSW's own handlers did
 * (origin and path only), table order, and routes that answer nothing letting the next one answer.
 */
import { describe, expect, it } from 'vitest';
import { exactly, under } from './url-patterns';
import { answer, route, type Route } from './request-table';

const text = (body: string): Response => new Response(body);
const ask = (routes: readonly Route[], method: string, url: string) =>
  answer(routes, { request: new Request(url, { method }), cookies: {} });
const bodyOf = async (r: Response | undefined): Promise<string | undefined> => r?.text();

describe('answer', () => {
  const routes: Route[] = [
    route('GET', exactly('/api/v2/monitor/system/status'), () => text('status')),
    route('POST', exactly('/api/v2/monitor/system/status'), () => text('posted')),
    route('*', under('/api/v2/'), () => text('fallback')),
  ];

  it('picks the first route whose method and URL match', async () => {
    expect(await bodyOf(await ask(routes, 'GET', 'http://fgt.test/api/v2/monitor/system/status'))).toBe(
      'status',
    );
    expect(await bodyOf(await ask(routes, 'POST', 'http://fgt.test/api/v2/monitor/system/status'))).toBe(
      'posted',
    );
    expect(await bodyOf(await ask(routes, 'PUT', 'http://fgt.test/api/v2/monitor/system/status'))).toBe(
      'fallback',
    );
  });

  it('matches on origin and path: a query or fragment does not stop an anchored pattern', async () => {
    const url = 'http://fgt.test/api/v2/monitor/system/status?vdom=root#top';
    expect(await bodyOf(await ask(routes, 'GET', url))).toBe('status');
  });

  it('lets the next route answer when one answers nothing, in table order', async () => {
    const seen: string[] = [];
    const table: Route[] = [
      route('*', under('/api/v2/'), () => {
        seen.push('sync');
        return undefined;
      }),
      ...routes,
    ];
    expect(await bodyOf(await ask(table, 'GET', 'http://fgt.test/api/v2/monitor/system/status'))).toBe(
      'status',
    );
    expect(seen).toEqual(['sync']);
  });

  it('answers nothing for a URL no route knows, so MSW passes it to the network', async () => {
    expect(await ask(routes, 'GET', 'http://fgt.test/assets/app.js')).toBeUndefined();
    expect(await ask(routes, 'GET', 'http://fgt.test/api/v2-other/x')).toBeUndefined();
  });
});
