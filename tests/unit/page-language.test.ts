import { describe, expect, it } from 'vitest';
import { pageLanguage } from '../../lib/page-language';

describe('pageLanguage', () => {
  it.each([
    ['https://kaspi.kz/kz/shop/', 'kz'],
    ['https://kaspi.kz/kk/bank/gold', 'kz'],
    ['https://kaspi.kz/ru/red/', 'ru'],
    ['https://kaspi.kz/kz', 'kz'],
    ['https://kaspi.kz/shop/kz/', null],
    ['https://kaspi.kz/kzt/', null],
    ['https://example.com/kz/', null],
    ['not an address', null],
  ])('%s is in %s', (address, lang) => {
    expect(pageLanguage(address)).toBe(lang);
  });
});
