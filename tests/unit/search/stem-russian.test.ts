import { describe, expect, it } from 'vitest';
import {
  fleetingVowelStems,
  isRussianStopWord,
  looksLikeRussianInfinitive,
  looksLikeRussianVerb,
  russianAdjectiveStem,
  russianCaseRoot,
  russianFirstPersonInfinitives,
  russianConsonantPast,
  russianOtherTense,
  shortOfWholeVerb,
  stemRussian,
} from '../../../lib/search/stem-russian';

describe('stemRussian', () => {
  it('should give the forms of one word one stem', () => {
    expect(new Set(['оплата', 'оплаты', 'оплату', 'оплатой'].map(stemRussian))).toEqual(new Set(['оплат']));
    expect(new Set(['штраф', 'штрафа', 'штрафы', 'штрафов'].map(stemRussian))).toEqual(new Set(['штраф']));
  });

  it('should keep different words apart', () => {
    expect(stemRussian('счет')).not.toBe(stemRussian('сумма'));
  });

  it('should leave a word without an ending as it is', () => {
    expect(stemRussian('банк')).toBe('банк');
  });
});

describe('isRussianStopWord', () => {
  it('should follow lunr-languages\' Russian stop list', () => {
    expect(isRussianStopWord('и')).toBe(true);
    expect(isRussianStopWord('как')).toBe(true);
    expect(isRussianStopWord('штраф')).toBe(false);
  });
});

describe('russianCaseRoot', () => {
  it.each([
    ['терминале', 'терминал'],
    ['терминалом', 'терминал'],
    ['банкоматах', 'банкомат'],
    ['штрафы', 'штраф'],
    ['счет', null],
    ['карте', null],
  ])('should read %s as %s', (word, root) => {
    expect(russianCaseRoot(word)).toBe(root);
  });

  it('gives the form Snowball stems as the word in the nominative', () => {
    // Snowball takes "-ал" from "терминал" as a past ending; "терминале" keeps it.
    expect(stemRussian(russianCaseRoot('терминале')!)).toBe(stemRussian('терминал'));
    expect(stemRussian('терминале')).not.toBe(stemRussian('терминал'));
  });
});

describe('fleetingVowelStems', () => {
  it.each([
    ['покупок', ['покупк']],
    ['ссылок', ['ссылк']],
    ['ссылки', ['ссылок', 'ссылек']],
    ['карточек', ['карточк']],
    ['остаток', ['остатк']],
    ['покупки', ['покупок', 'покупек']],
    ['остатка', ['остаток', 'остатек']],
    // Too short: "банк" and "банок" are two words.
    ['банки', []],
    ['банок', []],
    // No consonant before the vowel, or no "-к".
    ['копеек', []],
    ['штраф', []],
    ['центра', []],
    // A word Snowball leaves whole ("киоск") has no other stem to find.
    ['киоск', []],
  ])('should give %s the stems %j', (word, stems) => {
    expect(fleetingVowelStems(word, stemRussian(word))).toEqual(stems);
  });
});

describe('looksLikeRussianInfinitive', () => {
  it('should know an infinitive by its ending, and not a noun or another form of the verb', () => {
    for (const verb of ['забыть', 'гасить', 'нести', 'найти']) expect(looksLikeRussianInfinitive(verb), verb).toBe(true);
    for (const word of ['часть', 'есть', 'гасил', 'месяц']) expect(looksLikeRussianInfinitive(word), word).toBe(false);
  });
});

describe('looksLikeRussianVerb', () => {
  it('takes infinitives, past and present forms for verbs', () => {
    for (const verb of ['найти', 'оплатить', 'рассчитаться', 'ожидал', 'пропустила', 'принимают', 'вырастет', 'придет', 'списали', 'платишь', 'ошибся', 'стоит', 'платит', 'держат']) {
      expect(looksLikeRussianVerb(verb), verb).toBe(true);
    }
  });

  it('takes nouns, adjectives, Kazakh and Latin words for what they are', () => {
    for (const other of ['xоплатить', 'такси', 'комиссия', 'пароль', 'стола', 'другу', 'телефона', 'красная', 'ответ', 'билет', 'валют', 'минут', 'банкомат', 'салу', 'kaspi', 'пил']) {
      expect(looksLikeRussianVerb(other), other).toBe(false);
    }
  });
});

