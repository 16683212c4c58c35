import { describe, expect, it } from 'vitest';
import { digitsOf } from '../../../lib/search/number-words';

describe('digitsOf', () => {
  it('reads a number said in words, in Russian or folded Kazakh, as its digits', () => {
    expect(digitsOf('два')).toBe('2');
    expect(digitsOf('две')).toBe('2');
    expect(digitsOf('еки')).toBe('2');
    expect(digitsOf('десять')).toBe('10');
  });

  it('reads nothing into other words, nor into words that are also something else', () => {
    for (const word of ['он', 'бес', 'счет', '2', 'constructor', '']) expect(digitsOf(word), word).toBeNull();
  });
});
