import { describe, expect, it } from 'vitest';
import { isPayCome } from '../../../lib/search/salary-said';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const told = (text: string) => {
  const words = tokenizeWords(text).map((t) => t.word);
  return words.filter((_, at) => isPayCome(words, at));
};

describe('isPayCome', () => {
  it('should tell the asker\'s pay said to have come, and its coming', () => {
    expect(told('зарплата пришла, хочу погасить ред')).toEqual(['зарплата', 'пришла']);
    expect(told('дали зарплату, оплачу ред')).toEqual(['дали', 'зарплату']);
    expect(told('зп пришла, сколько платить за ред')).toEqual(['зп', 'пришла']);
  });

  it('should keep pay said otherwise, and a payment that came', () => {
    expect(told('почему мне не дают ред, хотя зарплата хорошая')).toEqual([]);
    expect(told('деньги пришли на ред')).toEqual([]);
  });
});
