import { describe, expect, it } from 'vitest';
import { digitsOf, isCountedDays, isEveryMonth, isFallToZero, isOrdinalOfTimes, isSumUnit, isTimeAgo } from '../../../lib/search/number-words';

describe('digitsOf', () => {
  it('reads a number said in words, in Russian or folded Kazakh, as its digits', () => {
    expect(digitsOf('два')).toBe('2');
    expect(digitsOf('кос')).toBe('2');
    expect(digitsOf('двойной')).toBe('2');
    expect(digitsOf('две')).toBe('2');
    expect(digitsOf('еки')).toBe('2');
    expect(digitsOf('десять')).toBe('10');
    expect(digitsOf('пару')).toBe('2');
    // the teens and tens that say a sum in thousands
    expect(digitsOf('пятнадцать')).toBe('15');
    expect(digitsOf('двадцать')).toBe('20');
    expect(digitsOf('жиырма')).toBe('20');
    // and the hundreds
    expect(digitsOf('сто')).toBe('100');
    expect(digitsOf('жуз')).toBe('100');
    expect(digitsOf('девяносто')).toBe('90');
  });

  it('reads nothing into other words, nor into words that are also something else', () => {
    for (const word of ['он', 'бес', 'счет', '2', 'constructor', '']) expect(digitsOf(word), word).toBeNull();
  });
});

describe('isSumUnit', () => {
  it('reads thousands, millions and tenge, in any case, as units of a sum', () => {
    for (const word of ['тысяч', 'тысячу', 'тысячами', 'тыс', 'мын', 'миллиона', 'млн', 'тенге', 'тг', 'мынга', 'миллионга', 'миллионнан']) expect(isSumUnit(word), word).toBe(true);
  });

  it('reads no other word as one', () => {
    for (const word of ['сумма', 'деньги', 'тысячный', 'бонус', '1000', '']) expect(isSumUnit(word), word).toBe(false);
  });
});

describe('isOrdinalOfTimes', () => {
  it('reads an ordinal before "раз", "рет" (time) as counting times', () => {
    expect(isOrdinalOfTimes(['в', 'первый', 'раз'], 1)).toBe(true);
    expect(isOrdinalOfTimes(['второй', 'раз', 'плачу'], 0)).toBe(true);
    expect(isOrdinalOfTimes(['биринши', 'рет'], 0)).toBe(true);
  });

  it('reads an ordinal before anything else, or "раз" itself, as not counting times', () => {
    expect(isOrdinalOfTimes(['первый', 'платеж'], 0)).toBe(false);
    expect(isOrdinalOfTimes(['первый'], 0)).toBe(false);
    expect(isOrdinalOfTimes(['первый', 'раз'], 1)).toBe(false);
  });
});

describe('isCountedDays', () => {
  it('reads days after a number, in digits or words, as counted', () => {
    expect(isCountedDays(['на', 'пару', 'дней'], 2)).toBe(true);
    expect(isCountedDays(['через', '3', 'дня'], 2)).toBe(true);
    expect(isCountedDays(['еки', 'кун'], 1)).toBe(true);
  });

  it('reads a day named without a number as no count', () => {
    expect(isCountedDays(['в', 'какой', 'день'], 2)).toBe(false);
    expect(isCountedDays(['день'], 0)).toBe(false);
    expect(isCountedDays(['3', 'месяца'], 1)).toBe(false);
  });
});

describe('isFallToZero', () => {
  const fellAt = (...words: string[]) => words.filter((_, at) => isFallToZero(words, at));

  it('should tell the verb of falling said of zero, in Kazakh and Russian', () => {
    expect(fellAt('бонустарым', 'нолге', 'тусип', 'калды')).toEqual(['тусип']);
    expect(fellAt('бонусы', 'упали', 'до', 'нуля')).toEqual(['упали']);
  });

  it('should not tell a bonus that came in, or money that fell onto the account', () => {
    expect(fellAt('бонусым', 'тусти', 'ме')).toEqual([]);
    expect(fellAt('деньги', 'упали', 'на', 'счет')).toEqual([]);
  });
});

