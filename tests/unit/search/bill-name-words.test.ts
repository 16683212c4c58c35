import { describe, expect, it } from 'vitest';
import { isPartOfTheBillsName } from '../../../lib/search/bill-name-words';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const told = (text: string) => {
  const words = tokenizeWords(text).map((t) => t.word);
  return words.filter((_, at) => isPartOfTheBillsName(words, at));
};

describe('isPartOfTheBillsName', () => {
  it('should tell what a bill is for ("счёт на оплату", "счёт к оплате", "счёт для оплаты"), or "issued": part of the bill\'s name', () => {
    expect(told('где в каспи счет на оплату реда')).toEqual(['оплату']);
    expect(told('счёт к оплате по реду где')).toEqual(['оплате']);
    expect(told('счета для оплаты не вижу')).toEqual(['оплаты']);
    expect(told('не могу найти выставленный счет реда')).toEqual(['выставленный']);
    expect(told('какие есть варианты внести очередной платеж по ред')).toEqual(['очередной']);
    // a clause on the bill: the bill to pay
    expect(told('где в каспи найти счет за ред который надо оплатить')).toEqual(['оплатить']);
    expect(told('счета, которые нужно погасить, где смотреть')).toEqual(['погасить']);
  });

  it('should keep a payment that is asked about, or one said of anything but the bill', () => {
    expect(told('как оплатить счет ред')).toEqual([]);
    expect(told('деньги на оплату реда')).toEqual([]);
    expect(told('на оплату счета сколько дней')).toEqual([]);
    expect(told('счет еще не выставлен')).toEqual([]);
    expect(told('какая сумма очередного платежа по ред')).toEqual([]);
    // paying asked, with no bill it is said of
    expect(told('ред, который надо оплатить до пятницы, как оплатить')).toEqual([]);
  });
});
