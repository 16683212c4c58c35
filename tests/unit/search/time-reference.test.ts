import { describe, expect, it } from 'vitest';
import { speaksOfOtherPeriod, timeReferences } from '../../../lib/search/time-reference';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const periods = (text: string) => timeReferences(tokenizeWords(text).map((t) => t.word));

describe('timeReferences', () => {
  it('should read the period a Russian or Kazakh text speaks of, in any form of the word', () => {
    expect([...periods('Я в прошлом месяце внёс больше')]).toEqual(['past']);
    expect([...periods('сумма следующего ежемесячного счёта')]).toEqual(['next']);
    expect([...periods('сколько платить в этом месяце')]).toEqual(['current']);
    expect([...periods('Осы айда төлемді салдым. Келесі айда төлемеуіме бола ма?')]).toEqual(['current', 'next']);
    expect([...periods('Өткен айдағы бонус')]).toEqual(['past']);
  });

  it('should read no period from words that only begin like one ("этап", "следы") or from none', () => {
    expect(periods('этап оплаты').size).toBe(0);
    expect(periods('Как оплатить счёт?').size).toBe(0);
  });
});

describe('speaksOfOtherPeriod', () => {
  it('should hold only when both speak of a period and share none', () => {
    expect(speaksOfOtherPeriod(periods('в этом месяце'), periods('в прошлом месяце'))).toBe(true);
    expect(speaksOfOtherPeriod(periods('в этом месяце'), periods('сумма счёта'))).toBe(false);
    expect(speaksOfOtherPeriod(periods('сумма счёта'), periods('в прошлом месяце'))).toBe(false);
    expect(speaksOfOtherPeriod(periods('осы айда және келесі айда'), periods('келесі айда'))).toBe(false);
  });
});
