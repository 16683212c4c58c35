import { describe, expect, it } from 'vitest';
import { datesTogetherReadings, isDatesTogether } from '../../../lib/search/dates-together';
import { wordsTold } from './words-told';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const words = (text: string) => tokenizeWords(text).map((t) => t.word);

describe('datesTogetherReadings', () => {
  it('should read payment dates brought together or made one as the loan whose date the bill takes', () => {
    expect(datesTogetherReadings(words('можно ли объединить даты платежей по всем покупкам'))).toEqual(['кредит']);
    expect(datesTogetherReadings(words('у меня несколько продуктов, как совместить даты оплаты'))).toEqual(['кредит']);
    expect(datesTogetherReadings(words('даты платежей разные, можно сделать одну'))).toEqual(['кредит']);
    expect(datesTogetherReadings(words('хочу чтобы было одно число оплаты'))).toEqual(['кредит']);
  });

  it('should read nothing without a date, or with one date asked', () => {
    expect(datesTogetherReadings(words('можно ли объединить две карты'))).toEqual([]);
    expect(datesTogetherReadings(words('какого числа платить ред'))).toEqual([]);
    expect(datesTogetherReadings(words('оплатил один раз, дата прошла'))).toEqual([]);
    // a loan named already: the question says it
    expect(datesTogetherReadings(words('с кредитом и редом даты платежей совпадут?'))).toEqual([]);
  });
});

describe('isDatesTogether', () => {
  it('should tell the words that bring the dates together, not the dates', () => {
    expect(wordsTold(isDatesTogether, 'как совместить даты оплаты')).toEqual(['совместить']);
    expect(wordsTold(isDatesTogether, 'платить всё в один день')).toEqual(['один']);
  });

  it('should tell dates moved onto one date ("перенести на одну дату"), not dates moved alone', () => {
    expect(wordsTold(isDatesTogether, 'как перенести все оплаты на одну дату')).toEqual(['перенести', 'одну']);
    expect(wordsTold(isDatesTogether, 'можно сдвинуть платежи на один день')).toEqual(['сдвинуть', 'один']);
    expect(wordsTold(isDatesTogether, 'как перенести дату оплаты')).toEqual([]);
    expect(wordsTold(isDatesTogether, 'поменять дату платежа на пятницу')).toEqual([]);
  });
});
