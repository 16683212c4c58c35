import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addRecent, MAX_RECENT, MAX_RECENT_CHIP_CHARS, normalizeRecent, recentSearches } from '../../../lib/storage/recent-searches';

describe('recent searches', () => {
  beforeEach(() => fakeBrowser.reset());

  it('should keep the newest first without duplicates, bounded', () => {
    let list: string[] = [];
    for (const q of ['a', 'b', 'a', 'c', 'd', 'e', 'f', '  ']) list = addRecent(list, q);
    expect(list).toEqual(['f', 'e', 'd', 'c', 'a'].slice(0, MAX_RECENT));
  });

  it('should keep one entry per query whatever its spaces and case', () => {
    let list: string[] = [];
    for (const q of ['Штраф  за', 'штраф за', ' ШТРАФ ЗА ']) list = addRecent(list, q);
    expect(list).toEqual(['штраф за']);
  });

  it('should cut a long query at a word boundary to fit a chip', () => {
    const long = `${'перевод денег '.repeat(30)}`;
    const kept = normalizeRecent(long);
    expect(kept.length).toBeLessThanOrEqual(MAX_RECENT_CHIP_CHARS);
    expect(kept.endsWith(' ')).toBe(false);
    expect(long.toLowerCase().startsWith(kept)).toBe(true);
    expect(kept.split(' ').every((w) => w === 'перевод' || w === 'денег')).toBe(true);
    expect(normalizeRecent('x'.repeat(300))).toHaveLength(MAX_RECENT_CHIP_CHARS);
  });

  it('should persist in extension storage', async () => {
    await recentSearches.setValue(['штраф']);
    expect(await recentSearches.getValue()).toEqual(['штраф']);
    await recentSearches.setValue([]);
    expect(await recentSearches.getValue()).toEqual([]);
  });
});

describe('defineLocalItem', () => {
  beforeEach(() => fakeBrowser.reset());

  it('should give the fallback until set and tell watchers about changes', async () => {
    const { hideLauncher } = await import('../../../lib/storage/settings');
    expect(await hideLauncher.getValue()).toBe(false);
    const seen: boolean[] = [];
    const stop = hideLauncher.watch((v) => seen.push(v));
    await hideLauncher.setValue(true);
    await vi.waitFor(() => expect(seen).toEqual([true]));
    stop();
    await hideLauncher.setValue(false);
    expect(seen).toEqual([true]);
    expect(await hideLauncher.getValue()).toBe(false);
  });
});

describe('recent searches at their limits', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('should accept a stored list of exactly the most it keeps, of queries up to its longest, and nothing more', async () => {
    const full = Array.from({ length: MAX_RECENT }, (_, i) => `запрос ${i}`);
    await fakeBrowser.storage.local.set({ recentSearches: full });
    expect(await recentSearches.getValue()).toEqual(full);
    await fakeBrowser.storage.local.set({ recentSearches: [...full, 'ещё'] });
    expect(await recentSearches.getValue()).toEqual([]);
    await fakeBrowser.storage.local.set({ recentSearches: ['я'.repeat(200)] });
    expect(await recentSearches.getValue()).toEqual(['я'.repeat(200)]);
    await fakeBrowser.storage.local.set({ recentSearches: ['я'.repeat(201)] });
    expect(await recentSearches.getValue()).toEqual([]);
  });

  it('should keep a query of exactly a chip\'s length whole, and cut a longer one at its last space past the middle', () => {
    const exact = 'а'.repeat(MAX_RECENT_CHIP_CHARS);
    expect(normalizeRecent(exact)).toBe(exact);
    // A space early in the text is no boundary to cut at: the text is cut at the chip's length.
    const early = `ab ${'в'.repeat(MAX_RECENT_CHIP_CHARS)}`;
    expect(normalizeRecent(early)).toBe(early.slice(0, MAX_RECENT_CHIP_CHARS));
    const late = `${'г'.repeat(MAX_RECENT_CHIP_CHARS - 10)} ${'д'.repeat(20)}`;
    expect(normalizeRecent(late)).toBe('г'.repeat(MAX_RECENT_CHIP_CHARS - 10));
    const middle = `${'е'.repeat(MAX_RECENT_CHIP_CHARS / 2)} ${'ж'.repeat(MAX_RECENT_CHIP_CHARS)}`;
    expect(normalizeRecent(middle)).toBe(middle.slice(0, MAX_RECENT_CHIP_CHARS));
  });
});
