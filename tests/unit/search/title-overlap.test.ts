import { describe, expect, it } from 'vitest';
import { queryWordTerms, titleOverlap, titleShare, titleTerms, weighTitle, weighWords, type TermWeight } from '../../../lib/search/title-overlap';

const even: TermWeight = () => 1;
/** Typed words of the given terms, none of them filler. */
const typed = (...sets: string[][]) => sets.map((terms) => ({ terms: new Set(terms), filler: false }));
/** Query words of one term each, weighed by `weightOf`. */
const words = (weightOf: TermWeight, ...list: string[]) => weighWords(typed(...list.map((w) => [w])), weightOf, 1);
const overlap = (query: string[], title: string[], weightOf: TermWeight = even) => titleOverlap(words(weightOf, ...query), weighTitle(title, weightOf));

describe('titleOverlap', () => {
  it('is the share of matched words over the union of query and title words', () => {
    expect(overlap(['a', 'b'], ['a', 'b'])).toBe(1);
    expect(overlap(['a', 'b'], ['a', 'c'])).toBeCloseTo(1 / 3);
    expect(overlap(['a'], ['a', 'b', 'c', 'd'])).toBe(0.25);
  });

  it('prefers the shorter of two titles holding every typed word', () => {
    expect(overlap(['оплат', 'счет'], ['как', 'оплат', 'счет'])).toBeGreaterThan(overlap(['оплат', 'счет'], ['когда', 'мне', 'нужн', 'оплат', 'счет']));
  });

  it('counts a word once whichever of its terms the title holds, and repeated title words once', () => {
    expect(titleOverlap(weighWords(typed(['оплат', 'оплата']), even, 1), weighTitle(['оплата', 'оплата'], even))).toBe(1);
  });

  it('weighs words by how much they tell: a short title sharing only a common word loses to one sharing the rare word', () => {
    const weight: TermWeight = (term) => ({ за: 0.1, штраф: 3 })[term] ?? 1;
    const commonOnly = ['за'];
    const rareWord = ['размер', 'штраф', 'какой'];
    expect(overlap(['штраф', 'за'], rareWord, weight)).toBeGreaterThan(overlap(['штраф', 'за'], commonOnly, weight));
    expect(overlap(['штраф', 'за'], rareWord, weight)).toBeCloseTo(3 / (3.1 + 2));
    // Evenly weighed, the short title wins: the weights are what turn it round.
    expect(overlap(['штраф', 'за'], commonOnly)).toBeGreaterThan(overlap(['штраф', 'за'], rareWord));
  });

  it('weighs a typed word as its most telling term, matched or not', () => {
    const weight: TermWeight = (term) => ({ оплат: 0.5, платеж: 2 })[term] ?? 1;
    expect(weighWords(typed(['оплат', 'платеж']), weight, 1)).toEqual([{ terms: new Set(['оплат', 'платеж']), weight: 2 }]);
    expect(titleOverlap(weighWords(typed(['оплат', 'платеж']), weight, 1), weighTitle(['оплат', 'счет'], weight))).toBeCloseTo(2 / 3);
  });

  it('counts a title term once when two typed words match it', () => {
    expect(titleOverlap(weighWords(typed(['a'], ['a', 'b']), even, 1), weighTitle(['a', 'c'], even))).toBeCloseTo(2 / 3);
    expect(weighTitle(['a', 'b', 'a'], (t) => (t === 'a' ? 2 : 1))).toEqual({ weights: new Map([['a', 2], ['b', 1]]), total: 3 });
  });

  it('is 0 without query words or title words', () => {
    expect(overlap([], ['a'])).toBe(0);
    expect(overlap(['a'], [])).toBe(0);
  });
});

describe('titleTerms', () => {
  it('stems every title word, stop words included', () => {
    const stemmed = titleTerms('Как оплатить счёт Kaspi Red?', 'ru');
    expect(stemmed).toHaveLength(5);
    expect(stemmed[0]).toBe('как');
    expect(stemmed).toContain('kaspi');
  });

  it('also holds a hyphenated word joined, as the index does (a synonym may name it so)', () => {
    const stemmed = titleTerms('Интернет-дүкендерде сатып алғаным үшін бонус бар ма?', 'kz');
    expect(stemmed).toContain('интернет');
    expect(stemmed.some((term) => term.startsWith('интернетд'))).toBe(true);
  });
});

describe('titleOverlap at its edges', () => {
  it('should be 0, not NaN, when there is nothing to compare', () => {
    expect(overlap([], [])).toBe(0);
    expect(overlap(['штраф'], [])).toBe(0);
    expect(overlap([], ['штраф'])).toBe(0);
    expect(overlap(['штраф'], ['штраф'], () => 0)).toBe(0);
  });
});

