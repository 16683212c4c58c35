import { describe, expect, it } from 'vitest';
import { namesPublicHoliday } from '../../../lib/search/public-holidays';

const words = (text: string) => text.split(' ');

describe('namesPublicHoliday', () => {
  it('should read a day and its month that are a public holiday, in Russian and Kazakh, with the day said in digits or as an ordinal', () => {
    expect(namesPublicHoliday(words('срок попал на 8 марта'))).toBe(true);
    expect(namesPublicHoliday(words('оплата 8 го марта'))).toBe(true);
    expect(namesPublicHoliday(words('восьмого марта платеж'))).toBe(true);
    expect(namesPublicHoliday(words('толем кун 16 желтоксанга тусти'))).toBe(true);
    expect(namesPublicHoliday(words('22 наурызда толеу'))).toBe(true);
  });

  it('should not read another day of the same month, a month alone, a number alone, or a day after its month', () => {
    expect(namesPublicHoliday(words('срок 9 марта'))).toBe(false);
    expect(namesPublicHoliday(words('срок в марте'))).toBe(false);
    expect(namesPublicHoliday(words('заплатил 8 тысяч'))).toBe(false);
    expect(namesPublicHoliday(words('марта 8'))).toBe(false);
    expect(namesPublicHoliday([])).toBe(false);
  });
});
