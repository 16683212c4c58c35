import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { recentSearches } from '../../../lib/storage/recent-searches';
import { learnFromGuide } from '../../../lib/storage/settings';
import { uiLanguage } from '../../../lib/storage/ui-language';

describe('stored values', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['recent searches as a string', 'recentSearches', 'штраф', recentSearches, []],
    ['recent searches with a number', 'recentSearches', ['a', 1], recentSearches, []],
    ['recent searches as a 1 MB string list', 'recentSearches', ['x'.repeat(1_000_000)], recentSearches, []],
    ['the learning flag as text', 'learnFromGuide', 'yes', learnFromGuide, true],
    ['an unknown UI language', 'uiLanguage', 'en', uiLanguage, null],
  ])('should replace %s by the default, not hand it on', async (_what, key, bad, item, fallback) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await fakeBrowser.storage.local.set({ [key]: bad });
      expect(await (item as typeof recentSearches).getValue()).toEqual(fallback);
      expect((await fakeBrowser.storage.local.get(key))[key]).toBeUndefined();
    } finally {
      warn.mockRestore();
    }
  });

  it('should hand on valid values as stored', async () => {
    await recentSearches.setValue(['штраф за просрочку']);
    expect(await recentSearches.getValue()).toEqual(['штраф за просрочку']);
    await uiLanguage.setValue('kz');
    expect(await uiLanguage.getValue()).toBe('kz');
    await learnFromGuide.setValue(false);
    expect(await learnFromGuide.getValue()).toBe(false);
  });
});
