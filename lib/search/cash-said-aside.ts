import { namesCash } from './number-words';
import { namesMachine } from './vocabulary-expansion';

/** Taking cash out ("снять наличные", "снимаю налик", "снятие"), normalised: the cash is then what is asked about. */
const TAKING_OUT = /^(?:сня|сним|снят|обнал)/;

/**
 * Whether the word at `at` is cash said of paying at a machine that takes it ("можно ли оплатить ред в банкомате наличными"): the
 * machine says it, as every answer on paying there does, in other words ("купюры"); searched, it would favour the answer that
 * tells how to put them in over the one that answers whether one may. Not cash taken out there ("снять наличные в банкомате"),
 * nor cash the asker came with ("пришла с наличкой к банкомату": the story, whose verbs would read as money arriving).
 */
export function isCashAtAMachine(words: readonly string[], at: number): boolean {
  if (!namesCash(words[at]!) || words[at - 1] === 'с' || words[at - 1] === 'со') return false;
  return words.some(namesMachine) && !words.some((word) => TAKING_OUT.test(word));
}

/** A loan, in any form ("кредит", "кредита", "кредитом"). */
const LOAN = /^кредит[а-я]*$/;

/**
 * Whether the word at `at` is cash naming a kind of loan ("кредит наличными": a cash loan, as the bank calls it): the loan says what
 * the answers need, and no answer on a loan's date speaks of cash.
 */
export function isCashOfALoan(words: readonly string[], at: number): boolean {
  return namesCash(words[at]!) && LOAN.test(words[at - 1] ?? '');
}
