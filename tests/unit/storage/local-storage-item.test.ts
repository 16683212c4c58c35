import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { recentSearches } from '../../../lib/storage/recent-searches';
import { learnFromGuide } from '../../../lib/storage/settings';
import { uiLanguage } from '../../../lib/storage/ui-language';
import { defineLocalItem, isBoolean } from '../../../lib/storage/local-storage-item';

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

describe('watching a stored value', () => {
  beforeEach(() => fakeBrowser.reset());
  const isWord = (value: unknown): value is string => typeof value === 'string' && /^\p{L}+$/u.test(value);

  it('should hand on each change of its own key in local storage, checked, until unsubscribed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const item = defineLocalItem('watchedWord', 'default', isWord);
      const seen: string[] = [];
      const stop = item.watch((value) => seen.push(value));
      await item.setValue('штраф');
      await fakeBrowser.storage.local.set({ otherKey: 'бонус' });
      await fakeBrowser.storage.sync.set({ watchedWord: 'синк' });
      await fakeBrowser.storage.local.set({ watchedWord: 'not a word' });
      await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get('watchedWord')).toEqual({}));
      stop();
      await item.setValue('после');
      // The bad value reaches no one; its removal may be reported too (the fake reports it as null).
      expect(seen[0]).toBe('штраф');
      expect(seen.length).toBeGreaterThan(1);
      expect(seen.slice(1).every((value) => value === 'default')).toBe(true);
    } finally {
      warn.mockRestore();
    }
  });

  it('should report a bad value once per key, and remove it each time', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const item = defineLocalItem('reportedOnce', 'default', isWord);
      for (let i = 0; i < 3; i++) {
        await fakeBrowser.storage.local.set({ reportedOnce: 42 });
        expect(await item.getValue()).toBe('default');
        await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get('reportedOnce')).toEqual({}));
      }
      expect(warn).toHaveBeenCalledOnce();
      expect(warn.mock.calls[0]![0]).toMatch(/"reportedOnce" was not valid/);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('isBoolean', () => {
  it('should accept true and false only', () => {
    expect([true, false, 0, 1, 'true', null, undefined].map(isBoolean)).toEqual([true, true, false, false, false, false, false]);
  });
});
