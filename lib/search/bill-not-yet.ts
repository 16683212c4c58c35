import { saysPaying } from './vocabulary-expansion';

/** Whether a word names the bill, in any of its forms (normalised): "счёт", "счета", "счётом". */
export const namesBill = (word: string) => /^сч[её]т/.test(word);
/** The bill's statement ("выписка", as many call the monthly bill), in any form (normalised). */
const namesStatement = (word: string) => /^выписк/.test(word);
const namesBillOrStatement = (word: string) => namesBill(word) || namesStatement(word);
/**
 * What may stand inside "пока … не" (normalised): the bill itself, whose it is ("пока счёт по реду не сформирован"), what it is
 * for ("пока счёт на оплату не выставлен", "счёт к оплате") and "даже" ("пока счёт даже не сформирован": not even).
 */
const SAID_OF_THE_BILL = /^(?:по|на|к|оплату|оплате|ред[а-я]*|red|kaspi|каспи|даже)$/;
/**
 * The bill coming out, said of the bill: arrived, issued, formed (a statement "сформирована"; not "пришли", "пришла": money, a sum that arrives),
 * and its issuing ("выставления", "формирования").
 */
const BILL_COMES =
  /^(?:пришел|придет|пришлют|выставлен|выставлена|выставили|выставят|выставляют|сформирован|сформирована|сформировали|сформируют|сформировался|сформировалась|сформируется|выставления|формирования)$/;
/**
 * "ещё не", "пока не" (not yet), "только через" (only in: "выставят только через неделю"), "до того" (before: "до того как
 * он придёт"), "до выставления" (before its issuing) and "не дожидаясь", "не дождавшись" (without waiting for).
 */
const NOT_YET: readonly (readonly [string, string])[] = [
  ['еще', 'не'], ['пока', 'не'], ['только', 'через'], ['до', 'того'], ['до', 'выставления'], ['до', 'формирования'], ['не', 'дожидаясь'], ['не', 'дождавшись'],
];

/**
 * "Уже" (already), said with paying while the bill has not come ("счёт не пришёл, а заплатить уже можно?"): the bill not come
 * is then not yet come, as "ещё не" says it. Not without paying ("счёт не пришёл, уже пятое число": a bill missing).
 */
const ALREADY = 'уже';
const paysAlready = (words: readonly string[]) => words.includes(ALREADY) && words.some(saysPaying);

/** Whether `first` at `i` is followed by `second`, with only the bill and whose it is between them ("пока счёт не"). */
const saysPairAt = (near: readonly string[], i: number, [first, second]: readonly [string, string]) => {
  if (near[i] !== first) return false;
  let next = i + 1;
  while (next < near.length && near[next] !== second && (namesBillOrStatement(near[next]!) || SAID_OF_THE_BILL.test(near[next]!))) next++;
  return near[next] === second;
};

/**
 * Whether the words say the bill has not come out yet ("счёт ещё не пришёл", "счёта ещё нет", "пока счёт не сформирован", "пока выписка не
 * сформирована", "счёт выставят только через неделю", "счёт не пришёл, а заплатить уже можно"): a payment made then is made ahead, what the guide calls "заранее".
 */
export function saysBillNotYetOut(words: readonly string[]): boolean {
  if (!words.some(namesBillOrStatement)) return false;
  if (saysNoBillYet(words)) return true;
  return words.some((word, at) => {
    if (!BILL_COMES.test(word)) return false;
    const near = words.slice(Math.max(0, at - 6), at + 3);
    const notYet: readonly (readonly [string, string])[] = paysAlready(words) ? [...NOT_YET, ['не', word]] : NOT_YET;
    return notYet.some((pair) => near.some((_, i) => saysPairAt(near, i, pair)));
  });
}

/** "Ещё", "пока" (yet), said with "нет" (there is none). */
const YET = /^(?:еще|пока)$/;

/**
 * Whether the words say there is no bill yet ("счёта ещё нет", "счёта по реду пока нет", "пока нет счёта", "нет ещё выписки"): not
 * out yet.
 */
function saysNoBillYet(words: readonly string[]): boolean {
  return words.some((word, i) => {
    if (namesBillOrStatement(word)) {
      let next = i + 1;
      while (next < words.length && SAID_OF_THE_BILL.test(words[next]!)) next++;
      return YET.test(words[next] ?? '') && words[next + 1] === 'нет';
    }
    const none = (word === 'нет' && YET.test(words[i + 1] ?? '')) || (YET.test(word) && words[i + 1] === 'нет');
    return none && namesBillOrStatement(words[i + 2] ?? '');
  });
}

/** The bill's date or day, said before it ("до даты счёта", "до дня выписки"). */
const BILL_DATE = /^(?:даты|дня|числа)$/;

/**
 * Whether the words say paying "до счёта" (before the bill: "можно ли погасить ред до счёта", "оплатить до выписки", "до даты счёта
 * ещё 10 дней, а я хочу рассчитаться"): paying ahead,
 * as a bill not out yet says it. Not without paying ("до счёта ещё неделя": a wait told).
 */
export function saysPayingBeforeTheBill(words: readonly string[]): boolean {
  const billAt = (i: number) => namesBillOrStatement(words[i] ?? '') || (BILL_DATE.test(words[i] ?? '') && namesBillOrStatement(words[i + 1] ?? ''));
  return words.some(saysPaying) && words.some((word, i) => word === 'до' && billAt(i + 1));
}

/** Waiting, asked of as a need ("надо ли ждать счёт", "обязательно дожидаться выписки"): the infinitives only, not "жду" (a bill told missing). */
const WAIT = /^(?:ждать|дождаться|дожидаться|ожидать|подождать)$/;

/**
 * Whether the words ask about waiting for the bill to pay ("выставления счёта ждать обязательно или можно гасить сразу", "нужно ли
 * ждать счёт, чтобы оплатить ред"): paying before it is paying ahead. The bill, or its coming out, within three words of the wait.
 */
export function saysWaitingForTheBill(words: readonly string[]): boolean {
  return words.some(saysPaying) && words.some((word, at) => WAIT.test(word) && words.slice(Math.max(0, at - 3), at + 4).some((near) => namesBillOrStatement(near) || BILL_COMES.test(near)));
}

/**
 * Whether the word at `at` is the statement or the coming out said of a bill not out yet ("пока выписка не сформирована", "счёт
 * ещё не пришёл"), or the wait for it ("ждать выставления счёта"): the reading of paying ahead says them ("заранее"), and the answer
 * on paying ahead speaks of neither a statement of purchases, anything that arrives, nor waiting.
 */
export function isSaidOfBillNotYetOut(words: readonly string[], at: number): boolean {
  if (WAIT.test(words[at]!)) return saysWaitingForTheBill(words);
  return (namesStatement(words[at]!) || BILL_COMES.test(words[at]!)) && (saysBillNotYetOut(words) || saysWaitingForTheBill(words));
}
