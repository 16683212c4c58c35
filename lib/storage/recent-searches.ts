import { defineLocalItem } from './local-storage-item';

/** How many recent searches we keep. */
export const MAX_RECENT = 5;

/** Longest recent search kept (longer text is not a search anyone repeats). */
const MAX_RECENT_CHARS = 200;

const isRecentList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= MAX_RECENT && value.every((q) => typeof q === 'string' && q.length <= MAX_RECENT_CHARS);

export const recentSearches = defineLocalItem<string[]>('recentSearches', [], isRecentList);

/** Longest recent search kept as a chip: longer text is cut at a word boundary. */
export const MAX_RECENT_CHIP_CHARS = 60;

/** A query as a recent search: spaces collapsed, lower case, cut at a word boundary to fit a chip. */
export function normalizeRecent(query: string): string {
  const text = query.replace(/\s+/g, ' ').trim().toLocaleLowerCase('ru');
  if (text.length <= MAX_RECENT_CHIP_CHARS) return text;
  const cut = text.slice(0, MAX_RECENT_CHIP_CHARS + 1);
  const space = cut.lastIndexOf(' ');
  return (space > MAX_RECENT_CHIP_CHARS / 2 ? cut.slice(0, space) : cut.slice(0, MAX_RECENT_CHIP_CHARS)).trim();
}

/** Most recent first, normalised (normalizeRecent), no duplicates, at most MAX_RECENT. */
export function addRecent(list: string[], query: string): string[] {
  const q = normalizeRecent(query);
  if (!q) return list;
  return [q, ...list.filter((x) => normalizeRecent(x) !== q)].slice(0, MAX_RECENT);
}
