/** "Remained" ("остался", "осталась", "осталось", "остались"), normalised. */
const REMAINED = /^остал(?:ся|ась|ось|ись)$/;
/** A state said after it: an adjective or a participle, long or short ("неоплаченный", "неоплаченным", "не оплачен", "закрытой"). */
const STATE = /(?:ный|ная|ное|ные|ным|ной|ными|ных|ен|ена|ено|ены|тый|тая|тое|тые|тым|той)$/;

/**
 * Whether the word at `at` is "remained" said of a state ("ред остался неоплаченный": Red remained unpaid; "счёт остался не
 * оплачен"): it only links the thing to the state, which is the topic. Not "на ред остались деньги" (money remained on
 * it): there what remains is the topic, and the guide's "остаток" says it.
 */
export function isRemainedInAState(words: readonly string[], at: number): boolean {
  if (!REMAINED.test(words[at]!)) return false;
  const next = words[at + 1] === 'не' ? words[at + 2] : words[at + 1];
  return next !== undefined && STATE.test(next);
}
