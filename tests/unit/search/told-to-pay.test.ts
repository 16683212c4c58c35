import { describe, expect, it } from 'vitest';
import { isToldToPay } from '../../../lib/search/told-to-pay';
import { wordsTold } from './words-told';

const told = (text: string) => wordsTold(isToldToPay, text);

describe('isToldToPay', () => {
  it('should tell the asker being told to pay, and the telling', () => {
    expect(told('мне пишут оплатить ред, но счёт я не нахожу')).toEqual(['пишут', 'оплатить']);
    expect(told('просят погасить ред, а когда крайний срок')).toEqual(['просят', 'погасить']);
  });

  it('should keep paying asked about, and telling of anything else', () => {
    expect(told('как оплатить ред')).toEqual([]);
    expect(told('пишут что сумма не поступила')).toEqual([]);
  });
});
