import { looksLikeRussianInfinitive } from './stem-russian';

/** Counting something as something else ("засчитают", "засчитать", "засчитывается", "зачтут"), folded. */
const COUNTED = /^(?:засчита|засчитыва|зачтут|зачтет|зачесть)/;
/** How far after the verb its "как" (as) may come ("засчитают ли бонусы как оплату"). */
const AS_WITHIN = 4;

/**
 * Whether the word at `at` counts something as what follows "как" ("засчитают ли бонусы как оплату": will bonuses count as
 * paying): the question is whether the one is the other, and the verb names no topic of its own. Not a payment credited
 * ("засчитали платёж"), nor one followed by a question of how ("когда засчитают оплату, как узнать").
 */
export function isCountedAs(words: readonly string[], at: number): boolean {
  if (!COUNTED.test(words[at]!)) return false;
  const as = words.indexOf('как', at + 1);
  return as > at && as <= at + AS_WITHIN && as + 1 < words.length && !looksLikeRussianInfinitive(words[as + 1]!);
}
