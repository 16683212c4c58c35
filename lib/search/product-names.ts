import { BRAND_NAMES, PRODUCT_NAMES } from './domain-vocabulary';
import { namesProduct, stemsOf, vocabularySynonyms } from './vocabulary-expansion';

/** Brand and product names as the index holds them: stemmed, as a Cyrillic name is ("депозит": депоз). */
export const BRAND_TERMS: ReadonlySet<string> = new Set([...BRAND_NAMES].flatMap(stemsOf));
export const PRODUCT_TERMS: ReadonlySet<string> = new Set([...PRODUCT_NAMES].flatMap(stemsOf));

/** A loan named (folded, any form: "кредит", "займ", "заём", "несие"): a product of its own, whatever else is said with it. */
const LOAN = /^(?:кредит|займ|заем|несие)/;
export const namesLoan = (word: string) => LOAN.test(word);

/**
 * The products a question or a title may name: besides the cards and services, Kaspi Bonus ("Kaspi Бонус"), the
 * loyalty programme. Not a brand name (which never tells what a question asks): "бонусами" is also what one pays with.
 */
export const NAMED_PRODUCT_TERMS: ReadonlySet<string> = new Set([...PRODUCT_TERMS, ...stemsOf('бонус')]);

/**
 * Whether a title (its index terms) names another product than the query does: the query names
 * some product, the title names one or more, and none of them is the query's. The answer on
 * closing Kaspi Red, which says the money may go to Kaspi Gold, answers nothing on closing Gold; the most bonuses one may
 * collect answers nothing on the most Kaspi Red allows.
 */
export function titleNamesOtherProduct(queryProducts: ReadonlySet<string>, titleTerms: readonly string[]): boolean {
  const named = titleTerms.filter((term) => NAMED_PRODUCT_TERMS.has(term));
  return queryProducts.size > 0 && named.length > 0 && !named.some((term) => queryProducts.has(term));
}

/** "or" in either language (folded): the words after it name an alternative. */
const OR_WORDS: ReadonlySet<string> = new Set(['или', 'либо', 'немесе', 'алде']);

/**
 * The words a query names after an "or" ("в банкомате или это только для Gold", "Red немесе Gold"): an alternative
 * to what came before, which an answer on the first need not hold.
 */
export function wordsAfterOr(words: readonly string[]): ReadonlySet<string> {
  const at = words.findIndex((word) => OR_WORDS.has(word));
  return new Set(at < 0 ? [] : words.slice(at + 1));
}

/** "Кредитка" (a credit card), in its forms, folded. */
const CREDIT_CARD = /^кредитк(?:а|е|и|у|ой|ою)$/;

/**
 * Whether the word at `at` is "кредитка" said next to a product's name ("покупки по кредитке ред"): the kind of card the product is,
 * not a loan, which the word would otherwise be read as. Read as part of the name, never searched.
 */
export function isCardKindOfProduct(words: readonly string[], at: number): boolean {
  return CREDIT_CARD.test(words[at]!) && [words[at - 1], words[at + 1]].some((near) => near !== undefined && namesProduct(near));
}

/** Whether a typed word is the brand, in any of its spellings ("каспи", "kaspi", "каспийский"). */
export const saysTheBrand = (word: string) => word === 'kaspi' || vocabularySynonyms(word).includes('kaspi');

/** Cashback, in its spellings ("кэшбэк", "кешбек", "cashback"; any form). */
const CASHBACK = /^(?:кэшб|кешб|cashb|keshb)/;
/** The cards a purchase is paid with, whose cashback a question may ask about. */
const CARDS: readonly string[] = ['red', 'gold'];
const namesACard = (word: string) => CARDS.includes(word) || vocabularySynonyms(word).some((synonym) => CARDS.includes(synonym));

/**
 * Whether the question asks for a card's cashback ("ред кешбэк дают?", "kaspi gold кэшбэк сколько процентов"): the cashback word
 * said with a card the purchase is paid with. The guide's answers describe Kaspi Bonus, the loyalty programme, not a card's
 * cashback rates; a question on cashback for a review or an online purchase ("кэшбэк за отзыв") names no card.
 */
export function asksCashbackOfACard(words: readonly string[]): boolean {
  return words.some((word) => CASHBACK.test(word)) && words.some(namesACard);
}
