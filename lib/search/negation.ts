import { isStopWord } from './stop-words';

/**
 * A Kazakh verb said in the negative (folded letters): the stem, then -ма/-ме/-ба/-бе/-па/-пе,
 * then a tense or person ending: "түспеді", "көрінбей", "есептелмеді", "келмейді", "төлемесем".
 * The stemmer cuts all of it away, so "бонус түспеді" (did not come) and "бонус түседі" (comes)
 * look alike to the index.
 */
const KAZAKH_NEGATIVE_VERB = /.{2}(ма|ме|ба|бе|па|пе)(ды|ди|й|йды|йди|йт|йтын|йтин|ймын|ймин|ган|ген|сам|сем|са|се)$/;
/** The Kazakh "істеу" (do): the Kazakh "не" (what) before it asks what to do ("не істеу керек"), as "что делать" does. */
const KAZAKH_DO = 'исте';
/** Words that say "none" or "not" outright ("дұрыс емес": not right). */
const NONE = new Set(['жок', 'нет', 'емес']);

/**
 * Whether the words (normalised) say that something does not happen or is not there. A Russian
 * "не" counts before a word that says what ("не поступила"), not before one about the asker
 * ("не могу понять"), which the stop words hold, nor the Kazakh "не" (what) before "істеу" (do);
 * nor does a stop word that only ends like a negative verb ("немесе", or).
 */
export function saysNot(words: readonly string[]): boolean {
  return words.some((word, i) => NONE.has(word) || (KAZAKH_NEGATIVE_VERB.test(word) && !isStopWord(word))
    || (word === 'не' && i + 1 < words.length && !isStopWord(words[i + 1]!) && !words[i + 1]!.startsWith(KAZAKH_DO)));
}
