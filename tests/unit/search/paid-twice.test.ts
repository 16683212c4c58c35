import { describe, expect, it } from 'vitest';
import { isTwiceOfPaying, paidTwiceReadings, saysPaidTwice } from '../../../lib/search/paid-twice';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const words = (text: string) => tokenizeWords(text).map((t) => t.word);

describe('saysPaidTwice', () => {
  it('should hear the asker paying twice, or a double payment', () => {
    for (const text of ['случайно два раза оплатила ред', 'заплатил ред дважды', 'внесла 2 раза за ред', 'закинула на ред две суммы вместо одной', 'двойная оплата реда, куда деньги', 'по ошибке погасил ред два раза', 'отправила за ред два раза']) {
      expect(saysPaidTwice(words(text)), text).toBe(true);
    }
  });

  it('should not hear a charge the bank made twice, or twice said of nothing paid', () => {
    for (const text of ['деньги за ред списали дважды', 'дважды звонил в банк', 'оплатил ред два месяца назад', 'двойной кешбэк за оплату']) {
      expect(saysPaidTwice(words(text)), text).toBe(false);
    }
  });
});

describe('isTwiceOfPaying', () => {
  it('should tell the words of "twice" and the second payment, once the asker paid twice', () => {
    const said = words('ошибся и заплатил ред дважды, вторую оплату вернут');
    expect(said.filter((_, at) => isTwiceOfPaying(said, at))).toEqual(['дважды', 'вторую']);
    const twoTimes = words('два раза оплатила ред');
    expect(twoTimes.filter((_, at) => isTwiceOfPaying(twoTimes, at))).toEqual(['два', 'раза']);
  });

  it('should tell nothing when no one paid twice ("второй платёж" alone is a topic)', () => {
    const second = words('когда второй платеж по реду');
    expect(second.filter((_, at) => isTwiceOfPaying(second, at))).toEqual([]);
  });
});

describe('paidTwiceReadings', () => {
  it('should read paying twice as paying too much', () => {
    expect(paidTwiceReadings(words('заплатил ред дважды'))).toEqual(['переплатить']);
    expect(paidTwiceReadings(words('списали дважды'))).toEqual([]);
  });
});
