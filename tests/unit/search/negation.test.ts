import { describe, expect, it } from 'vitest';
import { saysNot, saysNotWrittenTogether } from '../../../lib/search/negation';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const says = (text: string) => saysNot(tokenizeWords(text).map((t) => t.word));

describe('saysNot', () => {
  it('should hear a Kazakh verb said in the negative, typed with or without Kazakh letters', () => {
    for (const text of ['бонус түспеді', 'бонус туспеди', 'бонусым көрінбей тұр', 'бонус дұрыс есептелмеді', 'бонус келмейді', 'төлемесем бола ма', 'бонусым жоқ', 'бонус дұрыс емес']) {
      expect(says(text), text).toBe(true);
    }
  });

  it('should hear the Russian "не" before what does not happen, not before the asker\'s "не могу"', () => {
    expect(says('сумма не поступила')).toBe(true);
    expect(says('денег нет')).toBe(true);
    expect(says('деньги списались а платежа нету')).toBe(true);
    // money that went missing did not arrive
    expect(says('положил деньги в банкомат и они пропали')).toBe(true);
    expect(says('бонусы исчезли')).toBe(true);
    // nothing there after paying: nothing arrived
    expect(says('оплатил а на ред пусто')).toBe(true);
    expect(says('на счету ноль')).toBe(true);
    expect(says('не могу понять откуда сумма')).toBe(false);
    // nor what the asker does not remember or know ("не помню", "не знаю")
    expect(says('какого числа платеж по реду, не помню')).toBe(false);
    expect(says('не знаю сколько платить')).toBe(false);
    expect(says('сумма и не')).toBe(false);
  });

  it('should hear nothing missing in a thing the asker has not on them ("с собой нет")', () => {
    expect(says('карты с собой нет, можно наличными')).toBe(false);
    expect(says('не взяла с собой карту')).toBe(false);
    expect(says('карты с собой нет, а платёж не прошёл')).toBe(true);
  });

  it('should hear nothing in a question that says nothing is missing', () => {
    for (const text of ['бонус қалай есептеледі', 'қанша бонус берілгенін қалай білемін', 'төлемді салдым', 'калай аламын', 'как оплатить счёт', 'бонус бола ма',
      // the Kazakh "не" is "what"; "немесе" (or) only ends like a negative verb
      'бонус туралы не істеу керек', 'бонус жоғалса не істейміз', 'кредит немесе бөліп төлеу',
      // "или нет" (or not) closes a question on whether
      'ред через терминал оплачивается или нет']) {
      expect(says(text), text).toBe(false);
    }
  });
});

describe('saysNotWrittenTogether', () => {
  const together = (text: string) => saysNotWrittenTogether(tokenizeWords(text).map((t) => t.word));

  it('should hear "не" written together with a participle of paying or arriving ("неоплаченный", "неполная сумма"), not in other words', () => {
    for (const text of ['ред висит неоплаченным', 'счёт непогашенный', 'незачисленные деньги', 'пришла неполная сумма']) expect(together(text), text).toBe(true);
    for (const text of ['нельзя ли оплатить', 'неделю назад оплатил', 'несколько покупок', 'сумма не поступила']) expect(together(text), text).toBe(false);
  });
});
