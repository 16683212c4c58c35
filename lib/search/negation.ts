import { looksLikeNegativeVerb } from './stem-kazakh';
import { isStopWord } from './stop-words';
import { isThingCarried } from './things-carried';
import { isCannotSeeAsked } from './cannot-see-asked';

/** "или нет" (or not) closes a question on whether ("оплачивается или нет"): it says nothing is missing. */
const ASKS_WHETHER = 'или';
/** The Kazakh "істеу" (do): the Kazakh "не" (what) before it asks what to do ("не істеу керек"), as "что делать" does. */
const KAZAKH_DO = 'исте';
/**
 * Words that say "none" or "not" outright ("дұрыс емес": not right; "нету", as "нет" is said), that something went missing ("деньги пропали"),
 * or that nothing is there ("на счету пусто", "ноль").
 */
const NONE = new Set(['жок', 'нет', 'нету', 'емес', 'пропал', 'пропала', 'пропали', 'пропало', 'исчез', 'исчезла', 'исчезли', 'исчезло', 'пусто', 'ноль']);

/**
 * Whether the words (normalised) say that something does not happen or is not there: a Kazakh verb
 * in the negative, which the stemmer cuts to the root it shares with the plain verb ("бонус түспеді",
 * did not come, and "бонус түседі", comes, look alike to the index), or a word of NONE. A Russian
 * "не" counts before a word that says what ("не поступила"), not before one about the asker
 * ("не могу понять"), which the stop words hold, nor the Kazakh "не" (what) before "істеу" (do);
 * nor does a stop word that only ends like a negative verb ("немесе", or), nor "нет" after "или", nor a thing not carried ("с собой"),
 * nor what the asker cannot see when the question asks it ("не вижу, сколько платить").
 */
export function saysNot(words: readonly string[]): boolean {
  return words.some((word, i) => !isThingCarried(words, i) && (
    (NONE.has(word) && words[i - 1] !== ASKS_WHETHER) || (looksLikeNegativeVerb(word) && !isStopWord(word))
    || (word === 'не' && i + 1 < words.length && !isStopWord(words[i + 1]!) && !words[i + 1]!.startsWith(KAZAKH_DO) && !isCannotSeeAsked(words, i + 1))));
}

/**
 * A participle or an adjective of paying or arriving with "не" written together ("висит неоплаченным": stays unpaid;
 * "непогашенный", "незачисленные", "неполная сумма"), which says what "не оплачен", "не полностью" say apart.
 */
const FUSED_NOT = /^не(?:оплач|погаш|зачисл|полн)/;

/**
 * Whether a question says a payment was not made or did not arrive in one word with "не" written together (FUSED_NOT):
 * a trouble told, as "не поступила" is. Read in questions only: a title that names an unpaid bill asks about it.
 */
export function saysNotWrittenTogether(words: readonly string[]): boolean {
  return words.some((word) => FUSED_NOT.test(word));
}
