import { describe, expect, it } from 'vitest';
import { asksSumOfAComingMonth, comingMonthReadings } from '../../../lib/search/coming-month';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const words = (text: string) => tokenizeWords(text).map((t) => t.word);

describe('asksSumOfAComingMonth', () => {
  it('should hear the sum to pay asked of a month named as coming', () => {
    for (const text of ['планирую бюджет, сколько по реду будет в декабре', 'какой взнос по реду будет в январе', 'какую сумму по реду мне выставят на декабрь', 'а в январе сколько придется отдать по реду']) {
      expect(asksSumOfAComingMonth(words(text)), text).toBe(true);
    }
    expect(comingMonthReadings(words('сколько по реду будет в декабре'))).toEqual(['следующий', 'сумма']);
  });

  it('should not hear a month that is the story, or a coming month asked of anything but the sum', () => {
    for (const text of ['в мае переплатила по реду сколько вернут', 'в январе будет праздник, можно заплатить позже', 'сколько будет штраф за просрочку']) {
      expect(asksSumOfAComingMonth(words(text)), text).toBe(false);
    }
    expect(comingMonthReadings(words('в мае переплатила по реду'))).toEqual([]);
  });
});
