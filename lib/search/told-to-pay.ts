/** Someone telling the asker to do something ("пишут", "просят", "требуют", "напоминают"), normalised: the bank or the app. */
const TELLS = /^(?:пишут|пишет|просят|просит|требуют|требует|напоминают|напоминает)$/;
/** Paying, as what the asker is told to do ("оплатить", "заплатить", "погасить", "внести"), normalised. */
const TO_PAY = /^(?:оплатить|заплатить|погасить|внести|платить)$/;

/**
 * Whether the word at `at` is the asker being told to pay, or its telling ("мне пишут оплатить ред, а счёт не нахожу"): the bill
 * that came, the story of the question; the paying would read as the question asked, on how or when to pay.
 */
export function isToldToPay(words: readonly string[], at: number): boolean {
  const word = words[at]!;
  if (TELLS.test(word)) return TO_PAY.test(words[at + 1] ?? '');
  return TO_PAY.test(word) && TELLS.test(words[at - 1] ?? '');
}
