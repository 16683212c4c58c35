import { describe, expect, it } from 'vitest';
import { BRAND_TERMS, PRODUCT_TERMS, titleNamesOtherProduct } from '../../../lib/search/product-names';

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
