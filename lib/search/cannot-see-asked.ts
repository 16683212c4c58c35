/** Seeing or finding, said after "не" ("не вижу", "не видно", "не нахожу", "не найду"), normalised. */
const SEEING = /^(?:вижу|видно|нахожу|найду)$/;
/** A word that asks what is not seen: how much, where, which, when ("сколько", "где", "какой", "когда"), as typed or said. */
const ASKING = /^(?:сколько|скока|скок|где|куда|какой|какая|какое|какие|какую|когда)$/;

/**
 * Whether the word at `at` is the seeing of "не вижу" said with what the asker cannot see asked ("сколько там набежало не вижу",
 * "не вижу, где счёт"): finding it out is the question, as "где посмотреть" is, not something missing, which "не вижу бонусы" tells.
 */
export function isCannotSeeAsked(words: readonly string[], at: number): boolean {
  return SEEING.test(words[at] ?? '') && words[at - 1] === 'не' && words.some((word) => ASKING.test(word));
}

/**
 * Not seeing what is asked is finding it out: read as "посмотреть" (look) when where is asked ("не вижу счёт, где он"), as
 * "узнать" (find out) otherwise ("не вижу, сколько платить"), as the answers' titles say them.
 */
export function cannotSeeAskedReadings(words: readonly string[]): string[] {
  if (!words.some((_, at) => isCannotSeeAsked(words, at))) return [];
  return [words.some((word) => word === 'где' || word === 'куда') ? 'посмотреть' : 'узнать'];
}