describe('isTimeAgo', () => {
  it('reads a span said before "назад" or "бұрын" (ago), and that "бұрын", as how long ago', () => {
    expect(isTimeAgo(['час', 'назад'], 0)).toBe(true);
    expect(isTimeAgo(['два', 'дня', 'тому', 'назад'], 1)).toBe(true);
    expect(isTimeAgo(['бир', 'сагат', 'бурын'], 1)).toBe(true);
    expect(isTimeAgo(['еки', 'кун', 'бурын'], 2)).toBe(true);
  });

  it('reads a Kazakh span said as past ("өткен айда": last month) as when, and the month alone as itself', () => {
    expect(isTimeAgo(['откен', 'айда', 'бонус'], 1)).toBe(true);
    expect(isTimeAgo(['откен', 'ай'], 1)).toBe(true);
    // and this month ("осы айда"), as "текущий месяц" is said
    expect(isTimeAgo(['осы', 'айда', 'канша', 'бонус'], 1)).toBe(true);
    expect(isTimeAgo(['келеси', 'айда'], 1)).toBe(false);
    expect(isTimeAgo(['айда', 'канша'], 0)).toBe(false);
  });

  it('reads "current" said of a month ("текущий месяц") as when, and of an account ("текущий счет") as itself', () => {
    expect(isTimeAgo(['на', 'текущий', 'месяц'], 1)).toBe(true);
    expect(isTimeAgo(['в', 'текущем', 'месяце'], 1)).toBe(true);
    expect(isTimeAgo(['на', 'текущий', 'счет'], 1)).toBe(false);
  });

  it('reads an hour or a day asked about, and "бұрын" after no span (early), as no time ago', () => {
    expect(isTimeAgo(['до', 'какого', 'часа'], 2)).toBe(false);
    expect(isTimeAgo(['день', 'оплаты'], 0)).toBe(false);
    expect(isTimeAgo(['мерзиминен', 'бурын'], 1)).toBe(false);
    expect(isTimeAgo(['назад'], 0)).toBe(false);
  });
});

describe('isEveryMonth', () => {
  it('reads both words of "ай сайын", "ай сайынғы" (every month, monthly)', () => {
    const words = ['несиемнин', 'ай', 'сайынгы', 'толемине'];
    expect(isEveryMonth(words, 1)).toBe(true);
    expect(isEveryMonth(words, 2)).toBe(true);
    expect(isEveryMonth(['ай', 'сайын', 'толеймин'], 0)).toBe(true);
  });

  it('reads both words of the Russian "каждый месяц", in their cases, after a verb in the infinitive', () => {
    const words = ['гасить', 'каждый', 'месяц'];
    expect(isEveryMonth(words, 1)).toBe(true);
    expect(isEveryMonth(words, 2)).toBe(true);
    expect(isEveryMonth(['платить', 'в', 'каждом', 'месяце'], 3)).toBe(true);
    expect(isEveryMonth(['нести', 'деньги', 'каждого', 'месяца'], 2)).toBe(true);
    // after no verb it says which deadline, the monthly one
    expect(isEveryMonth(['срок', 'оплаты', 'каждый', 'месяц'], 2)).toBe(false);
    expect(isEveryMonth(['каждый', 'месяц', 'вносить'], 0)).toBe(false);
  });

  it('reads a month or "every" alone, and the other words, as themselves', () => {
    expect(isEveryMonth(['келеси', 'ай', 'толемеймин'], 1)).toBe(false);
    expect(isEveryMonth(['кун', 'сайын'], 1)).toBe(false);
    expect(isEveryMonth(['несиемнин', 'ай', 'сайынгы', 'толемине'], 3)).toBe(false);
    expect(isEveryMonth(['в', 'этом', 'месяце'], 2)).toBe(false);
    expect(isEveryMonth(['каждый', 'день'], 0)).toBe(false);
  });
});
