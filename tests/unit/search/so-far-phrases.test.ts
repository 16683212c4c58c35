import { describe, expect, it } from 'vitest';
import { isSaidSoFar } from '../../../lib/search/so-far-phrases';

const marked = (words: string[]) => words.map((_, at) => isSaidSoFar(words, at));

describe('isSaidSoFar', () => {
  it('should mark every word of a Russian "so far" phrase, wherever it stands', () => {
    expect(marked(['деньги', 'до', 'сих', 'пор', 'не', 'пришли'])).toEqual([false, true, true, true, false, false]);
    expect(marked(['до', 'настоящего', 'времени', 'нет', 'оплаты'])).toEqual([true, true, true, false, false]);
    expect(marked(['на', 'данный', 'момент'])).toEqual([true, true, true]);
  });

  it('should mark a Kazakh "to this day" (folded words)', () => {
    expect(marked(['бонус', 'али', 'кунге', 'дейин', 'келмеди'])).toEqual([false, true, true, true, false]);
    expect(marked(['куни', 'бугинге', 'дейин', 'жок'])).toEqual([true, true, true, false]);
  });

  it('should keep the same words outside the phrase: a time, a day asked about', () => {
    expect(marked(['до', 'какого', 'времени', 'платить'])).toEqual([false, false, false, false]);
    expect(marked(['толем', 'кунге', 'дейин'])).toEqual([false, false, false]);
    expect(marked(['в', 'данный', 'день'])).toEqual([false, false, false]);
  });
});
