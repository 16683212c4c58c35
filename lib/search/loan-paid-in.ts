/** A loan, Kazakh or Russian, in any form, folded ("несиеге", "кредит бойынша", "кредитке"). */
const LOAN = /^(?:несие|кредит)/;
/** Money ("ақша"), folded. */
const MONEY = 'акша';
/** Putting in ("салу": салып, салдым, салғаным), folded. */
const PUT = /^сал(?:у|ып|дым|дык|ам|амын|асыз|ганым|ган|сам)?$/;

/** The position of the putting said of money ("ақша салып", "ақша салғаным"), or -1. */
const putAfterMoney = (words: readonly string[]) => words.findIndex((word, at) => PUT.test(word) && (words[at - 1] === MONEY || words[at - 2] === MONEY));

/**
 * Whether the asker puts money into a loan ("несиеге ай сайын ақша салғаным үшін бонус бе", "кредит бойынша ақша салып жүрмін"):
 * paying it. Money put in alone is topping up a card, a deposit or a phone, which no answer tells.
 */
export function saysMoneyPutIntoALoan(words: readonly string[]): boolean {
  return words.some((word) => LOAN.test(word)) && putAfterMoney(words) !== -1;
}

/** Whether the word at `at` is the putting in of money into a loan: the reading of paying says it. */
export function isPuttingIntoALoan(words: readonly string[], at: number): boolean {
  return PUT.test(words[at]!) && putAfterMoney(words) === at && saysMoneyPutIntoALoan(words);
}

/** Money put into a loan is paying it: read as the guide's word. */
export function loanPaidInReadings(words: readonly string[]): string[] {
  return saysMoneyPutIntoALoan(words) ? ['оплатить'] : [];
}
