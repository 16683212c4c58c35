import { BRAND_NAMES, PRODUCT_NAMES } from './domain-vocabulary';
import { stemsOf } from './vocabulary-expansion';

/** Brand and product names as the index holds them: stemmed, as a Cyrillic name is ("депозит": депоз). */
export const BRAND_TERMS: ReadonlySet<string> = new Set([...BRAND_NAMES].flatMap(stemsOf));
export const PRODUCT_TERMS: ReadonlySet<string> = new Set([...PRODUCT_NAMES].flatMap(stemsOf));

/**
 * Whether a title (its index terms) names another product than the query does: the query names
 * some product, the title names one or more, and none of them is the query's. The answer on
 * closing Kaspi Red, which says the money may go to Kaspi Gold, answers nothing on closing Gold.
 */
export function titleNamesOtherProduct(queryProducts: ReadonlySet<string>, titleTerms: readonly string[]): boolean {
  const named = titleTerms.filter((term) => PRODUCT_TERMS.has(term));
  return queryProducts.size > 0 && named.length > 0 && !named.some((term) => queryProducts.has(term));
}
