import { describe, expect, it } from 'vitest';
import { isPayCome } from '../../../lib/search/salary-said';
import { wordsTold } from './words-told';

const told = (text: string) => wordsTold(isPayCome, text);

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
