import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addRecent, MAX_RECENT, recentSearches } from '../../components/recent-searches';

describe('recent searches', () => {
  beforeEach(() => fakeBrowser.reset());

  it('should keep the newest first without duplicates, bounded', () => {
    let list: string[] = [];
    for (const q of ['a', 'b', 'a', 'c', 'd', 'e', 'f', '  ']) list = addRecent(list, q);
    expect(list).toEqual(['f', 'e', 'd', 'c', 'a'].slice(0, MAX_RECENT));
  });

  it('should persist in extension storage', async () => {
    await recentSearches.setValue(['штраф']);
    expect(await recentSearches.getValue()).toEqual(['штраф']);
    await recentSearches.setValue([]);
    expect(await recentSearches.getValue()).toEqual([]);
  });
});
