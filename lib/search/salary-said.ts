/** The asker's pay ("зарплата", "зарплату", "зп", "получка", "стипендия"), normalised. */
const PAY = /^(?:зарплат[аеуы]|зп|получк[аеуи]|стипенди[яюи])$/;
/** Its coming ("пришла", "пришёл", "поступила", "дали", "упала", "капнула"), normalised. */
const CAME = /^(?:пришла|пришел|пришло|поступила|дали|упала|капнула|перечислили)$/;

/**
 * The position of the coming said of the asker's pay, before or after it ("зарплата пришла", "зарплату дали"), or -1 for the word
 * at `at` that is no pay.
 */
function comingOfPay(words: readonly string[], at: number): number {
  if (!PAY.test(words[at]!)) return -1;
  if (CAME.test(words[at + 1] ?? '')) return at + 1;
  return CAME.test(words[at - 1] ?? '') ? at - 1 : -1;
}

/**
 * Whether the word at `at` is the asker's pay said to have come, or its coming ("зарплата пришла, хочу погасить ред"): when the
 * asker has the money, the story; the coming would read as a payment that arrived, the answers on sums not arrived.
 */
export function isPayCome(words: readonly string[], at: number): boolean {
  return comingOfPay(words, at) !== -1 || [at - 1, at + 1].some((pay) => pay >= 0 && pay < words.length && comingOfPay(words, pay) === at);
}
