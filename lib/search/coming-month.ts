import { MONTH_NAME } from './stop-words';

/** What will be, said of a month ("будет", "придётся", "выставят", "спишут"), normalised. */
const WILL_BE = /^(?:будет|будут|придется|придет|выставят|спишут|начислят)$/;
/** The sum asked ("сколько", "какую сумму", "какой взнос", "платеж"), normalised. */
const SUM_ASKED = /^(?:сколько|скока|сумм[аыу]|взнос|плат[её]ж)$/;

/**
 * Whether the question asks the sum to pay in a month named as coming ("сколько по реду будет в декабре", "какой взнос будет в
 * январе", "какую сумму выставят на декабрь"): the next bill's sum, what the guide calls "следующий ежемесячный счёт". The month
 * alone is the story ("в мае переплатила"), a stop word.
 */
export function asksSumOfAComingMonth(words: readonly string[]): boolean {
  const month = words.findIndex((word) => MONTH_NAME.test(word));
  if (month < 0 || !words.some((word) => SUM_ASKED.test(word))) return false;
  return words[month - 1] === 'на' || words.some((word) => WILL_BE.test(word));
}

/** A coming month's sum asked is the next bill's sum: read as the guide's words for it. */
export function comingMonthReadings(words: readonly string[]): string[] {
  return asksSumOfAComingMonth(words) ? ['следующий', 'сумма'] : [];
}
