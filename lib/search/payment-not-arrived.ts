import { namesBill } from './bill-not-yet';

/**
 * "Пришёл" (came), normalised, also as typed with "о" ("пришол"): the masculine the vocabulary leaves out, as the bill "comes" too;
 * and a bill or a payment that got paid ("ред не оплатился", "оплата не оплатилась"; "не прошёл", went through, the vocabulary holds).
 */
const CAME = /^(?:приш[ео]л|оплатил(?:ся|ась|ось))$/;

/** Where money goes ("на счёт", "в счёт"): a bill word after them names the account, not the bill that comes. */
const INTO = new Set(['на', 'в']);

/**
 * Whether the bill is what came, named before it or just after it, not as where money goes ("счёт ещё не пришёл", "не пришёл
 * ещё счёт"; not "на счёт не пришёл").
 */
const saysBillAround = (words: readonly string[], at: number) =>
  words.some((word, i) => i !== at && i >= at - 6 && i <= at + 3 && namesBill(word) && !INTO.has(words[i - 1] ?? ''));

/**
 * Whether the word at `at` is a payment said not to have come ("платёж не пришёл", "на счёт так и не пришол", "ред не оплатился"): what the guide calls
 * "сумма не поступила". Not the bill not come ("счёт ещё не пришёл": paying ahead, bill-not-yet.ts).
 */
export function isPaymentNotArrived(words: readonly string[], at: number): boolean {
  return CAME.test(words[at]!) && words[at - 1] === 'не' && !saysBillAround(words, at);
}

/** A payment not come is read as the guide's verb for it. */
export function paymentNotArrivedReadings(words: readonly string[]): string[] {
  return words.some((_, at) => isPaymentNotArrived(words, at)) ? ['поступить'] : [];
}
