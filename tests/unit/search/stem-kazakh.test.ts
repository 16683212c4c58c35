import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../lib/search/normalize-text';
import { caseEndingRoot, isCaseEndingTypedApart, isEndingAfterHyphen, kazakhVerbForms, looksLikeFirstPersonVerb, negativePastRoot, possessiveCaseRoot, stemKazakh, stemOfCaseForms } from '../../../lib/search/stem-kazakh';

const stem = (w: string) => stemKazakh(normalizeText(w));

describe('stemKazakh on word forms from the Kazakh captures', () => {
  it.each([
    // plural, possessive and case endings on one root
    [['бонус', 'бонусым', 'бонусты', 'бонустар'], 'бонус'],
    [['берешек', 'берешекті'], 'берешек'],
    [['кредит', 'кредитті'], 'кредит'],
    [['қосымшасында', 'қосымшасынан'], 'косымш'],
    [['дүкендерде', 'дукендерде'], 'дукен'],
    // verb forms: participle + dative, verbal noun, conditional + person
    [['жазғанға', 'жазу'], 'жаз'],
    [['төлесем', 'төлегенде', 'төлеуге'], 'тол'],
    [['есептелмеді', 'есептеледі'], 'есептел'],
    // converb and passive: "бере ме", "беріле ме", "берілді"
    [['бере', 'беріле', 'берілді'], 'бер'],
    // a two-letter root under noun endings ("ай", month)
    [['ай', 'айына', 'айдың'], 'ай'],
    // a root's last consonant voiced before a vowel
    [['көп', 'көбі'], 'коп'],
  ])('should give %j the stem %s', (forms, expected) => {
    for (const form of forms) expect(stem(form)).toBe(expected);
  });

  it('should cut a past or conditional with its person down to a two-letter root, and no other verb ending', () => {
    // "алдым" (I bought), "алсам" (if I buy), "алды" share the root "ал"; so do "салдым", "салсам".
    for (const form of ['алдым', 'алсам', 'алды']) expect(stem(form), form).toBe('ал');
    for (const form of ['салдым', 'салсам']) expect(stem(form), form).toBe('сал');
    expect(stem('ала')).toBe('ала');
    expect(stem('алу')).toBe('алу');
    expect(stem('дүкен')).toBe('дукен');
  });

  it('should stop at a root whose last letters look like endings: "несие" (a loan) in all its forms, not "не" (what)', () => {
    for (const form of ['несие', 'несиеге', 'несиені', 'несиемді', 'несиесін']) expect(stem(form), form).toBe('несие');
  });

  it('should leave Latin words and numbers alone', () => {
    expect(stemKazakh('kaspi')).toBe('kaspi');
    expect(stemKazakh('2000')).toBe('2000');
  });
});

describe('negativePastRoot', () => {
  // Folded words: a negative past with any negation consonant, and words that are none (or whose root would be shorter than three letters).
  it.each([
    ['туспеди', 'тус'],
    ['келмеди', 'кел'],
    ['жазбады', 'жаз'],
    ['келеди', null],
    ['бонусты', null],
    ['алмады', null],
  ])('should read %s as %s', (word, root) => {
    expect(negativePastRoot(word)).toBe(root);
  });
});

describe('looksLikeFirstPersonVerb', () => {
  it('should know a verb in the first person of the present or future, singular or plural (folded)', () => {
    for (const verb of ['айналдырамын', 'айырбастаймын', 'толеймин', 'оширемиз', 'жабамын']) expect(looksLikeFirstPersonVerb(verb)).toBe(true);
  });

  it('should not take a noun, a short word or another person for one', () => {
    for (const other of ['бонусым', 'менин', 'амын', 'толейди', 'толедим', 'ушин']) expect(looksLikeFirstPersonVerb(other)).toBe(false);
  });
});

describe('caseEndingRoot', () => {
  // Folded words: one case ending cut (locative, ablative, dative, genitive), the longest that leaves four letters.
  it.each([
    ['магазинде', 'магазин'],
    ['магазиннен', 'магазин'],
    ['дукенге', 'дукен'],
    ['банктин', 'банк'],
    ['картада', 'карта'],
    ['бонус', null],
    ['уйде', null],
    // the accusative of a possessive after a root in "с" (the stemmer reads "-сың", you are: "бон")
    ['бонусын', 'бонус'],
    ['курсын', 'курс'],
    ['сын', null],
  ])('should read %s as %s', (word, root) => {
    expect(caseEndingRoot(word)).toBe(root);
  });
});

