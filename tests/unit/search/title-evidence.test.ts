import { describe, expect, it } from 'vitest';
import { isGeneralTwinOf, readQuery, readTitle, titleFactor } from '../../../lib/search/title-evidence';
import { typedSpellings } from '../../../lib/search/question-words';

// Every word weighs the same: the factor then shows only what the title says, not how rare its words are.
const weightOf = () => 1;
const query = (text: string) => {
  const typed = typedSpellings(text);
  return readQuery(typed, typed.map(({ word }) => ({ word, terms: new Set([word]), filler: false })), weightOf, 1, []);
};
const title = (text: string) => readTitle(text, 'ru', weightOf);

describe('titleFactor', () => {
  it('should raise an answer whose title says what was typed, up to three times', () => {
    expect(titleFactor(query('штраф'), title('штраф'))).toBe(3);
    expect(titleFactor(query('штраф'), title('вклад'))).toBe(1);
  });

  it('should halve it per detail the title names otherwise (period, channel)', () => {
    // "том" says no period, and overlaps the title as much as "этом" does.
    const said = title('штраф в прошлом месяце через приложение');
    expect(titleFactor(query('штраф в этом месяце'), said)).toBe(titleFactor(query('штраф в том месяце'), said) / 2);
    expect(titleFactor(query('штраф в этом месяце через банкомат'), said)).toBe(titleFactor(query('штраф в том месяце через мост'), said) / 4);
    expect(titleFactor(query('штраф в прошлом месяце'), said)).toBeGreaterThan(1);
  });

  it('should raise it per detail the title names as the question does (period, channel)', () => {
    const said = title('штраф в прошлом месяце через приложение');
    const without = titleFactor(query('штраф в том месяце через мост'), said);
    expect(titleFactor(query('штраф в прошлом месяце через мост'), said)).toBeCloseTo(without * 1.6);
    expect(titleFactor(query('штраф в прошлом месяце через приложение'), said)).toBeCloseTo(without * 1.6 * 1.6);
  });

  it('should cut it by a fifth when the title names a place to pay the question does not name', () => {
    const atm = title('оплата через банкомат');
    expect(titleFactor(query('оплата'), atm)).toBeCloseTo(titleFactor(query('оплата'), title('оплата через мост')) * 0.8, 10);
  });

  it('should cut it by a fifth when the title asks how to do what the question asks only whether one can do', () => {
    // "можно", "когда" and "вот" overlap the title alike (not at all): only the question they ask differs
    const how = title('Как оплатить через мост?');
    expect(titleFactor(query('можно оплатить через мост'), how)).toBeCloseTo(titleFactor(query('вот оплатить через мост'), how) * 0.8, 10);
    expect(titleFactor(query('когда оплатить через мост'), how)).toBeCloseTo(titleFactor(query('вот оплатить через мост'), how), 10);
  });

  it('should read a question typed in Latin letters as its Cyrillic reading, a pair of question words included', () => {
    // "kak mozhno" asks how, as "как можно" does: not whether one may, which a "Можно …?" title answers
    expect([...query('kak mozhno oplatit schet').details.question]).toEqual([...query('как можно оплатить счет').details.question]);
    expect(query('kak mozhno oplatit schet').details.question.has('may')).toBe(false);
    expect(query('mozhno li oplatit schet').details.question.has('may')).toBe(true);
  });

  it('should read a detail typed with a typo as the word search read it as', () => {
    const typed = typedSpellings('оплата через банкмат');
    const misspelled = readQuery(typed, typed.map(({ word }) => ({ word, terms: new Set([word]), filler: false })), weightOf, 1, ['банкомат']);
    const atm = title('оплата через банкомат');
    expect(titleFactor(misspelled, atm)).toBeCloseTo(titleFactor(query('оплата через банкмат'), atm) * 1.6 / 0.8, 10);
  });

  it('should cut it by a fifth when the title states a situation before its question the question does not name', () => {
    // the same words in one sentence: the same overlap, no situation stated apart
    const stated = title('У меня штраф. Какая дата оплаты?');
    const asked = title('У меня штраф, какая дата оплаты?');
    expect(titleFactor(query('какая дата оплаты'), stated)).toBeCloseTo(titleFactor(query('какая дата оплаты'), asked) * 0.8, 10);
  });

  it('should count a situation named by what search read a word as (`saidTerms`), not only by the words weighed', () => {
    const stated = title('У меня штраф. Какая дата оплаты?');
    const typed = typedSpellings('какая дата оплаты у меня');
    const read = readQuery(typed, typed.map(({ word }) => ({ word, terms: new Set([word]), filler: false })), weightOf, 1, [], ['штраф']);
    expect(titleFactor(read, stated)).toBeGreaterThan(titleFactor(query('какая дата оплаты у меня'), stated));
  });

  it('should cut it by a fifth when the title asks its question after something ("после оплаты") the question does not name', () => {
    const after = title('Сумма увеличится после оплаты?');
    const plain = title('Сумма увеличится до оплаты?');
    expect(titleFactor(query('как сумма увеличится'), after)).toBeCloseTo(titleFactor(query('как сумма увеличится'), plain) * 0.8, 10);
    // named (its stem, as search reads the word), it neither cuts nor raises it: paying is what most questions on a bill name
    expect(titleFactor(query('сумма увеличится оплат'), after)).toBeCloseTo(titleFactor(query('сумма увеличится оплат'), plain), 10);
    // nor when the question asks when: "после оплаты" is the time it asks for
    expect(titleFactor(query('когда сумма увеличится'), after)).toBeCloseTo(titleFactor(query('когда сумма увеличится'), plain), 10);
  });

  it('should raise it by a quarter when the question names all of the situation the title states', () => {
    const stated = title('У меня штраф и долг. Какая дата оплаты?');
    const asked = title('У меня штраф и долг, какая дата оплаты?');
    expect(titleFactor(query('штраф долг дата оплаты'), stated)).toBeCloseTo(titleFactor(query('штраф долг дата оплаты'), asked) * 1.25, 10);
    // one of two named: neither unasked nor asked
    expect(titleFactor(query('штраф дата оплаты'), stated)).toBeCloseTo(titleFactor(query('штраф дата оплаты'), asked), 10);
  });

  it('should cut it to about a third when the question says "not" and the title does not, and not the other way round', () => {
    expect(titleFactor(query('бонус түспеді'), title('бонус'))).toBeCloseTo(titleFactor(query('бонус түседі'), title('бонус')) * 0.35, 10);
    expect(titleFactor(query('бонус'), title('бонус есептелмеді'))).toBeGreaterThan(1);
  });
});