describe('russianConsonantPast', () => {
  it('gives the masculine past of a verb whose stem ends in a consonant, which Snowball stems apart from its other forms', () => {
    expect(russianConsonantPast('внесла')).toBe('внес');
    expect(russianConsonantPast('внесли')).toBe('внес');
    expect(russianConsonantPast('зависло')).toBe('завис');
    expect(russianConsonantPast('помогла')).toBe('помог');
    expect(stemRussian('внесла')).not.toBe(stemRussian('внес'));
  });

  it('gives nothing for other endings, short words, or other letters', () => {
    for (const word of ['оплатила', 'вернули', 'мгла', 'внес', 'kaspi', 'внеслаx']) expect(russianConsonantPast(word), word).toBeNull();
  });
});

describe('russianOtherTense', () => {
  it('pairs a past in "-ул"/"-ел" with its infinitive, both ways', () => {
    expect(russianOtherTense('вернул')).toBe('вернуть');
    expect(russianOtherTense('вернули')).toBe('вернуть');
    expect(russianOtherTense('хотела')).toBe('хотеть');
    expect(russianOtherTense('вернуть')).toBe('вернул');
    expect(russianOtherTense('успеть')).toBe('успел');
    // From five letters.
    expect(russianOtherTense('успел')).toBe('успеть');
    // Snowball stems them apart.
    expect(stemRussian('вернул')).not.toBe(stemRussian('вернуть'));
  });

  it('gives nothing for other endings, short words, or other letters', () => {
    // Only at the end of a word: "телефон" holds "-ел", "третья" "-еть".
    for (const word of ['оплатил', 'ожидал', 'оплатить', 'стул', 'дел', 'kaspi', 'xвернул', 'терминал', 'телефон', 'третья']) expect(russianOtherTense(word), word).toBeNull();
  });
});

describe('russianFirstPersonInfinitives', () => {
  it('gives the infinitives a first-person form with a changed consonant may be of', () => {
    expect(russianFirstPersonInfinitives('пропущу')).toEqual(['пропустить', 'пропутить']);
    expect(russianFirstPersonInfinitives('оплачу')).toEqual(['оплатить']);
    expect(russianFirstPersonInfinitives('выхожу')).toEqual(['выходить', 'выхозить']);
    expect(russianFirstPersonInfinitives('погашу')).toEqual(['погасить']);
    expect(russianFirstPersonInfinitives('оформлю')).toEqual(['оформить']);
    expect(russianFirstPersonInfinitives('отправлю')).toEqual(['отправить']);
    // Snowball stems them apart.
    expect(stemRussian('пропущу')).not.toBe(stemRussian('пропустить'));
  });

  it('gives nothing for other endings, short words, or other letters', () => {
    // "-лю" only after a labial: "хвалю" has no inserted "л".
    for (const word of ['оплатил', 'плачь', 'хочу', 'хвалю', 'kaspi', 'pay', 'пущу1']) expect(russianFirstPersonInfinitives(word), word).toEqual([]);
  });
});

describe('shortOfWholeVerb', () => {
  it('gives the verb a "недо-" verb is done short of', () => {
    expect(shortOfWholeVerb('недозачислил')).toBe('зачислил');
    expect(shortOfWholeVerb('недоплатила')).toBe('платила');
  });

  it('gives nothing for other "недо-" words, or other words', () => {
    for (const word of ['недоступен', 'недовольна', 'недостаток', 'зачислил', 'недо']) expect(shortOfWholeVerb(word), word).toBeNull();
  });
});

describe('russianAdjectiveStem', () => {
  it('gives the stem of the adjective a noun makes with "-чн-", as Snowball stems the adjective', () => {
    expect(russianAdjectiveStem(stemRussian('праздник'))).toBe(stemRussian('праздничный'));
    expect(russianAdjectiveStem(stemRussian('месяц'))).toBe(stemRussian('месячный'));
    // From four letters: a guess, which the caller weighs as one ("срок" is not "срочный").
    expect(russianAdjectiveStem('срок')).toBe('срочн');
  });

  it('gives nothing for other stems, or short ones', () => {
    expect(russianAdjectiveStem(stemRussian('штраф'))).toBeNull();
    expect(russianAdjectiveStem('бак')).toBeNull();
  });
});
