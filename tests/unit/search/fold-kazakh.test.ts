import { describe, expect, it } from 'vitest';
import { foldKazakhChar } from '../../../lib/search/fold-kazakh';

describe('foldKazakhChar', () => {
  it.each([
    ['ә', 'а'], ['ғ', 'г'], ['қ', 'к'], ['ң', 'н'], ['ө', 'о'], ['ұ', 'у'], ['ү', 'у'], ['һ', 'х'], ['і', 'и'],
  ])('should fold %s to %s, the letter people type instead', (kazakh, russian) => {
    expect(foldKazakhChar(kazakh)).toBe(russian);
  });

  it('should leave every other character as it is', () => {
    for (const ch of ['а', 'я', 'ё', 'q', '1', ' ', '-', 'Ә']) expect(foldKazakhChar(ch)).toBe(ch);
  });
});
