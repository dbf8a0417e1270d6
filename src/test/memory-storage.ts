import type { TabStorage } from '../app/tab-flag';

/** A storage area in memory, for what keeps a flag in sessionStorage (screenshot and pick mode). */
export function memoryStorage(): TabStorage {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}
