import { describe, expect, it } from 'vitest';
import { BRAND_TERMS, NAMED_PRODUCT_TERMS, PRODUCT_TERMS, asksCashbackOfACard, isCardKindOfProduct, titleNamesOtherProduct, wordsAfterOr } from '../../../lib/search/product-names';

describe('titleNamesOtherProduct', () => {
  it('should say so when the title names only products the query does not', () => {
    expect(titleNamesOtherProduct(new Set(['gold']), ['как', 'забра', 'деньг', 'закрыт', 'kaspi', 'red'])).toBe(true);
    // a product named in Cyrillic, as the index stems it
    expect(titleNamesOtherProduct(new Set(['депоз']), ['закрыт', 'red'])).toBe(true);
  });

  it('should not when the title names the query\'s product, also beside another one', () => {
    expect(titleNamesOtherProduct(new Set(['red']), ['закрыт', 'kaspi', 'red'])).toBe(false);
    expect(titleNamesOtherProduct(new Set(['red']), ['red', 'gold'])).toBe(false);
  });

  it('should count Kaspi Bonus as a product a title names, not as a brand term', () => {
    // the most bonuses one may collect is no answer on the most Kaspi Red allows
    expect(titleNamesOtherProduct(new Set(['red']), ['ен', 'коб', 'kaspi', 'бонус', 'жина'])).toBe(true);
    expect(titleNamesOtherProduct(new Set(['red', 'бонус']), ['оплат', 'счет', 'red', 'бонус'])).toBe(false);
    expect(NAMED_PRODUCT_TERMS.has('бонус')).toBe(true);
    expect(BRAND_TERMS.has('бонус')).toBe(false);
  });

  it('should not when the title names no product, or the query none', () => {
    expect(titleNamesOtherProduct(new Set(['gold']), ['как', 'оплат', 'счет', 'kaspi'])).toBe(false);
    expect(titleNamesOtherProduct(new Set(), ['закрыт', 'red'])).toBe(false);
  });
});

describe('brand and product terms', () => {
  it('should hold the names as the index stems them, the brand among the brand terms only', () => {
    expect([...PRODUCT_TERMS]).toEqual(expect.arrayContaining(['red', 'gold', 'депоз']));
    expect(BRAND_TERMS.has('kaspi')).toBe(true);
    expect(PRODUCT_TERMS.has('kaspi')).toBe(false);
  });
});

describe('wordsAfterOr', () => {
  it('should give the words after the first "or", in Russian or Kazakh', () => {
    expect([...wordsAfterOr(['ред', 'банкомате', 'или', 'это', 'gold'])]).toEqual(['это', 'gold']);
    expect([...wordsAfterOr(['red', 'немесе', 'gold'])]).toEqual(['gold']);
  });

  it('should give none when the query says no "or"', () => {
    expect(wordsAfterOr(['оплатить', 'ред', 'бонусами']).size).toBe(0);
  });
});

describe('isCardKindOfProduct', () => {
  const kinds = (text: string) => text.split(' ').filter((_, i, words) => isCardKindOfProduct(words, i));

  it('should read "кредитка" next to a product\'s name as the kind of card the product is', () => {
    expect(kinds('как посмотреть покупки по кредитке ред')).toEqual(['кредитке']);
    expect(kinds('ред кредитка как оплатить')).toEqual(['кредитка']);
  });

  it('should leave "кредитка" said alone, or away from the name, to be read as itself', () => {
    expect(kinds('кредитку закрыть как')).toEqual([]);
    expect(kinds('кредитка в другом банке, а ред в каспи')).toEqual([]);
  });
});

describe('asksCashbackOfACard', () => {
  const asks = (text: string) => asksCashbackOfACard(text.split(' '));

  it('should read cashback said with a card (Red, Gold, in any spelling) as a question on the card\'s cashback', () => {
    expect(asks('ред кешбэк дают')).toBe(true);
    expect(asks('kaspi gold кэшбэк сколько процентов')).toBe(true);
    expect(asks('голдпен толесем кэшбэк неше пайыз')).toBe(true);
  });

  it('should leave cashback with no card, and a card with bonuses, to the answers on Kaspi Bonus', () => {
    expect(asks('кэшбэк за отзыв')).toBe(false);
    expect(asks('cashback за покупки в интернет магазине')).toBe(false);
    expect(asks('ред бонусами оплатить')).toBe(false);
  });
});
