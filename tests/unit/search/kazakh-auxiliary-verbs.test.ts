import { describe, expect, it } from 'vitest';
import { isAuxiliaryAfterConverb, isQuoting, isWishAuxiliary, wishedVerb } from '../../../lib/search/kazakh-auxiliary-verbs';

describe('isAuxiliaryAfterConverb', () => {
  it('should take an aspect auxiliary after a converb, in any person or tense (folded words)', () => {
    expect(isAuxiliaryAfterConverb(['бонусым', 'жогалып', 'кетти'], 2)).toBe(true);
    expect(isAuxiliaryAfterConverb(['коринбей', 'тур'], 1)).toBe(true);
    expect(isAuxiliaryAfterConverb(['тусип', 'калды'], 1)).toBe(true);
    expect(isAuxiliaryAfterConverb(['алып', 'кетти'], 1)).toBe(true);
    expect(isAuxiliaryAfterConverb(['жауып', 'тастадым'], 1)).toBe(true);
  });

  it('should keep the same verb when no converb comes before it, or the word before is too short to be one', () => {
    expect(isAuxiliaryAfterConverb(['бонус', 'кетти'], 1)).toBe(false);
    expect(isAuxiliaryAfterConverb(['кетти'], 0)).toBe(false);
    expect(isAuxiliaryAfterConverb(['тап', 'тур'], 1)).toBe(false);
  });

  it('should take "ал" as "can" after the converb in "-а/-е/-й", not after a question word or another converb', () => {
    expect(isAuxiliaryAfterConverb(['бонустарымды', 'коре', 'алмаймын'], 2)).toBe(true);
    expect(isAuxiliaryAfterConverb(['толей', 'аламын'], 1)).toBe(true);
    expect(isAuxiliaryAfterConverb(['калай', 'аламын'], 1)).toBe(false);
    expect(isAuxiliaryAfterConverb(['бонус', 'алмаймын'], 1)).toBe(false);
    expect(isAuxiliaryAfterConverb(['коре', 'береди'], 1)).toBe(false);
  });

  it('should keep the topic verb "бер" after a converb, and take "ал" after "-п" as the converb\'s own action', () => {
    expect(isAuxiliaryAfterConverb(['есептеп', 'берди'], 1)).toBe(false);
    // said by the asker ("алып бердім": I bought it for someone), "бер" is doing it for someone: a bonus is never given by the asker
    expect(isAuxiliaryAfterConverb(['алып', 'бердим'], 1)).toBe(true);
    expect(isAuxiliaryAfterConverb(['бонус', 'береди'], 1)).toBe(false);
    // "жинап алу" (collect), "сатып алдым" (bought): the converb says the action ("сатып": buying, as the vocabulary lists it)
    expect(isAuxiliaryAfterConverb(['жинап', 'алуга'], 1)).toBe(true);
    expect(isAuxiliaryAfterConverb(['сатып', 'алдым'], 1)).toBe(true);
    expect(isAuxiliaryAfterConverb(['бонус', 'алдым'], 1)).toBe(false);
  });

  it('should take "бер" after the converb "-й" as going on doing it ("жинай беруге": to keep collecting), not as giving', () => {
    expect(isAuxiliaryAfterConverb(['бонусты', 'жинай', 'беруге'], 2)).toBe(true);
    expect(isAuxiliaryAfterConverb(['толей', 'берсем'], 1)).toBe(true);
    // after a noun ending in "-а" it is giving ("ақша бере ме": do they give money)
    expect(isAuxiliaryAfterConverb(['акша', 'бере'], 1)).toBe(false);
  });

  it('should take "бер" after the converb of a passive verb as going on ("жинала бере ме": does it keep being collected), not after a noun', () => {
    expect(isAuxiliaryAfterConverb(['жинала', 'бере'], 1)).toBe(true);
    expect(isAuxiliaryAfterConverb(['есептеле', 'береди'], 1)).toBe(true);
    expect(isAuxiliaryAfterConverb(['бала', 'бере'], 1)).toBe(false);
    expect(isAuxiliaryAfterConverb(['акша', 'бере'], 1)).toBe(false);
  });

  it('should take "бер" as a polite request after a converb ("түсіндіріп беріңізші": explain it, please), not as a bonus given', () => {
    expect(isAuxiliaryAfterConverb(['тусиндирип', 'беринизши'], 1)).toBe(true);
    expect(isAuxiliaryAfterConverb(['айтып', 'бериниз'], 1)).toBe(true);
    expect(isAuxiliaryAfterConverb(['бонус', 'беринизши'], 1)).toBe(false);
    // after "not doing" it is the verb itself: "күттірмей беріңіз" (give it without making me wait)
    expect(isAuxiliaryAfterConverb(['куттирмей', 'бериниз'], 1)).toBe(false);
    expect(isAuxiliaryAfterConverb(['есептеп', 'береди'], 1)).toBe(false);
  });

  it('should take "болдым" (finished) after the converb "-п" as the act done, and "бол" in other forms as itself', () => {
    expect(isAuxiliaryAfterConverb(['пикир', 'жазып', 'болдым'], 2)).toBe(true);
    expect(isAuxiliaryAfterConverb(['толеп', 'болды'], 1)).toBe(true);
    expect(isAuxiliaryAfterConverb(['толеп', 'болады', 'ма'], 1)).toBe(false);
    expect(isAuxiliaryAfterConverb(['бонус', 'болдым'], 1)).toBe(false);
  });

  it('should take the asker\'s "бер" after a noun as the verb the noun makes ("тапсырыс бердім": I placed an order), not a bonus given', () => {
    expect(isAuxiliaryAfterConverb(['магазинде', 'тапсырыс', 'бердим'], 2)).toBe(true);
    expect(isAuxiliaryAfterConverb(['отиним', 'беремин'], 1)).toBe(true);
    // and its condition ("тапсырыс берсем": if I place an order)
    expect(isAuxiliaryAfterConverb(['kz', 'аркылы', 'тапсырыс', 'берсем'], 3)).toBe(true);
    // given to the asker, or by someone else, it is the bonus given
    expect(isAuxiliaryAfterConverb(['тапсырыс', 'береди'], 1)).toBe(false);
    expect(isAuxiliaryAfterConverb(['маган', 'берди'], 1)).toBe(false);
    // after a stop word ("мен бердім": I gave) there is no noun to make a verb of
    expect(isAuxiliaryAfterConverb(['мен', 'бердим'], 1)).toBe(false);
  });
});

