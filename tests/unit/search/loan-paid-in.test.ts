import { describe, expect, it } from 'vitest';
import { isPuttingIntoALoan, loanPaidInReadings, saysMoneyPutIntoALoan } from '../../../lib/search/loan-paid-in';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const words = (text: string) => tokenizeWords(text).map((t) => t.word);

describe('saysMoneyPutIntoALoan', () => {
  it('should hear money put into a loan, in Kazakh, as paying it', () => {
    for (const text of ['несиеге ай сайын ақша салғаным үшін бонус бе', 'кредит бойынша ақша салып жүрмін', 'кредитке екі айлық ақша салдым']) {
      expect(saysMoneyPutIntoALoan(words(text)), text).toBe(true);
    }
  });

  it('should not hear money put on a card, a deposit or a phone, nor a loan with no money put in', () => {
    for (const text of ['каспи голд картасына ақша салу', 'депозитке ақша салсам қанша пайыз', 'телефонға ақша салу қалай', 'несиені қалай аламын']) {
      expect(saysMoneyPutIntoALoan(words(text)), text).toBe(false);
    }
  });
});

describe('isPuttingIntoALoan, loanPaidInReadings', () => {
  it('should tell the putting in and read it as paying', () => {
    const said = words('кредит бойынша ақша салып жүрмін');
    expect(said.filter((_, at) => isPuttingIntoALoan(said, at))).toEqual(['салып']);
    expect(loanPaidInReadings(said)).toEqual(['оплатить']);
    expect(loanPaidInReadings(words('депозитке ақша салу'))).toEqual([]);
  });
});
