import { describe, expect, it } from 'vitest';
import { isPayingMoreThanDue, paidMoreThanDueReadings, saysPaidMoreThanDue } from '../../../lib/search/paid-more-than-due';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const words = (text: string) => tokenizeWords(text).map((t) => t.word);

describe('saysPaidMoreThanDue', () => {
  it('should hear the asker paying more than was due, or than the bill', () => {
    for (const text of ['перевел больше чем надо за ред', 'перепутала и отправила на ред больше чем просили', 'внесла больше, чем было в счете', 'закинул на ред больше, чем в счете']) {
      expect(saysPaidMoreThanDue(words(text)), text).toBe(true);
    }
  });

  it('should not hear a bill above the asker\'s reckoning, or paying more with nothing due named', () => {
    for (const text of ['счет больше чем надо', 'оплатил больше чем думал', 'купил больше чем надо', 'перевел больше денег']) {
      expect(saysPaidMoreThanDue(words(text)), text).toBe(false);
    }
  });
});

describe('isPayingMoreThanDue', () => {
  it('should tell the asker\'s paying verb said with more than was due', () => {
    const said = words('случайно перевел на ред больше чем надо');
    expect(said.filter((_, at) => isPayingMoreThanDue(said, at))).toEqual(['перевел']);
  });
});

describe('paidMoreThanDueReadings', () => {
  it('should read paying more than was due as paying too much', () => {
    expect(paidMoreThanDueReadings(words('перевел больше чем надо'))).toEqual(['переплатить']);
    expect(paidMoreThanDueReadings(words('перевел больше'))).toEqual([]);
  });
});
