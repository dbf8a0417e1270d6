/**
 * A mode asked for in the address that lasts for the rest of the tab's life (screenshot mode, the
 * writers' pick mode): `?<param>=1` turns it on, `?<param>=0` off, and in-app navigation and reloads
 * keep it, because it is kept in the tab's own storage (sessionStorage).
 */

/** The tab's storage (sessionStorage), or a stand-in in tests. */
export type TabStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Whether the flag kept under `key` is on, after taking `?<param>=` of this page's address into account. */
export function tabFlag(search: string, param: string, key: string, storage: TabStorage): boolean {
  const asked = new URLSearchParams(search).get(param);
  if (asked === '1') storage.setItem(key, '1');
  else if (asked === '0') storage.removeItem(key);
  return storage.getItem(key) === '1';
}
