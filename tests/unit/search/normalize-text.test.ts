import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleBudget } from '../sample-budget';
import { followsHyphen, joinHyphenatedWords, normalizeText, tokenizeWords } from '../../../lib/search/normalize-text';

describe('normalizeText', () => {
  it.each([
    ['Ёжемесячный СЧЁТ', 'ежемесячный счет'],
    ['Дүкендерде қанша', 'дукендерде канша'],
    ['«Kaspi\u00a0Red»', ' kaspi red '],
    ['300 000 тг, 1,29%', '300 000 тг  1 29 '],
  ])('should normalise %s', (input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it('should keep the length so offsets hold in the original text', () => {
    const text = 'Әже 👍 «Ёлка»';
    expect(normalizeText(text)).toHaveLength(text.length);
  });

  it('should keep characters outside the BMP whole: letters as they are, anything else as spaces', () => {
    expect(normalizeText('𝐀б👍в\ud800г')).toBe('𝐀б  в г');
  });

  it('should keep the length of any text, and change nothing on a second pass', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const once = normalizeText(text);
        expect(once).toHaveLength(text.length);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: sampleBudget(500) },
    );
  });

  it('should normalise the same after more distinct characters than it remembers', () => {
    const many = Array.from({ length: 6000 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    expect(normalizeText(many)).toBe(many);
    expect(normalizeText('Ёлка Қазақ!')).toBe('елка казак ');
  });
});

describe('tokenizeWords', () => {
  it('should return words with their offsets in the original', () => {
    expect(tokenizeWords('Kaspi Red: 2000 ₸')).toEqual([
      { word: 'kaspi', start: 0, end: 5 },
      { word: 'red', start: 6, end: 9 },
      { word: '2000', start: 11, end: 15 },
    ]);
  });
});

describe('followsHyphen', () => {
  it('should tell a word typed right after a hyphen from one after a space, a dash between spaces, or none', () => {
    const text = 'ФДО-ның kaspi - мен бонус';
    const tokens = tokenizeWords(text);
    expect(tokens.map((_, i) => followsHyphen(text, tokens, i))).toEqual([false, true, false, false, false]);
  });
});

describe('joinHyphenatedWords', () => {
  it('should join words written with a hyphen', () => {
    const text = 'Интернет-дүкендерде и POS-терминал';
    expect(joinHyphenatedWords(text, tokenizeWords(text))).toEqual(['интернетдукендерде', 'posтерминал']);
  });
});
