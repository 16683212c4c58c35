import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionStorage } from '../../../lib/storage/extension-storage';
import { hideLauncher, learnFromGuide } from '../../../lib/storage/settings';
import { detectUiLang, uiLanguage } from '../../../lib/storage/ui-language';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('settings', () => {
  it('start with the launcher shown and learning on', async () => {
    expect(await hideLauncher.getValue()).toBe(false);
    expect(await learnFromGuide.getValue()).toBe(true);
  });

  it('keep what the user set', async () => {
    await hideLauncher.setValue(true);
    await learnFromGuide.setValue(false);
    expect(await hideLauncher.getValue()).toBe(true);
    expect(await learnFromGuide.getValue()).toBe(false);
  });

  it.each([['a string', 'yes'], ['a number', 1], ['null', null], ['a list', [true]]])('fall back to the default when storage holds %s', async (_what, bad) => {
    await fakeBrowser.storage.local.set({ hideLauncher: bad, learnFromGuide: bad });
    expect(await hideLauncher.getValue()).toBe(false);
    expect(await learnFromGuide.getValue()).toBe(true);
    expect(await fakeBrowser.storage.local.get(['hideLauncher', 'learnFromGuide'])).toEqual({});
  });
});

describe('UI language', () => {
  it.each([['kk', 'kz'], ['kk-KZ', 'kz'], ['KK', 'kz'], ['ru-RU', 'ru'], ['en-US', 'ru'], [undefined, 'ru'], ['', 'ru']])('reads the browser language %s as %s', (browser, lang) => {
    expect(detectUiLang(browser)).toBe(lang);
  });

  it('is unset until chosen, keeps ru or kz, and drops anything else', async () => {
    expect(await uiLanguage.getValue()).toBeNull();
    await uiLanguage.setValue('kz');
    expect(await uiLanguage.getValue()).toBe('kz');
    await uiLanguage.setValue('ru');
    expect(await uiLanguage.getValue()).toBe('ru');
    await fakeBrowser.storage.local.set({ uiLanguage: 'en' });
    expect(await uiLanguage.getValue()).toBeNull();
  });
});

describe('extension storage (learned questions)', () => {
  it('gets, sets and removes one key at a time', async () => {
    expect(await extensionStorage.get('learnedGuide')).toBeUndefined();
    await extensionStorage.set('learnedGuide', { questions: [1] });
    await extensionStorage.set('other', 2);
    expect(await extensionStorage.get('learnedGuide')).toEqual({ questions: [1] });
    await extensionStorage.remove('learnedGuide');
    expect(await extensionStorage.get('learnedGuide')).toBeUndefined();
    expect(await extensionStorage.get('other')).toBe(2);
  });
});
