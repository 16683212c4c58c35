import { describe, expect, it } from 'vitest';
import { answerWordsFor, askedAt, askedTerms, isAbbreviationSpelledOut, isDoingAskedHow, isFullOfAName, isSizeAskedAfterDegreeWord, pairAnswerWordsFor, typedSpellings } from '../../../lib/search/question-words';
import { stemsOf } from '../../../lib/search/vocabulary-expansion';

describe('answerWordsFor', () => {
  it('gives what a question word asks for: "сколько" a sum or size; "куда" where, "откуда" why, "қайдан" how, "қай" what kind', () => {
    expect(answerWordsFor('сколько')).toEqual(expect.arrayContaining(['сумма', 'размер']));
    expect(answerWordsFor('куда')).toEqual(['где']);
    expect(answerWordsFor('откуда')).toEqual(['почему']);
    expect(answerWordsFor('отчего')).toEqual(['почему']);
    // "в каком разделе" (in which section of the app) asks where
    expect(answerWordsFor('разделе')).toEqual(['где']);
    // "в каком месте" (in which place) asks where; "насколько большой" (how big) asks for a size
    expect(answerWordsFor('месте')).toEqual(['где']);
    // "в каком меню", "на какой вкладке" (in which menu, on which tab) ask where
    expect(answerWordsFor('меню')).toEqual(['где']);
    expect(answerWordsFor('вкладке')).toEqual(['где']);
    expect(answerWordsFor('насколько')).toEqual(answerWordsFor('сколько'));
    expect(answerWordsFor('кайдан')).toEqual(['калай']);
    expect(answerWordsFor('кай')).toEqual(['кандай']);
    // so does "қайсысына" (to which of them), in its cases
    expect(answerWordsFor('кайсысына')).toEqual(['кандай']);
    expect(answerWordsFor('кайсысын')).toEqual(['кандай']);
    // "қандай шарттармен" (on what terms) asks how
    expect(answerWordsFor('шарттармен')).toEqual(['калай']);
    // not "шартымен" (by its terms: "акция шартымен"), which tells whose terms
    expect(answerWordsFor('шартымен')).toEqual([]);
    // "тауарлар тізімі" (the list of goods) asks which goods
    expect(answerWordsFor('тизими')).toEqual(['кандай']);
    // so do "тізімде" (in the list) and goods being marked ("белгіленеді")
    expect(answerWordsFor('тизимде')).toEqual(['кандай']);
    expect(answerWordsFor('белгиленеди')).toEqual(['кандай']);
  });

  it('reads asking what to press ("что нажимать", "какую кнопку") as asking how; pressing alone asks nothing', () => {
    expect(answerWordsFor('нажимать', 'что')).toEqual(['как']);
    expect(answerWordsFor('кнопку', 'какую')).toEqual(['как']);
    expect(answerWordsFor('кнопку', 'ту')).toEqual([]);
    expect(answerWordsFor('нажал')).toEqual([]);
  });

  it('reads "во сколько" as asking for a time, by the word typed before', () => {
    expect(answerWordsFor('сколько', 'во')).toEqual(expect.arrayContaining(['время', 'времени']));
    expect(answerWordsFor('сколько', 'штраф')).toEqual(answerWordsFor('сколько'));
    // "в какое время" asks the same; "время" alone is a topic word
    expect(answerWordsFor('время', 'какое')).toEqual(answerWordsFor('сколько', 'во'));
    expect(answerWordsFor('время')).toEqual([]);
    // "во сколько обойдётся" (what will it cost) asks for a sum all the same
    expect(answerWordsFor('обойдется')).toEqual(answerWordsFor('сколько'));
    expect(answerWordsFor('встанет')).toEqual(answerWordsFor('сколько'));
  });

  it('reads "қайда кетті" (where did it go) as asking what a title on something not seen answers; "кетті" alone asks nothing', () => {
    expect(answerWordsFor('кетти', 'кайда')).toEqual(['коринбей']);
    expect(answerWordsFor('кетти')).toEqual([]);
  });

  it('reads "до того как", "перед тем как" (before) as "заранее"; "того" alone says nothing', () => {
    expect(answerWordsFor('того', 'до')).toEqual(['заранее']);
    expect(answerWordsFor('тем', 'перед')).toEqual(['заранее']);
    expect(answerWordsFor('того')).toEqual([]);
    expect(answerWordsFor('того', 'после')).toEqual([]);
  });

  it('reads "или нет" (or not) as asking whether, what a "Можно …?" or "Я могу …?" title answers; "нет" alone asks nothing', () => {
    expect(answerWordsFor('нет', 'или')).toEqual(['можно', 'могу']);
    expect(answerWordsFor('нет')).toEqual([]);
    expect(pairAnswerWordsFor('нет', 'денег')).toEqual([]);
  });

  it('reads "до которого", "в котором" as "до какого", "в каком"; "который" alone, a relative pronoun, asks nothing', () => {
    expect(answerWordsFor('которого', 'до')).toEqual(['какого']);
    expect(answerWordsFor('котором', 'в')).toEqual(['каком']);
    expect(answerWordsFor('которые')).toEqual([]);
    expect(answerWordsFor('которого', 'деньги')).toEqual([]);
  });

  it('reads the ways or the steps to do something as asking what a "Как …?" title answers', () => {
    for (const word of ['способ', 'способами', 'инструкция', 'пошагово', 'шаги']) expect(answerWordsFor(word), word).toEqual(['как']);
    expect(answerWordsFor('образом', 'каким')).toEqual(['как']);
    // "порядок действий" (the order of the steps); "порядок" alone asks nothing
    expect(answerWordsFor('действий', 'порядок')).toEqual(['как']);
    expect(answerWordsFor('порядок')).toEqual([]);
    // "чем можно" (with what can one): "чем" alone is also "than"
    expect(answerWordsFor('можно', 'чем')).toEqual(['как']);
    expect(answerWordsFor('можно')).toEqual([]);
    // "через что" (through what): "через" alone names the channel
    expect(answerWordsFor('что', 'через')).toEqual(['как']);
    expect(answerWordsFor('банкомат', 'через')).toEqual([]);
    expect(answerWordsFor('образом')).toEqual([]);
    // Kazakh: "алу жолы", "тәсілі" (the way, the method) ask what a "… қалай …?" title answers
    for (const word of ['жолы', 'жолдары', 'тасили']) expect(answerWordsFor(word), word).toEqual(['калай']);
    // and so do the conditions of getting it ("алудың шарттары қандай": what one must do)
    for (const word of ['шарт', 'шарты', 'шарттары']) expect(answerWordsFor(word), word).toEqual(['калай']);
    // and the requirements ("алудың талаптары": what is required to get it)
    for (const word of ['талап', 'талаптары']) expect(answerWordsFor(word), word).toEqual(['калай']);
  });

  it('reads a word with the one before it only, for pairAnswerWordsFor', () => {
    expect(pairAnswerWordsFor('можно', 'чем')).toEqual(['как']);
    expect(pairAnswerWordsFor('способами', 'какими')).toEqual([]);
    expect(pairAnswerWordsFor('кайдан', undefined)).toEqual([]);
  });

  it('gives nothing for other words', () => {
    expect(answerWordsFor('как')).toEqual([]);
    expect(answerWordsFor('constructor')).toEqual([]);
    expect(answerWordsFor('toString')).toEqual([]);
  });
});

