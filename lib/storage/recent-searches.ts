import { defineLocalItem } from './local-storage-item';

/** How many recent searches we keep. */
export const MAX_RECENT = 5;

/** Longest recent search kept (longer text is not a search anyone repeats). */
const MAX_RECENT_CHARS = 200;

const isRecentList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= MAX_RECENT && value.every((q) => typeof q === 'string' && q.length <= MAX_RECENT_CHARS);

export const recentSearches = defineLocalItem<string[]>('recentSearches', [], isRecentList);

/** Most recent first, no duplicates, at most MAX_RECENT. */
export function addRecent(list: string[], query: string): string[] {
  const q = query.trim();
  if (!q) return list;
  return [q, ...list.filter((x) => x !== q)].slice(0, MAX_RECENT);
}
