import { describe, expect, it } from 'vitest';
import { debtLeftAfterPayingReadings, isDebtLeftAfterPaying } from '../../../lib/search/debt-left-after-paying';
import { tokenizeWords } from '../../../lib/search/normalize-text';
import { wordsTold } from './words-told';

const words = (text: string) => tokenizeWords(text).map((t) => t.word);

describe('isDebtLeftAfterPaying', () => {
  it('should tell what is owed and its staying after the asker paid', () => {
    expect(wordsTold(isDebtLeftAfterPaying, 'вчера платила за ред в терминале, а просрочка все равно висит')).toEqual(['просрочка', 'висит']);
    expect(wordsTold(isDebtLeftAfterPaying, 'оплатила ред в банкомате каспи, а счёт по-прежнему висит')).toEqual(['счет', 'висит']);
    expect(wordsTold(isDebtLeftAfterPaying, 'внесла деньги на ред, а задолженность осталась')).toEqual(['задолженность', 'осталась']);
    expect(wordsTold(isDebtLeftAfterPaying, 'закинула деньги на ред, до сих пор висит неоплаченным')).toEqual(['висит', 'неоплаченным']);
  });

  it('should not tell a debt with no payment told, money left, or a payment still to make', () => {
    expect(wordsTold(isDebtLeftAfterPaying, 'на ред висит просрочка 2 дня какой штраф')).toEqual([]);
    expect(wordsTold(isDebtLeftAfterPaying, 'закрыла ред, а на нем остались деньги')).toEqual([]);
    expect(wordsTold(isDebtLeftAfterPaying, 'хочу оплатить ред, долг висит')).toEqual([]);
  });
});

describe('debtLeftAfterPayingReadings', () => {
  it('should read a debt left after paying as the guide\'s "поступить"', () => {
    expect(debtLeftAfterPayingReadings(words('платила в терминале, а просрочка висит'))).toEqual(['поступить']);
    expect(debtLeftAfterPayingReadings(words('просрочка висит'))).toEqual([]);
  });
});
