import { namesBill } from './bill-not-yet';

/** What a bill is for, after its preposition ("счёт на оплату", "счёт к оплате", "счёт для оплаты"), normalised. */
const FOR_PAYING = /^(?:оплат[аеуы]|погашени[еяю])$/;
const FOR = /^(?:на|к|для)$/;

/**
 * Whether the word at `at` says what a bill is for ("где в каспи счёт на оплату реда", "счёт к оплате"): part of the bill's
 * name, as "счёт" alone says it, not a payment asked about; searched, it would keep out the answers that name the bill
 * without paying it ("где посмотреть счёт за покупки").
 */
export function isPayingOfTheBill(words: readonly string[], at: number): boolean {
  return FOR_PAYING.test(words[at]!) && FOR.test(words[at - 1] ?? '') && namesBill(words[at - 2] ?? '');
}