describe('queryWordTerms', () => {
  it('gives each typed word its planned terms, and a stop word its own stems', () => {
    const terms = queryWordTerms('когда оплатить', [{ word: 'оплатить', terms: [{ term: 'платеж', weight: 0.65, kind: 'vocabulary' }] }]);
    expect(terms).toHaveLength(2);
    expect(queryWordTerms('оплатить оплатить', [])).toHaveLength(1);
    expect([...terms[0]!.terms]).toEqual(['когд', 'кок', 'когда']);
    expect([...terms[1]!.terms]).toEqual(expect.arrayContaining(['платеж', 'оплат']));
  });

  it('leaves out "у меня" said only as whose after a question word ("какой у меня день"), and keeps it of having ("у меня есть кредит")', () => {
    expect(queryWordTerms('какой у меня день оплаты', []).map((w) => w.word)).toEqual(['какой', 'день', 'оплаты']);
    expect(queryWordTerms('у меня есть кредит', []).map((w) => w.word)).toEqual(['у', 'меня', 'есть', 'кредит']);
    expect(queryWordTerms('у меня кредит и ред', []).map((w) => w.word)).toEqual(['у', 'меня', 'кредит', 'и', 'ред']);
    expect(queryWordTerms('у меня будет штраф', []).map((w) => w.word)).toEqual(['у', 'меня', 'будет', 'штраф']);
  });

  it('counts the one topic word of a said-only phrase only as what the phrase says ("до даты": ahead, not a date)', () => {
    const date = titleTerms('Какая будет дата оплаты?', 'ru')[2]!;
    const ahead = titleTerms('Я могу оплатить заранее?', 'ru')[3]!;
    expect(queryWordTerms('оплатить до даты', [])[2]!.terms).toContain(ahead);
    expect(queryWordTerms('оплатить до даты', [])[2]!.terms).not.toContain(date);
    expect(queryWordTerms('дата оплаты', [])[0]!.terms).toContain(date);
  });

  it('counts a question word also as what it asks for: "сколько" a sum, "во сколько" a time, "куда" where, also in Latin letters', () => {
    const sum = titleTerms('Как узнать сумму счёта?', 'ru')[2]!;
    const time = titleTerms('До какого времени?', 'ru')[2]!;
    expect(queryWordTerms('сколько платить', [])[0]!.terms).toContain(sum);
    expect(queryWordTerms('skolko platit', [])[0]!.terms).toContain(sum);
    expect(queryWordTerms('во сколько платить', [])[1]!.terms).toContain(time);
    expect(queryWordTerms('во сколько платить', [])[1]!.terms).not.toContain(sum);
    expect(queryWordTerms('как платить', [])[0]!.terms).not.toContain(sum);
    const where = titleTerms('Где мои деньги?', 'ru')[0]!;
    expect(queryWordTerms('куда делись деньги', [])[0]!.terms).toContain(where);
  });

  it('marks a stop word that asks for nothing as filler, a question word or a planned word not', () => {
    const [kak, oplatit] = queryWordTerms('как оплатить', [{ word: 'оплатить', terms: [{ term: 'оплат', weight: 1, kind: 'stem' }] }]);
    expect(kak!.filler).toBe(true);
    expect(oplatit!.filler).toBe(false);
    expect(queryWordTerms('сколько', [])[0]!.filler).toBe(false);
  });

  it('weighs a filler word no more than the filler weight, whatever rare word shares its stem', () => {
    const rare: TermWeight = () => 9;
    expect(weighWords([{ terms: new Set(['эт', 'это']), filler: true }], rare, 1)[0]!.weight).toBe(1);
    expect(weighWords([{ terms: new Set(['эт', 'это']), filler: false }], rare, 1)[0]!.weight).toBe(9);
  });

  it('reads a stop word typed in Latin letters as the Cyrillic one a title holds ("kogda": "Когда …?")', () => {
    const [kogda] = queryWordTerms('kogda', []);
    expect(kogda!.terms).toContain(titleTerms('Когда', 'ru')[0]);
  });
});

describe('titleShare', () => {
  const weight: TermWeight = (term) => ({ за: 1, штраф: 3, просрочк: 2 })[term] ?? 1;
  const share = (query: string[], title: string[]) => titleShare(words(weight, ...query), weighTitle(title, weight), 1);

  it('is the weight of the query words the title says over that of all that weigh more than a stop word', () => {
    expect(share(['штраф', 'за', 'просрочк'], ['размер', 'штраф'])).toBeCloseTo(3 / 5);
    expect(share(['штраф', 'за', 'просрочк'], ['за', 'просрочк'])).toBeCloseTo(2 / 5);
    expect(share(['штраф', 'за', 'просрочк'], ['штраф', 'просрочк', 'какой'])).toBe(1);
    expect(share(['штраф', 'за', 'просрочк'], ['за', 'какой'])).toBe(0);
  });

  it('counts a word once whichever of its terms the title holds', () => {
    expect(titleShare(weighWords(typed(['оплат', 'оплата']), () => 2, 1), weighTitle(['оплата', 'оплат'], () => 2), 1)).toBe(1);
  });

  it('is 1 for a query with nothing but light words: its title cannot miss anything', () => {
    expect(share(['за'], ['размер'])).toBe(1);
  });
});
