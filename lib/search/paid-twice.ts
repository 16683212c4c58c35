/** "Twice" (normalised). */
const TWICE = 'дважды';
/** "Два раза", "2 раза" (two times), "две суммы" (two sums, one meant). */
const TWO = /^(?:два|две|2)$/;
const TIMES = /^(?:раза|суммы)$/;
/** A payment said to be double ("двойная оплата", "двойной платёж"). */
const DOUBLE = /^двойн(?:ая|ой|ую|ое|ый|ые|ых)$/;
const PAYMENT = /^(?:оплат|плат[её]ж)[а-я]*$/;
/**
 * The asker paying, in the past ("оплатила", "заплатил", "погасил", "внесла", "перевёл", "закинул", "отправила"): the asker paid
 * twice, no bank charged twice.
 */
const ASKER_PAID = /^(?:о|за|у)?платил[аи]?$|^погасил[аи]?$|^(?:внес|внесла|внесли|перевел|перевела|перевели|закинул|закинула|закинули|отправил|отправила|отправили)$/;
/** Whether a word says the asker paid (normalised): "оплатила", "внёс", "перевёл", "закинул". */
export const saysAskerPaid = (word: string) => ASKER_PAID.test(word);

/** "Второй" (the second) before a payment ("вторую оплату вернут?"): the payment made twice, once it is said to be. */
const SECOND = /^втор(?:ой|ая|ую|ого|ому|ым|ом)$/;

/** The positions of the words that say "twice" ("дважды", "два раза", "две суммы", "двойная" before a payment). */
function twiceAt(words: readonly string[]): number[] {
  return words.flatMap((word, at) => {
    if (word === TWICE) return [at];
    if (TWO.test(word) && TIMES.test(words[at + 1] ?? '')) return [at, at + 1];
    if (DOUBLE.test(word) && PAYMENT.test(words[at + 1] ?? '')) return [at];
    return [];
  });
}

/**
 * Whether the asker says they paid twice ("случайно два раза оплатила ред", "заплатил ред дважды", "двойная оплата реда"): paying
 * more than the bill, what the guide's answer on overpaying tells ("внёс … больше"). Not a charge the asker tells of ("деньги
 * списали дважды"): that is the bank's doing, no answer's topic.
 */
export function saysPaidTwice(words: readonly string[]): boolean {
  const twice = twiceAt(words);
  if (twice.length === 0) return false;
  return words.some(saysAskerPaid) || twice.some((at) => DOUBLE.test(words[at]!));
}

/** Whether the word at `at` says "twice", or "the second" payment, of a payment the asker made twice: the reading of overpaying says it. */
export function isTwiceOfPaying(words: readonly string[], at: number): boolean {
  const word = words[at]!;
  // Run for every word of every keystroke: only a word that can say it scans the question.
  if (word !== TWICE && !TWO.test(word) && !TIMES.test(word) && !DOUBLE.test(word) && !SECOND.test(word)) return false;
  const secondPayment = SECOND.test(word) && PAYMENT.test(words[at + 1] ?? '');
  return (secondPayment || twiceAt(words).includes(at)) && saysPaidTwice(words);
}

/** Paying twice is paying too much: read as the guide's word for it. */
export function paidTwiceReadings(words: readonly string[]): string[] {
  return saysPaidTwice(words) ? ['переплатить'] : [];
}