describe('wishedVerb and isWishAuxiliary', () => {
  it('should read a wish ("тексергім келеді": I want to check) as the verb wished, its "кел-" as wanting', () => {
    expect(wishedVerb(['тексергим', 'келеди'], 0)).toBe('тексеру');
    expect(wishedVerb(['жапкым', 'келеди'], 0)).toBe('жапу');
    expect(wishedVerb(['салгым', 'келед'], 0)).toBe('салу');
    expect(isWishAuxiliary(['тексергим', 'келеди'], 1)).toBe(true);
  });

  it('should leave the same endings alone without "кел-" after them, and "кел-" after any other word', () => {
    // "бөлігім" (my part) ends as a wish does
    expect(wishedVerb(['болигим', 'толеймин'], 0)).toBeNull();
    expect(wishedVerb(['тексергим'], 0)).toBeNull();
    expect(isWishAuxiliary(['бонус', 'келеди'], 1)).toBe(false);
    expect(isWishAuxiliary(['келеди'], 0)).toBe(false);
  });
});

describe('isQuoting', () => {
  it('should read the quoting particle and the verb of saying after it as no topic', () => {
    const words = ['чекте', 'фдо', 'деп', 'жазылган', 'бул', 'не'];
    expect(words.map((_, at) => isQuoting(words, at))).toEqual([false, false, true, true, false, false]);
  });
  it('should read the verb of saying after the particle and what is asked ("деп нені айтады": what is called so)', () => {
    const words = ['фдо', 'деп', 'нени', 'айтады'];
    expect(words.map((_, at) => isQuoting(words, at))).toEqual([false, true, true, true]);
  });
  it('should keep a verb no particle quotes', () => {
    expect(isQuoting(['пикир', 'жазылган', 'бонус'], 1)).toBe(false);
    // a topic word two after the particle
    expect(isQuoting(['фдо', 'деп', 'жазылган', 'чекти', 'калай', 'аламын'], 3)).toBe(false);
  });
});
