import { describe, expect, it } from 'vitest';
import { titleSituation, titleTimeAfter } from '../../../lib/search/title-situation';

describe('titleSituation', () => {
  it('should give the stems of the topic words a title states before its question', () => {
    expect([...titleSituation('У меня есть кредит в Kaspi.kz. Какая будет дата оплаты счёта Kaspi Red?', 'ru')]).toEqual(['кред']);
    // a Russian adjective says which situation, not what it is: "другую" (another) alone names no country
    expect([...titleSituation('Я уехал в другую страну. Как мне оплатить счёт?', 'ru')]).toEqual(['уеха', 'стран']);
    // Kazakh words that end like Russian adjectives ("бонусым": my bonus) stay
    expect([...titleSituation('Kaspi.kz-те менің бонусым көрінбей тұр. Не істеу керек?', 'kz')]).toContain('бонус');
  });

  it('should give the circumstance a question names with "при" ("при закрытии": on closing)', () => {
    expect([...titleSituation('Как забрать свои деньги при закрытии Kaspi Red?', 'ru')]).toEqual(['закрыт']);
    expect([...titleSituation('Как оплатить счёт при', 'ru')]).toEqual([]);
  });

  it('should give every sentence before the question, each word apart', () => {
    expect([...titleSituation('У меня есть кредит. Я уехал. Как оплатить счёт?', 'ru')]).toEqual(['кред', 'уеха']);
  });

  it('should give nothing for a title of one sentence, nor for the dot inside a name, nor for space after the question', () => {
    expect(titleSituation('Какая будет дата оплаты счёта Kaspi Red?  ', 'ru').size).toBe(0);
    expect(titleSituation('Какая будет дата оплаты счёта Kaspi Red?', 'ru').size).toBe(0);
    expect(titleSituation('Можно оплатить счёт через кассу отделения Kaspi.kz?', 'ru').size).toBe(0);
    expect(titleSituation('У меня есть Kaspi Red. Как оплатить?', 'ru').size).toBe(0);
  });
});

describe('titleTimeAfter', () => {
  it('should give what the question is asked after ("после оплаты": after paying), apart from the situation', () => {
    const title = 'Доступная для покупок сумма увеличится после оплаты счёта Kaspi Red?';
    expect([...titleTimeAfter(title, 'ru')]).toEqual(['оплат']);
    expect([...titleSituation(title, 'ru')]).toEqual([]);
  });

  it('should give nothing for a question without "после", nor for one that ends on it', () => {
    expect([...titleTimeAfter('Когда мне нужно оплатить счёт Kaspi Red?', 'ru')]).toEqual([]);
    expect([...titleTimeAfter('Что будет после', 'ru')]).toEqual([]);
  });
});
