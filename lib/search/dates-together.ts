import { namesLoan } from './product-names';

/** A payment's date said (folded, any form): "дата", "день", "дни", "число", "срок". */
const DATE = /^(?:дат[аыуе]|ден[ья]|дн[иея]|числ[оа]|срок[иа]?)$/;
/** Bringing dates together ("объединить", "совместить", "свести", "синхронизировать"), or their coinciding ("совпадали"), any form. */
const BRINGING_TOGETHER = /^(?:объедин|совмест|совмещ|свест|свод|синхрониз|совпад|соедин)/;
/** Moving dates ("перенести", "сдвинуть", "поменять"), any form: onto one date, it brings them together. */
const MOVING = /^(?:перенес|перенос|сдвин|передвин|помен|измен)/;
/** One date for all ("одну дату", "один день", "одно число", "в один день"). */
const ONE = /^(?:один|одну|одна|одно|одним|одной)$/;

/**
 * Paying several things on one date: dates brought together ("объединить даты платежей", "как совместить даты оплаты") or made
 * one ("даты разные, можно сделать одну", "платить в один день"). The guide answers it where a loan's date becomes the bill's
 * (its title names the loan), so the question is read as naming a loan.
 */
export function datesTogetherReadings(words: readonly string[]): string[] {
  return words.some((_, at) => isDatesTogether(words, at)) ? ['кредит'] : [];
}

/**
 * Whether the word at `at` brings dates together or makes them one, with a date said and no loan named ("с кредитом даты совпадут?"
 * names it, and the coinciding is what it asks): read as the loan, not searched.
 */
export function isDatesTogether(words: readonly string[], at: number): boolean {
  const word = words[at]!;
  // the word itself first: the scans of the whole question below run only for a word that can bring dates together
  const moves = MOVING.test(word);
  const bringsTogether = BRINGING_TOGETHER.test(word);
  if (!bringsTogether && !moves && !ONE.test(word)) return false;
  // a question that names a loan already says what the guide's answer names
  if (words.some(namesLoan) || !words.some((other) => DATE.test(other))) return false;
  // moving them onto one date ("перенести все оплаты на одну дату"): the one date said, next to a date word
  if (moves) return words.some((other, i) => ONE.test(other) && (DATE.test(words[i - 1] ?? '') || DATE.test(words[i + 1] ?? '')));
  // "одну" standing for the date ("даты разные, можно сделать одну") ends the question
  return bringsTogether || DATE.test(words[at - 1] ?? '') || DATE.test(words[at + 1] ?? '') || at === words.length - 1;
}
