import { PRODUCT_NAMES } from './domain-vocabulary';
import type { TermLookup } from './query-plan';
import { expandWithVocabulary, stemsOf } from './vocabulary-expansion';

/** Brand and product names, as the index holds them, that people type joined to another word. */
const BRANDS: ReadonlySet<string> = new Set(['kaspi', ...PRODUCT_NAMES]);
/** Shortest part of a joined word: "red", "кз". */
const MIN_JOINED_PART = 2;

/** The index terms a word stands for, as itself or through the vocabulary ("каспи" → kaspi). */
function termsOfWord(word: string, lookup: TermLookup): string[] {
  return [word, ...expandWithVocabulary(word)].flatMap(stemsOf).filter((term) => lookup.has(term));
}

/**
 * A word the index does not know that is a brand name joined to another known word
 * ("kaspired", "каспиголд"), as its two words; null otherwise. Only brands: any unknown
 * word splits into two known pieces somewhere in a guide of thousands of answers.
 */
export function splitJoinedBrand(word: string, lookup: TermLookup): string[] | null {
  if (word.length < 2 * MIN_JOINED_PART + 1 || termsOfWord(word, lookup).length > 0) return null;
  for (let cut = word.length - MIN_JOINED_PART; cut >= MIN_JOINED_PART; cut--) {
    const parts = [word.slice(0, cut), word.slice(cut)];
    const terms = parts.map((part) => termsOfWord(part, lookup));
    if (terms.every((t) => t.length > 0) && terms.some((t) => t.some((term) => BRANDS.has(term)))) return parts;
  }
  return null;
}
