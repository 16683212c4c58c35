import { describe, expect, it } from 'vitest';
import { isPaymentNotArrived, paymentNotArrivedReadings } from '../../../lib/search/payment-not-arrived';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const words = (text: string) => tokenizeWords(text).map((t) => t.word);
const notArrived = (text: string) => words(text).filter((_, at, all) => isPaymentNotArrived(all, at));

describe('isPaymentNotArrived', () => {
  it('should tell a payment said not to have come, also typed with "о", and money not come "на счёт"', () => {
    expect(notArrived('оплатил в терминале, платеж не пришел')).toEqual(['пришел']);
    expect(notArrived('внесла наличку в банкомат, а платиж не пришол')).toEqual(['пришол']);
    expect(notArrived('платеж завис, на счет не пришел')).toEqual(['пришел']);
    // a bill that did not get paid
    expect(notArrived('банкомат выдал чек, а ред не оплатился')).toEqual(['оплатился']);
  });

  it('should not tell the bill not come yet, or what came', () => {
    expect(notArrived('счет по ред еще не пришел а я хочу уже заплатить')).toEqual([]);
    expect(notArrived('сумму следующего счета можно узнать, пока он не пришел')).toEqual([]);
    expect(notArrived('не пришел еще счет ред, но хочу узнать сумму наперед')).toEqual([]);
    expect(notArrived('платеж пришел')).toEqual([]);
    expect(notArrived('ред оплатился')).toEqual([]);
  });
});

describe('paymentNotArrivedReadings', () => {
  it('should read a payment not come as the guide\'s "поступить"', () => {
    expect(paymentNotArrivedReadings(words('платеж не пришел'))).toEqual(['поступить']);
    expect(paymentNotArrivedReadings(words('счет еще не пришел'))).toEqual([]);
  });
});