describe('possessiveCaseRoot', () => {
  // Folded words: "its" ("-ін", "-ын") and a locative, ablative or dative (and "-дегі") cut, which the stemmer reads otherwise.
  it.each([
    ['магазинінде', 'магазин'],
    ['магазинінен', 'магазин'],
    ['магазиніне', 'магазин'],
    ['магазиніндегі', 'магазин'],
    ['тауарында', 'тауар'],
    ['бонусында', 'бонус'],
    // a root too short, or no "its" before the ending
    ['кезінде', null],
    ['айында', null],
    ['дүкенде', null],
  ])('should read %s as %s', (word, root) => {
    expect(possessiveCaseRoot(normalizeText(word))).toBe(root && normalizeText(root));
  });
});

describe('isEndingAfterHyphen', () => {
  it('should take the endings Kazakh writes after a hyphen as endings, and words as words', () => {
    for (const ending of ['нын', 'га', 'теги', 'мен', 'ны']) expect(isEndingAfterHyphen(ending), ending).toBe(true);
    for (const word of ['дукен', 'бонус', 'то', 'нибудь']) expect(isEndingAfterHyphen(word), word).toBe(false);
  });
});

describe('isCaseEndingTypedApart', () => {
  it('should take a case ending typed after a name in Latin letters as part of that name', () => {
    expect(isCaseEndingTypedApart(['wildberries', 'тен', 'алсам'], 1)).toBe(true);
    expect(isCaseEndingTypedApart(['kaspi', 'ге', 'салдым'], 1)).toBe(true);
    // after a Cyrillic word, or at the start, it is a word of its own; so is any other word after a name
    expect(isCaseEndingTypedApart(['озон', 'нан'], 1)).toBe(false);
    expect(isCaseEndingTypedApart(['тен', 'алсам'], 0)).toBe(false);
    expect(isCaseEndingTypedApart(['kaspi', 'бонус'], 1)).toBe(false);
    // the whole word before it in Latin letters or digits, not a Cyrillic word that begins or ends with them
    expect(isCaseEndingTypedApart(['озон2', 'нан'], 1)).toBe(false);
    expect(isCaseEndingTypedApart(['2озон', 'нан'], 1)).toBe(false);
  });
});

describe('stemOfCaseForms', () => {
  // The stemmer reads "-ін-де" as a possessive and a locative: it cuts into a word ending in "-ин"/"-ын".
  it.each([
    ['магазин', 'магаз'],
    ['каспин', 'касп'],
    ['тауарын', 'тауар'],
    ['бонус', null],
    ['бонусын', null],
    ['телефон', null],
    ['оплаченные', null],
    ['shop', null],
    ['kaspiмагазин', null],
    // The same stem either way; a stem too short to tell anything.
    ['сервисин', null],
    ['жасын', null],
  ])('should give %s the stem %s', (word, stem) => {
    expect(stemOfCaseForms(word)).toBe(stem);
    if (stem) expect(stemKazakh(`${word}де`)).toBe(stem);
  });
});

describe('kazakhVerbForms', () => {
  it('gives a vowel-root verb said as its verbal noun, with or without a case, its present, and the other way round', () => {
    expect(kazakhVerbForms('жинауга')).toEqual(['жинау', 'жинай']);
    expect(kazakhVerbForms('жинаудын')).toEqual(['жинау', 'жинай']);
    expect(kazakhVerbForms('толеуге')).toEqual(['толеу', 'толей']);
    expect(kazakhVerbForms('жинаймын')).toEqual(['жинау', 'жинай']);
    expect(kazakhVerbForms('жинай')).toEqual(['жинау']);
  });

  it('gives the verbal noun of a vowel-root verb said as its converb "-п", which the stemmer leaves whole', () => {
    expect(kazakhVerbForms('толеп')).toEqual(['толеу']);
    expect(kazakhVerbForms('жинап')).toEqual(['жинау']);
    // not its present: "кітап" (a book) would read as "Китай"
    expect(kazakhVerbForms('китап')).toEqual(['китау']);
  });

  it('gives nothing for nouns and consonant roots', () => {
    for (const word of ['бонус', 'алуга', 'ай', 'тау', 'kaspi', 'дукен', 'сатып', 'коп']) expect(kazakhVerbForms(word), word).toEqual([]);
  });
});
