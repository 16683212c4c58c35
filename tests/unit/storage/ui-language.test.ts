import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { detectUiLang, uiLanguage } from '../../../lib/storage/ui-language';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
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
