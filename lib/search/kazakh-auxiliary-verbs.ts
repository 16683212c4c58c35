import { stemKazakh } from './stem-kazakh';

/**
 * Kazakh builds many verbs from a main verb's converb and an auxiliary that
 * adds only aspect: "жоғалып кетті" (got lost, lit. "losing went"), "көрінбей
 * тұр" (is not showing, lit. "not showing stands"). After a converb these
 * auxiliaries say nothing about the topic, and in a guide of thousands an
 * answer that lacks "кетті" must not count as missing part of the question.
 * "бер" and "ал" are left out: alone they are the guide's topic verbs (a bonus
 * is given, got), and a query may well mean them.
 */
const AUXILIARY_STEMS: ReadonlySet<string> = new Set(['кет', 'кал', 'тур', 'отыр', 'жур', 'жатыр', 'кой', 'сал', 'жибер', 'шык']);

/** Converb endings in folded spelling: "-ып/-іп/-п" (doing), "-май/-бей/-пей…" (not doing). */
const CONVERB = /(?:п|[мбп][аеы]й)$/;
/** Shortest word taken as a converb: shorter ones ("кеп", "тап") are more likely words of their own. */
const MIN_CONVERB_CHARS = 4;

/** Whether the word at `i` is an aspect auxiliary after a converb (folded words, in query order). */
export function isAuxiliaryAfterConverb(words: readonly string[], i: number): boolean {
  const before = words[i - 1];
  if (!before || before.length < MIN_CONVERB_CHARS || !CONVERB.test(before)) return false;
  return AUXILIARY_STEMS.has(stemKazakh(words[i]!));
}
