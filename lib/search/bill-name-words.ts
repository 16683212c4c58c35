import { namesBill } from './bill-not-yet';
import { saysPaying } from './vocabulary-expansion';

/** What a bill is for, after its preposition ("счёт на оплату", "счёт к оплате", "счёт для оплаты"), normalised. */
const FOR_PAYING = /^(?:оплат[аеуы]|погашени[еяю])$/;
const FOR = /^(?:на|к|для)$/;

/**
 * Whether the word at `at` says what a bill is for ("где в каспи счёт на оплату реда", "счёт к оплате"), that it was issued
 * ("выставленный счёт") or that it is the regular one paid ("внести очередной платёж"): part of the bill's name, as "счёт" alone
 * says it, not a payment or a next bill asked about; searched, it would keep out the answers that name the bill otherwise
 * ("где посмотреть счёт за покупки", "Как оплатить счёт").
 */
export function isPartOfTheBillsName(words: readonly string[], at: number): boolean {
  return (
    (FOR_PAYING.test(words[at]!) && FOR.test(words[at - 1] ?? '') && namesBill(words[at - 2] ?? '')) ||
    isIssuedOfTheBill(words, at) ||
    isRegularOfAPaymentMade(words, at) ||
    isToBePaidOfTheBill(words, at)
  );
}

/** "Который" (which) in its forms, opening a clause on the word before it. */
const WHICH = /^котор(?:ый|ая|ое|ые|ую|ого|ых)$/;
/** "Надо", "нужно", "необходимо" (must be), said before what is to be done. */
const MUST = /^(?:надо|нужно|необходимо)$/;
/** How far back from "который" the bill it points at may be named ("счёт за ред, который…"). */
const BILL_BEFORE_WHICH = 3;

/**
 * Whether the word at `at` is paying in a clause on the bill ("где найти счёт за ред, который надо оплатить": the bill to pay):
 * every bill is to be paid, and the clause says no more than "счёт"; searched, it would favour the answers on paying and on
 * the sum to pay over the one on where the bill is.
 */
function isToBePaidOfTheBill(words: readonly string[], at: number): boolean {
  if (!saysPaying(words[at]!) || !MUST.test(words[at - 1] ?? '') || !WHICH.test(words[at - 2] ?? '')) return false;
  return words.slice(Math.max(0, at - 2 - BILL_BEFORE_WHICH), at - 2).some(namesBill);
}

/** "Очередной" (the regular, the coming one), in any form, said of a payment or the bill after it. */
const REGULAR = /^очередн/;
const PAYMENT_OR_BILL = (word: string) => /^(?:плат[её]ж|взнос)/.test(word) || namesBill(word);

/**
 * Whether the word at `at` is "очередной" said of the payment one is to make ("внести очередной платёж": pay the regular one): the
 * bill, as every payment made is; not the next bill's sum asked ("сумма очередного платежа"), which the vocabulary reads as next.
 */
function isRegularOfAPaymentMade(words: readonly string[], at: number): boolean {
  return REGULAR.test(words[at]!) && PAYMENT_OR_BILL(words[at + 1] ?? '') && saysPaying(words[at - 1] ?? '');
}

/** "Issued", said before the bill ("выставленный счёт", "в выставленном счёте"), normalised. */
const ISSUED = /^выставленн(?:ый|ого|ому|ым|ом)$/;

/**
 * Whether the word at `at` is "issued" said of the bill before it ("не могу найти выставленный счёт"): every bill is issued, and
 * the word says no more than "счёт"; searched, it would favour the answers on when a bill is issued.
 */
function isIssuedOfTheBill(words: readonly string[], at: number): boolean {
  return ISSUED.test(words[at]!) && namesBill(words[at + 1] ?? '');
}
