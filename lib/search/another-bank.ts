import { tokenizeWords } from './normalize-text';
import { looksLikeRussianVerb } from './stem-russian';

/** "Another", "someone else's" (folded): "другого банка", "басқа банктің", "чужой картой". */
const OTHER = /^(?:друг(?:ой|ого|ому|им|ом)|баска|чуж(?:ой|ая|ую|ого|ою))$/;
/** A bank or a card, in any form, Russian or Kazakh (folded): "банка", "банктің", "картой", "картасына". */
const BANK_OR_CARD = /^(?:банк|карт)/;
/** Having none ("у меня нет карты другого банка"): the other bank is then what the asker lacks, not what they ask of. */
const NONE = new Set(['нет', 'жок']);
/** How many words before "another" a "нет" may stand and still say the asker has none ("нет карты другого"). */
const NONE_REACH = 2;

/**
 * Whether a text asks of another bank or someone else's card ("оплатить ред картой другого банка", "через другой банк", "басқа
 * банктің картасына", "с чужой карты"): what the guide's answers on Kaspi's own ways do not answer. Not a bank the asker says
 * they have none of ("у меня нет карты другого банка").
 */
export function namesAnotherBank(text: string): boolean {
  const words = tokenizeWords(text).map((t) => t.word);
  return words.some(
    (word, i) => OTHER.test(word) && (BANK_OR_CARD.test(words[i + 1] ?? '') || BANK_OR_CARD.test(words[i - 1] ?? '')) && !words.slice(Math.max(0, i - NONE_REACH), i).some((w) => NONE.has(w)),
  );
}

/** Prepositions a place is said after ("в банк", "на банк"): the bank is then where one goes, not who acts. */
const TO_A_PLACE = new Set(['в', 'во', 'на', 'к', 'через']);

/**
 * "Банк" said as the one who acts ("банк засчитает неустойку", "банк отдыхает", "банк выставит сумму"): Kaspi itself, whom every
 * answer speaks for, so no answer need name it. Not a bank one goes to ("в каспи банк") nor another bank ("другой банк"). Typed
 * words, folded.
 */
export function bankAsActor(words: readonly string[]): ReadonlySet<string> {
  const actorAt = (i: number) =>
    words[i] === 'банк' &&
    looksLikeRussianVerb(words[i + 1] ?? '') &&
    !OTHER.test(words[i - 1] ?? '') &&
    !TO_A_PLACE.has(words[i - 1] ?? '') &&
    !(words[i - 1] === 'каспи' && TO_A_PLACE.has(words[i - 2] ?? ''));
  return new Set(words.filter((_, i) => actorAt(i)));
}