describe('askedAt', () => {
  const askedOfLast = (query: string) => {
    const typed = typedSpellings(query);
    return askedAt(typed, typed.length - 1);
  };

  it('reads "можно" after a question on the ways as that question ("через что можно", "какими способами можно"): how, not whether', () => {
    expect(askedOfLast('через что можно')).toEqual(['как']);
    expect(askedOfLast('какими способами можно')).toEqual(['как']);
    expect(askedOfLast('инструкция можно')).toEqual(['как']);
  });

  it('reads a word that begins a pair asking for the ways ("куда жать": what to press) as asking nothing of its own', () => {
    const typed = typedSpellings('куда жать в приложении');
    expect(askedAt(typed, 0)).toEqual([]);
    expect(askedAt(typed, 1)).toEqual(['как']);
    expect(askedAt(typedSpellings('куда делись деньги'), 0)).toEqual(['где']);
    // "путь к счёту" (the way to the bill) asks where it is
    expect(askedAt(typedSpellings('путь к счету'), 1)).toEqual(['где']);
  });

  it('leaves "можно" after other words asking nothing', () => {
    expect(askedOfLast('можно')).toEqual([]);
    expect(askedOfLast('ред можно')).toEqual([]);
    // "сколько можно" asks for a sum, not a way: "можно" there is not part of it
    expect(askedOfLast('сколько можно')).toEqual([]);
    expect(askedOfLast('через банкомат можно')).toEqual([]);
  });
});

describe('askedTerms', () => {
  it('gives the stems of what the question words of a query ask for, typed in either script', () => {
    const sum = stemsOf('сумма')[0]!;
    expect(askedTerms('сколько платить по кредиту')).toContain(sum);
    expect(askedTerms('skolko platit')).toContain(sum);
    // typed as said: "скока", "скок" ask what "сколько" asks
    expect(askedTerms('штраф скока')).toContain(sum);
    expect(askedTerms('скок платить')).toContain(sum);
    expect(askedTerms('во сколько закрывается')).toContain(stemsOf('время')[0]!);
    expect(askedTerms('во сколько закрывается')).not.toContain(sum);
  });

  it('gives nothing for a query without a question word', () => {
    expect(askedTerms('платить по кредиту')).toEqual([]);
    expect(askedTerms('')).toEqual([]);
  });
});

