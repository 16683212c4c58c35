import { saysEntry, saysPaying } from './vocabulary-expansion';

/** What is owed ("долг", "задолженность", "просрочка", the bill "счёт", one "неоплаченный": unpaid), folded, in any form. */
const OWED = /^(?:долг|задолженност|просрочк|неоплач|сч[её]т$)/;
/** Its staying ("висит", "висят": hangs on; "осталась", "остался": remained), folded. */
const STAYS = /^(?:вис(?:ит|ят)|остал(?:ся|ась|ось|ись))$/;
/** A Russian verb in the past ("оплатила", "внёс", "закинули"). */
const PAST = /(?:л|л[аои]|[её]с)$/;
/** How near the owed thing is said to its staying ("просрочка все равно висит", "висит задолженность"). */
const NEAR = 3;

/** Putting in or sending money, in the forms of the past the vocabulary does not read ("внесла", "внесли", "перевела"). */
const PUT_IN = /^(?:внес(?:ла|ли)|перев[её]л[аи]?)$/;

/** Whether a word says a payment made: paying or putting money in, in the past ("платила", "внесла", "закинул"). */
const saysPaid = (word: string) => PAST.test(word) && (saysPaying(word) || saysEntry(word, 'внести') || PUT_IN.test(word));

/** Where what is owed is said to stay after the asker paid: the two words, owed and staying, or null. */
function debtLeftAt(words: readonly string[]): { owed: number; stays: number } | null {
  for (const [stays, word] of words.entries()) {
    if (!STAYS.test(word)) continue;
    const owed = words.findIndex((other, i) => Math.abs(i - stays) <= NEAR && OWED.test(other));
    if (owed >= 0 && words.slice(0, Math.min(owed, stays)).some(saysPaid)) return { owed, stays };
  }
  return null;
}

/**
 * Whether the word at `at` says that what is owed stays after the asker paid ("платила в терминале, а просрочка все равно висит",
 * "внёс деньги, а задолженность осталась"): the payment did not arrive, what the guide calls "сумма не поступила", read so
 * (debtLeftAfterPayingReadings) instead of the words. Not a debt that hangs on with no payment told ("на ред висит просрочка,
 * какой штраф": being late).
 */
export function isDebtLeftAfterPaying(words: readonly string[], at: number): boolean {
  // the word itself first: the scan of the whole question below runs only for a word that can be owed or staying
  if (!STAYS.test(words[at]!) && !OWED.test(words[at]!)) return false;
  const left = debtLeftAt(words);
  return left !== null && (at === left.owed || at === left.stays);
}

/** A debt left after paying is read as the guide's verb for a payment that did not arrive. */
export function debtLeftAfterPayingReadings(words: readonly string[]): string[] {
  return debtLeftAt(words) !== null ? ['поступить'] : [];
}
