import { describe, expect, it } from 'vitest';
import { isPriceComparedWithBill, namesASmallerSumAfterAnother, namesBillAbovePurchases, namesPaymentAbovePrice, toldSumWords } from '../../../lib/search/story-amounts';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const words = (text: string) => tokenizeWords(text).map((t) => t.word);
const smaller = (text: string) => namesASmallerSumAfterAnother(words(text));

describe('namesASmallerSumAfterAnother', () => {
  it('should find a sum and then a smaller one, in digits or words, in the first one\'s unit or in its own', () => {
    expect(smaller('положил 20 тысяч а пришло 15')).toBe(true);
    expect(smaller('вносил пять тысяч, засчитали три')).toBe(true);
    expect(smaller('вставил 5 купюр, засчитали только 3')).toBe(true);
    expect(smaller('положил 20 тысяч, пришло 15000 тенге')).toBe(true);
    expect(smaller('20 мың салдым 15 мың түсті')).toBe(true);
    // a number in digits too big for a date, a time or a count, and no year, is a sum in tenge
    expect(smaller('внес в банкомат 20000, зачислилось 10000')).toBe(true);
  });

  it('should not read a larger second sum, a bare first number, or dates, times and days as sums', () => {
    expect(smaller('положил 20 тысяч, пришло 20000')).toBe(false);
    expect(smaller('заплатил 15 тысяч а списали 20')).toBe(false);
    expect(smaller('прошло 3 дня, положил 2 тысячи')).toBe(false);
    expect(smaller('положил 20 а пришло 15')).toBe(false);
    expect(smaller('срок 25 числа, заплачу 20 тысяч')).toBe(false);
    expect(smaller('положил 20 тысяч, жду 2 часа')).toBe(false);
    expect(smaller('до 23:30 оплатил 5 тысяч')).toBe(false);
    // a year is no sum, nor a number too small to be one
    expect(smaller('в 2025 внес 3000')).toBe(false);
    expect(smaller('внес 20000, в 2025 году')).toBe(false);
    expect(smaller('положил 90 а пришло 15')).toBe(false);
  });

  it('should read a banknote named as people name it ("двадцатка": 20,000 tenge) as a sum', () => {
    expect(smaller('положил в терминал двадцатку на ред, зачислилось только десять')).toBe(true);
    expect(smaller('закинула пятёрку, пришло три тысячи')).toBe(true);
    expect(smaller('положил десятку, пришла двадцатка')).toBe(false);
    expect(smaller('внес косарь, пришло 1000 тенге')).toBe(false);
    // "пятнашка" (15,000) and "сотка" (100,000), said of sums as of notes
    expect(smaller('закинул пятнашку, зачли только десять')).toBe(true);
    expect(smaller('внесла сотку, дошло 80 тысяч')).toBe(true);
  });

  it('should read a number typed with its thousands apart ("500 000") as one sum', () => {
    expect(smaller('500 000 бонус магазин травел')).toBe(false);
    expect(smaller('лимит 1 500 000 тенге')).toBe(false);
    expect(smaller('внес 20 000, а пришло 15 000')).toBe(true);
  });

  it('should read thousands typed onto the number ("50к", "50k") as a sum in thousands', () => {
    expect(smaller('в банкомат положил 50к за ред, пришло 40')).toBe(true);
    expect(smaller('закинул 20k а зачислилось 15k')).toBe(true);
    expect(smaller('внесла 10тыс, пришло 8')).toBe(true);
    expect(smaller('положил 50к, пришло 50000')).toBe(false);
    // days after a sum typed so are no sum
    expect(smaller('внес 5к, жду 3 дня')).toBe(false);
  });

  it('should read the sum after "хотя" as the one paid, said after what arrived', () => {
    expect(smaller('терминал на реде показал 12 тысяч, хотя я закинула 15')).toBe(true);
    expect(smaller('зачислилось 8 тысяч, хотя вносила 10')).toBe(true);
    expect(smaller('пришло 20 тысяч, хотя я положил 15')).toBe(false);
    expect(smaller('хотя положил 20 тысяч, пришло 15')).toBe(true);
  });
});

describe('namesBillAbovePurchases', () => {
  const above = (text: string) => namesBillAbovePurchases(tokenizeWords(text).map((t) => t.word));

  it('should hear a larger sum to pay told after what was bought, in the first sum\'s unit when the second names none', () => {
    expect(above('купил на 50 тысяч, а по реду платить 58, почему так')).toBe(true);
    expect(above('купила на 20 тысяч, а счет пришел на 25')).toBe(true);
    // the sum said in words, with what it was bought with between, and paying more told with no second sum
    expect(above('купил в ред за сто тысяч, а платить получается больше, это нормально')).toBe(true);
  });

  it('should not hear a smaller sum to pay, sums with no buying before them, or a date', () => {
    expect(above('купил на 50 тысяч, а платить 40')).toBe(false);
    expect(above('внес 5000, а к оплате 7000')).toBe(false);
    expect(above('купил на 50 тысяч, платить 25 числа')).toBe(false);
    // paying more asked before anything was bought
    expect(above('платить больше можно, если купил на 50 тысяч?')).toBe(false);
  });
});

describe('toldSumWords', () => {
  const told = (text: string) => [...toldSumWords(tokenizeWords(text).map((t) => t.word))];

  it('should give the numbers and units of the sums and percents a question tells', () => {
    expect(told('акцияда 10 пайыз деді, бонус 5 пайыз ғана келді')).toEqual(['10', 'пайыз', '5']);
    expect(told('внесла в банкомате 20 тысяч')).toEqual(['20', 'тысяч']);
    expect(told('внёс 20000 на ред')).toEqual(['20000']);
  });

  it('should give nothing for a count, an age, a date or a time, which say what the question is about', () => {
    for (const text of ['можно ли иметь две карты ред', 'сыну 15 лет, ему ред дадут', 'оплатить до 25 числа', 'бонус белгілі бір сомадан асады ма']) {
      expect(told(text), text).toEqual([]);
    }
  });
});

describe('namesPaymentAbovePrice', () => {
  const told = (text: string) => words(text).filter((_, at, all) => isPriceComparedWithBill(all, at));

  it('should hear the sum to pay compared with what the purchase cost, and tell the words of the cost', () => {
    expect(namesPaymentAbovePrice(words('почему сумма к возврату по реду больше стоимости покупки'))).toBe(true);
    expect(told('почему сумма к возврату по реду больше стоимости покупки')).toEqual(['стоимости']);
    expect(namesPaymentAbovePrice(words('вещь стоила одну цену, а по реду в итоге платить больше'))).toBe(true);
    expect(told('вещь стоила одну цену, а по реду в итоге платить больше')).toEqual(['стоила', 'одну', 'цену']);
    expect(told('сумма выплат по реду выросла относительно цены товара')).toEqual(['цены']);
    // the sum not matching the price ("не сходится с ценой")
    expect(told('в счете сумма не сходится с ценой телефона')).toEqual(['ценой']);
    expect(told('счет по реду не совпадает со стоимостью покупок')).toEqual(['стоимостью']);
    expect(told('что делать с ценой товара')).toEqual([]);
  });

  it('should not hear a price said now, paying more asked about, or a cost with nothing paid after it', () => {
    expect(namesPaymentAbovePrice(words('телефон стоит 100 тысяч, можно ли платить больше за ред'))).toBe(false);
    expect(namesPaymentAbovePrice(words('можно платить больше чем счёт'))).toBe(false);
    expect(namesPaymentAbovePrice(words('телефон стоил дорого, бонусов больше дадут'))).toBe(false);
  });
});
