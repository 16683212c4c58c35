/** Whether a word names the bill, in any of its forms (normalised): "счёт", "счета", "счётом". */
export const namesBill = (word: string) => /^сч[её]т/.test(word);
/**
 * The bill coming out, said of the bill: arrived, issued, formed (not "пришли", "пришла": money, a sum that arrives),
 * and its issuing ("выставления", "формирования").
 */
const BILL_COMES =
  /^(?:пришел|придет|пришлют|выставлен|выставили|выставят|выставляют|сформирован|сформировали|сформируют|сформировался|сформируется|выставления|формирования)$/;
/**
 * "ещё не", "пока не" (not yet), "только через" (only in: "выставят только через неделю"), "до того" (before: "до того как
 * он придёт"), "до выставления" (before its issuing) and "не дожидаясь", "не дождавшись" (without waiting for).
 */
const NOT_YET: readonly (readonly [string, string])[] = [
  ['еще', 'не'], ['пока', 'не'], ['только', 'через'], ['до', 'того'], ['до', 'выставления'], ['до', 'формирования'], ['не', 'дожидаясь'], ['не', 'дождавшись'],
];

/**
 * Whether the words say the bill has not come out yet ("счёт ещё не пришёл", "пока счёт не сформирован", "счёт выставят
 * только через неделю"): a payment made then is made ahead, what the guide calls "заранее".
 */
export function saysBillNotYetOut(words: readonly string[]): boolean {
  if (!words.some(namesBill)) return false;
  return words.some((word, at) => {
    if (!BILL_COMES.test(word)) return false;
    const near = words.slice(Math.max(0, at - 4), at + 3);
    return NOT_YET.some(([first, second]) => near.some((w, i) => w === first && near[i + 1] === second));
  });
}
