import { namesBill } from './bill-not-yet';
import { saysAskerPaid } from './paid-twice';

/** What was due, as said after "больше, чем" ("чем надо", "чем нужно", "чем просили", "чем требовалось"), normalised. */
const DUE = /^(?:надо|нужно|нужен|нужна|требовалось|требуется|просили|просят|следовало|положено|необходимо|было|должна|должен|должно)$/;

/**
 * Whether the asker says they paid more than was due ("перевёл больше, чем надо", "закинула на ред больше чем просили", "внесла
 * больше, чем в счёте"): paying too much, what the guide's answer on overpaying tells, not a bill above the asker's reckoning.
 */
export function saysPaidMoreThanDue(words: readonly string[]): boolean {
  return words.some((_, at) => isPayingMoreThanDue(words, at));
}

/**
 * Whether the word at `at` is the asker's paying, said with more than was due ("перевёл больше, чем надо"): the reading of
 * overpaying says it, whichever verb was typed ("перевёл" is also a transfer, no answer's topic here).
 */
export function isPayingMoreThanDue(words: readonly string[], at: number): boolean {
  if (!saysAskerPaid(words[at]!)) return false;
  const more = words.findIndex((next, i) => i > at && i <= at + 4 && next === 'больше');
  if (more < 0 || words[more + 1] !== 'чем') return false;
  return words.slice(more + 2, more + 4).some((due) => DUE.test(due) || namesBill(due));
}

/** Paying more than was due is paying too much: read as the guide's word for it. */
export function paidMoreThanDueReadings(words: readonly string[]): string[] {
  return saysPaidMoreThanDue(words) ? ['переплатить'] : [];
}
