/** Giving money ("отдать", "отдам", "отдала"), folded: a stop word ("сколько придётся отдать" asks how much). */
const GIVE = /^(?:отдать|отдам|отдал|отдала|отдали|отдаю|отдавать|отдаем)$/;

/**
 * Money given for something ("хочу отдать за ред наличкой", "отдала за покупки"): paying for it, what the guide says as
 * "оплатить". The verb is a stop word (how much one gives is asked as "сколько" is), so the pair is read as that word.
 */
export function givenForReadings(words: readonly string[]): string[] {
  return words.some((word, i) => GIVE.test(word) && words[i + 1] === 'за') ? ['оплатить'] : [];
}