describe('isSizeAskedAfterDegreeWord', () => {
  it('reads the adjective of size after "насколько" as part of the question', () => {
    expect(isSizeAskedAfterDegreeWord(['насколько', 'большой', 'штраф'], 1)).toBe(true);
    expect(isSizeAskedAfterDegreeWord(['насколько', 'большая', 'сумма'], 1)).toBe(true);
    // asked in wonder: "столь большой штраф?", "настолько большая сумма" (so big?)
    expect(isSizeAskedAfterDegreeWord(['столь', 'большой', 'штраф'], 1)).toBe(true);
    expect(isSizeAskedAfterDegreeWord(['настолько', 'большая', 'сумма'], 1)).toBe(true);
  });

  it('keeps the comparative, the adjective alone, and other words after "насколько"', () => {
    expect(isSizeAskedAfterDegreeWord(['насколько', 'больше', 'счет'], 1)).toBe(false);
    expect(isSizeAskedAfterDegreeWord(['такой', 'большой', 'счет'], 1)).toBe(false);
    expect(isSizeAskedAfterDegreeWord(['большой', 'штраф'], 0)).toBe(false);
    expect(isSizeAskedAfterDegreeWord(['насколько', 'штраф'], 1)).toBe(false);
  });
});

describe('isAbbreviationSpelledOut', () => {
  it('reads an abbreviation "spelled out" ("аббревиатурасы қалай ашылады") as asking what the name stands for', () => {
    expect(isAbbreviationSpelledOut(['фдо', 'аббревиатурасы', 'калай', 'ашылады'], 3)).toBe(true);
    expect(isAbbreviationSpelledOut(['фдо', 'арiптери', 'калай', 'ашылады'].map((w) => w.replace('i', 'и')), 3)).toBe(true);
  });

  it('keeps "ашылады" said of anything else (a card, an account opened)', () => {
    expect(isAbbreviationSpelledOut(['депозит', 'калай', 'ашылады'], 2)).toBe(false);
    expect(isAbbreviationSpelledOut(['карта', 'ашылады', 'ма'], 1)).toBe(false);
  });
});

describe('isFullOfAName', () => {
  it('reads "full" before a name ("толық атауы", "полная расшифровка") as part of asking what the name stands for', () => {
    expect(isFullOfAName(['фдо', 'толык', 'атауы'], 1)).toBe(true);
    expect(isFullOfAName(['фдо', 'толык', 'атауын', 'айтыныз'], 1)).toBe(true);
    // its name said shortly, or its full version
    expect(isFullOfAName(['фдо', 'дегеннин', 'толык', 'аты'], 2)).toBe(true);
    expect(isFullOfAName(['фдо', 'созинин', 'толык', 'нускасы'], 2)).toBe(true);
    expect(isFullOfAName(['толык', 'атырау'], 0)).toBe(false);
    expect(isFullOfAName(['полная', 'расшифровка', 'офд'], 0)).toBe(true);
    expect(isFullOfAName(['фдо', 'созинин', 'толык', 'магынасы'], 2)).toBe(true);
    // "in full" after the name's verb
    expect(isFullOfAName(['фдо', 'калай', 'аталады', 'толыгымен'], 3)).toBe(true);
    // how it is written in full
    expect(isFullOfAName(['фдо', 'толык', 'жазылуы'], 1)).toBe(true);
  });

  it('keeps "full" said of anything else, and a name word alone', () => {
    expect(isFullOfAName(['бонус', 'толык', 'туспеди'], 1)).toBe(false);
    expect(isFullOfAName(['бонус', 'толыгымен', 'туспеди'], 1)).toBe(false);
    expect(isFullOfAName(['полное', 'погашение'], 0)).toBe(false);
    expect(isFullOfAName(['толык'], 0)).toBe(false);
    expect(isFullOfAName(['фдо', 'атауы'], 1)).toBe(false);
  });
});

describe('isDoingAskedHow', () => {
  const at = (text: string, word: string) => {
    const words = text.split(' ');
    return isDoingAskedHow(words, words.indexOf(word));
  };
  it('should read "do" asked how of what was said before as no topic', () => {
    expect(at('погасить ред как это сделать', 'сделать')).toBe(true);
    expect(at('закрыть счет как мне это сделать', 'сделать')).toBe(true);
    expect(at('оплатить бонусами как это можно сделать', 'сделать')).toBe(true);
    expect(at('никогда не платил ред как это вообще делается', 'делается')).toBe(true);
    expect(at('надо оплатить ред как сделать', 'сделать')).toBe(true);
  });
  it('should keep "do" that says what is done, or is not asked how', () => {
    expect(at('как сделать выписку по счету', 'сделать')).toBe(false);
    expect(at('что сделать чтобы не было штрафа', 'сделать')).toBe(false);
    expect(at('как это оплатить', 'оплатить')).toBe(false);
    expect(at('это сделать нельзя', 'сделать')).toBe(false);
  });
});