describe('isGeneralTwinOf', () => {
  it('should find the title that asks a situation\'s question for everyone, and no other', () => {
    const narrower = title('У меня есть кредит в Kaspi.kz. Какая будет дата оплаты ежемесячного счета Kaspi Red?');
    expect(isGeneralTwinOf(title('Какая будет дата оплаты ежемесячного счёта Kaspi Red?'), narrower)).toBe(true);
    expect(isGeneralTwinOf(title('Какая будет сумма ежемесячного счёта Kaspi Red?'), narrower)).toBe(false);
    // not the other way round, nor a title for another situation
    expect(isGeneralTwinOf(narrower, title('Какая будет дата оплаты ежемесячного счёта Kaspi Red?'))).toBe(false);
    expect(isGeneralTwinOf(title('У меня есть ипотека. Какая будет дата оплаты ежемесячного счёта Kaspi Red?'), narrower)).toBe(false);
  });

  it('should find it when the situation\'s asker says the question of themself ("Как мне оплатить…?")', () => {
    const abroad = title('Я уехал в другую страну. Как мне оплатить счёт Kaspi Red?');
    expect(isGeneralTwinOf(title('Как оплатить счёт Kaspi Red?'), abroad)).toBe(true);
    expect(isGeneralTwinOf(title('Как оплатить счёт Kaspi Red через Kaspi Банкомат?'), abroad)).toBe(false);
    // another question word is another question
    expect(isGeneralTwinOf(title('Когда мне нужно оплатить счёт Kaspi Red?'), abroad)).toBe(false);
  });
});
