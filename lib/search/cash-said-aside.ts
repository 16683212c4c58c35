/** Cash as the means of paying ("наличными", "наличку", "налик", "налом"), normalised; not banknotes counted ("купюру"). */
const CASH = /^(?:наличн|наличк|налик)|^нал(?:ом)?$/;
/** A machine that takes cash: Kaspi's ATMs and terminals, in any form. */
const CASH_MACHINE = /^(?:банкомат|терминал)/;
/** Taking cash out ("снять наличные", "снимаю налик", "снятие"), normalised: the cash is then what is asked about. */
const TAKING_OUT = /^(?:сня|сним|снят|обнал)/;

/**
 * Whether the word at `at` is cash said of paying at a machine that takes it ("можно ли оплатить ред в банкомате наличными"): the
 * machine says it, as every answer on paying there does, in other words ("купюры"); searched, it would favour the answer that
 * tells how to put them in over the one that answers whether one may. Not cash taken out there ("снять наличные в банкомате"),
 * nor cash the asker came with ("пришла с наличкой к банкомату": the story, whose verbs would read as money arriving).
 */
export function isCashAtAMachine(words: readonly string[], at: number): boolean {
  if (!CASH.test(words[at]!) || words[at - 1] === 'с' || words[at - 1] === 'со') return false;
  return words.some((word) => CASH_MACHINE.test(word)) && !words.some((word) => TAKING_OUT.test(word));
}

/** A loan, in any form ("кредит", "кредита", "кредитом"). */
const LOAN = /^кредит[а-я]*$/;

/**
 * Whether the word at `at` is cash naming a kind of loan ("кредит наличными": a cash loan, as the bank calls it): the loan says what
 * the answers need, and no answer on a loan's date speaks of cash.
 */
export function isCashOfALoan(words: readonly string[], at: number): boolean {
  return CASH.test(words[at]!) && LOAN.test(words[at - 1] ?? '');
}
