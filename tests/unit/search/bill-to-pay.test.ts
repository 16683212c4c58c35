import { describe, expect, it } from 'vitest';
import { isPayingOfTheBill } from '../../../lib/search/bill-to-pay';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const told = (text: string) => {
  const words = tokenizeWords(text).map((t) => t.word);
  return words.filter((_, at) => isPayingOfTheBill(words, at));
};

describe('isPayingOfTheBill', () => {
  it('should tell what a bill is for ("счёт на оплату", "счёт к оплате", "счёт для оплаты"): part of the bill\'s name', () => {
    expect(told('где в каспи счет на оплату реда')).toEqual(['оплату']);
    expect(told('счёт к оплате по реду где')).toEqual(['оплате']);
    expect(told('счета для оплаты не вижу')).toEqual(['оплаты']);
  });

  it('should keep a payment that is asked about, or one said of anything but the bill', () => {
    expect(told('как оплатить счет ред')).toEqual([]);
    expect(told('деньги на оплату реда')).toEqual([]);
    expect(told('на оплату счета сколько дней')).toEqual([]);
  });
});
