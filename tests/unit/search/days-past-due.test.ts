import { describe, expect, it } from 'vitest';
import { daysPastDueReadings, isDatePassed, isSpanPassing, saysDaysPastDue } from '../../../lib/search/days-past-due';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const words = (text: string) => tokenizeWords(text).map((t) => t.word);
const told = (text: string) => {
  const all = words(text);
  return all.filter((_, at) => isSpanPassing(all, at) || isDatePassed(all, at));
};

describe('saysDaysPastDue', () => {
  it('should hear days or a week passed since the date to pay', () => {
    for (const text of ['забыла про ред, уже три дня прошло с даты', 'прошла неделя после срока оплаты', 'прошло 2 дня со дня оплаты', 'прошло уже пять дней с даты']) {
      expect(saysDaysPastDue(words(text)), text).toBe(true);
    }
  });

  it('should not hear days passed since anything else, or a payment that went through', () => {
    for (const text of ['прошло три дня с оплаты, деньги не пришли', 'платеж прошел с карты', 'три дня прошло, а счета нет', 'деньги прошли на ред']) {
      expect(saysDaysPastDue(words(text)), text).toBe(false);
    }
  });
});

describe('isSpanPassing, isDatePassed', () => {
  it('should tell the passing of a span and the date it passed since, once days are past due', () => {
    expect(told('уже три дня прошло с даты, что будет')).toEqual(['прошло', 'даты']);
    // the passing of a span is the story even when no date is named; the date only when the span passed since it
    expect(told('прошло три дня с оплаты')).toEqual(['прошло']);
    expect(told('платеж прошел, дата оплаты какая')).toEqual([]);
  });
});

describe('daysPastDueReadings', () => {
  it('should read days past the date as a late payment', () => {
    expect(daysPastDueReadings(words('прошла неделя после срока'))).toEqual(['просрочка']);
    expect(daysPastDueReadings(words('прошла неделя'))).toEqual([]);
  });
});
