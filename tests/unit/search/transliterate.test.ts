import { describe, expect, it } from 'vitest';
import { cyrillicToLatin, latinToCyrillic } from '../../../lib/search/transliterate';

describe('transliterate', () => {
  it.each([
    ['каспи', 'kaspi'],
    ['голд', 'gold'],
    ['ред', 'red'],
    ['смарт', 'smart'],
  ])('should spell %s as %s', (cyr, lat) => {
    expect(cyrillicToLatin(cyr)).toBe(lat);
  });

  it.each([
    ['bonus', 'бонус'],
    ['kredit', 'кредит'],
    ['shop', 'шоп'],
  ])('should spell %s as %s', (lat, cyr) => {
    expect(latinToCyrillic(lat)).toBe(cyr);
  });

  it('should refuse words of the other script', () => {
    expect(cyrillicToLatin('gold')).toBeNull();
    expect(latinToCyrillic('голд')).toBeNull();
  });
});
