import { defineLocalItem } from './local-storage-item';

/** How many recent searches we keep. */
export const MAX_RECENT = 5;

export const recentSearches = defineLocalItem<string[]>('recentSearches', []);

/** Most recent first, no duplicates, at most MAX_RECENT. */
export function addRecent(list: string[], query: string): string[] {
  const q = query.trim();
  if (!q) return list;
  return [q, ...list.filter((x) => x !== q)].slice(0, MAX_RECENT);
}
