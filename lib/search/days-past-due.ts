import { isNumber } from './number-words';

/** Time passing ("прошло", "прошёл", "прошла", "прошли"; normalised): said of a span, time gone by, not a payment that went through. */
const PASSED = /^(?:прошло|прошел|прошла|прошли)$/;
/** Spans counted in days or weeks ("три дня", "неделя"), normalised. */
const SPAN = /^(?:день|дня|дней|суток|сутки|недел[яиюь]|неделей)$/;
/** The date or the deadline a span passed since ("с даты", "после срока", "со дня оплаты"), normalised. */
const SINCE = /^(?:с|со|после)$/;
const DUE = /^(?:дат[аыу]|срок[ау]?|дня|числа)$/;

/** Whether a span is said at `at`: a word of days or weeks ("дня", "неделя"). */
const saysSpan = (words: readonly string[], at: number) => SPAN.test(words[at] ?? '');

/** Whether the word at `at` is time passing said of a span beside it ("три дня прошло", "прошла неделя"): the asker's story, no payment. */
export function isSpanPassing(words: readonly string[], at: number): boolean {
  if (!PASSED.test(words[at]!)) return false;
  if (saysSpan(words, at - 1)) return true;
  // after it, over a number and "уже" ("прошло уже пять дней": already five days)
  let next = at + 1;
  while (next < at + 4 && (isNumber(words[next] ?? '') || words[next] === 'уже')) next++;
  return saysSpan(words, next);
}

/**
 * Whether the asker tells that days passed since the date to pay ("уже три дня прошло с даты", "прошла неделя после срока"): a late
 * payment, what the guide calls "просрочка".
 */
export function saysDaysPastDue(words: readonly string[]): boolean {
  return words.some((_, at) => isSpanPassing(words, at) && dueDateAfter(words, at) !== null);
}

/** The position of the date a span passed since ("с даты"), within the few words after the passing at `at`. */
function dueDateAfter(words: readonly string[], at: number): number | null {
  for (let k = at + 1; k < Math.min(words.length - 1, at + 5); k++) if (SINCE.test(words[k]!) && DUE.test(words[k + 1]!)) return k + 1;
  return null;
}

/** Whether the word at `at` is the date days passed since ("прошло три дня с даты"): the late payment says it, no date is asked. */
export function isDatePassed(words: readonly string[], at: number): boolean {
  if (!DUE.test(words[at]!)) return false;
  return words.some((_, passing) => passing < at && isSpanPassing(words, passing) && dueDateAfter(words, passing) === at);
}

/** Days past the date to pay are a late payment: read as the guide's word for it. */
export function daysPastDueReadings(words: readonly string[]): string[] {
  return saysDaysPastDue(words) ? ['просрочка'] : [];
}
