import { digitsOf, THOUSANDS } from './number-words';

/** A sum's unit after its number (normalised, Kazakh folded), besides thousands: tenge, notes ("5000 тенге", "5 купюр"). */
const MONEY_UNIT = /^(?:тенге|тг|купюр[аыу]?)$/;
/** Units after a number that make it a date, a time or a count of days, not a sum ("25 числа", "2 часа", "3 дня", "20-го"). */
const NOT_A_SUM = /^(?:числ|час|минут|сек|дн|ден|недел|месяц|мес|год|лет|го|ое|ого|ай|кун|сагат|апта|жыл)/;

interface Amount {
  value: number;
  /** The multiplier its unit gives (a thousand for "тысяч", one for "тенге"), or null when no unit says it is money. */
  scale: number | null;
}

/**
 * A number typed in digits with no unit that is too big for a date, a time or a count and is no year ("внёс 20000"):
 * a sum in tenge, the only money the guide's answers name.
 */
function looksLikeTenge(word: string, value: number): boolean {
  return /^\d+$/.test(word) && value >= 100 && !(value >= 1900 && value <= 2100);
}

/**
 * Banknotes and sums named as people name them (normalised): "пятёрка" (5,000 tenge), "десятка" (10,000), "пятнашка"
 * (15,000), "двадцатка" (20,000), "полтинник" (50,000 said short), "сотка" (100,000), "косарь" (1,000), in the forms a story
 * says them in ("закинул двадцатку").
 */
const NOTES: readonly (readonly [RegExp, number])[] = [
  [/^косар[ьяюем]$/, 1000],
  [/^пят[её]рк[аиуео]й?$/, 5000],
  [/^десятк[аиуео]й?$/, 10000],
  [/^пятнашк[аиуео]й?$/, 15000],
  [/^двадцатк[аиуео]й?$/, 20000],
  [/^полтинник(?:а|у|ом)?$/, 50000],
  [/^сотк[аиуео]й?$/, 100000],
];

/** Thousands written onto the number, as people type them in chats ("50к", "50k", "50тыс"). */
const THOUSANDS_JOINED = /^(\d{1,6})(?:к|k|тыс)$/;

function amountAt(words: readonly string[], at: number): Amount | null {
  const word = words[at]!;
  const note = NOTES.find(([form]) => form.test(word));
  if (note) return { value: note[1], scale: 1 };
  const joined = THOUSANDS_JOINED.exec(word);
  if (joined) return { value: Number(joined[1]), scale: 1000 };
  const digits = /^\d{1,9}$/.test(word) ? word : digitsOf(word);
  if (digits === null) return null;
  const unit = words[at + 1] ?? '';
  if (NOT_A_SUM.test(unit)) return null;
  const value = Number(digits);
  return { value, scale: THOUSANDS.test(unit) ? 1000 : MONEY_UNIT.test(unit) || looksLikeTenge(word, value) ? 1 : null };
}

/**
 * "Although" before the second sum: it is what was paid, said after what arrived ("показал 12 тысяч, хотя я закинула
 * 15"), so the order of the two is turned round.
 */
const ALTHOUGH = /^(?:хотя|хоть|ведь|притом)$/;

/**
 * Whether the story names a sum of money and then a smaller one ("положил 20 тысяч, а пришло 15"; "вносил пять
 * тысяч, а засчитали три"): what arrived, or was counted, is part of what was paid, as the guide's "поступила не
 * полностью" says. A number after the first with no unit of its own is in the first one's unit. Dates, times and
 * counts of days are no sums, nor is a bare number before any sum. After "хотя" the larger sum comes second.
 */
export function namesASmallerSumAfterAnother(typed: readonly string[]): boolean {
  const words = withDigitGroupsJoined(typed);
  let first: { value: number; scale: number } | null = null;
  let although = false;
  for (let at = 0; at < words.length; at++) {
    if (first && ALTHOUGH.test(words[at]!)) although = true;
    const amount = amountAt(words, at);
    if (!amount) continue;
    if (!first) {
      if (amount.scale !== null) first = { value: amount.value * amount.scale, scale: amount.scale };
      continue;
    }
    const second = amount.value * (amount.scale ?? first.scale);
    if (although ? second > first.value : second < first.value) return true;
  }
  return false;
}

/** A number typed with its thousands apart ("500 000", "1 500 000") as one word: its groups are no two sums. */
function withDigitGroupsJoined(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const previous = out.at(-1);
    if (previous !== undefined && /^\d{3}$/.test(word) && /^\d{1,8}$/.test(previous)) out[out.length - 1] = previous + word;
    else out.push(word);
  }
  return out;
}

/** The asker buying, in the past (normalised): "купил", "накупила", "набрал" (gathered, of goods). */
export const BOUGHT_FORMS: ReadonlySet<string> = new Set(['купил', 'купила', 'купили', 'покупал', 'покупала', 'покупали', 'накупил', 'накупила', 'накупили', 'набрал', 'набрала', 'набрали']);
/** Buying, said before what it came to ("купил на 50 тысяч", "набрала покупок на 30к", "потратил", "покупки на"), normalised. */
const saysBought = (word: string) => BOUGHT_FORMS.has(word) || /^(?:потратил|потратила|покупки|покупок)$/.test(word);
/** Paying, or the bill, said before what it comes to ("по реду платить 58", "счёт пришёл на 60", "к оплате 70"). */
const BILLED = /^(?:платить|оплатить|заплатить|оплате|оплата|счет|выставили|выставил|пришло|требуют|просят)$/;

/** Whether a word of `kind` stands within `span` words (three unless told) before `at`. */
const saidBefore = (words: readonly string[], at: number, kind: (word: string) => boolean, span = 3) => words.slice(Math.max(0, at - span), at).some(kind);

/**
 * Whether the words name what the asker bought, then a larger sum to pay ("купил на 50 тысяч, а по реду платить 58, почему", "купил
 * за сто тысяч, а платить получается больше"): the bill above what the asker worked out, what the guide calls "больше, чем по моим расчётам". The second sum in the first's unit when
 * it names none.
 */
export function namesBillAbovePurchases(typed: readonly string[]): boolean {
  const words = withDigitGroupsJoined(typed);
  let bought: number | null = null;
  let boughtAt = -1;
  let scale = 1;
  for (let at = 0; at < words.length; at++) {
    const amount = amountAt(words, at);
    if (!amount) continue;
    if (bought === null) {
      // what it was bought with may stand between ("купил в ред за сто тысяч")
      if (amount.scale !== null && saidBefore(words, at, saysBought, 4)) {
        bought = amount.value * amount.scale;
        boughtAt = at;
        scale = amount.scale;
      }
      continue;
    }
    if (saidBefore(words, at, (word) => BILLED.test(word)) && amount.value * (amount.scale ?? scale) > bought) return true;
  }
  return bought !== null && paysMoreAfter(words, boughtAt);
}

/** Paying, or the bill, after `from`, then "больше" within three words ("а платить получается больше"): a larger sum told, not counted. */
const paysMoreAfter = (words: readonly string[], from: number) =>
  words.some((word, at) => at > from && BILLED.test(word) && words.slice(at + 1, at + 4).some((later) => LARGER.test(later)));

/** What a thing cost, as the asker tells it ("стоил", "стоила", "стоили"), normalised: the past, a purchase made. */
const COST = /^стоил[аио]?$/;
/** The price said as what the thing cost ("стоила одну цену", "стоил такую сумму"), normalised. */
const COST_SAID = /^(?:цену|сумму|одну|такую|столько)$/;
/** The price or cost, in the genitive a comparison takes ("больше стоимости", "дороже цены", "относительно цены"), normalised. */
const PRICE = /^(?:стоимости|цены|ценника)$/;
/** A larger sum, as a comparative ("больше", "дороже"). */
const LARGER = /^(?:больше|дороже)$/;
/** The price in the instrumental a match takes ("не сходится с ценой", "не совпадает со стоимостью"), normalised. */
const PRICE_MATCHED = /^(?:ценой|стоимостью|ценником)$/;
/** Adding up or matching ("сходится", "совпадает"), in any form. */
const MATCHES = /^(?:сходит|сходят|совпада)/;

/**
 * Whether the words compare the sum to pay with what the purchase cost: "больше стоимости покупки", "дороже цены", or the cost
 * told, then paying more ("вещь стоила одну цену, а по реду платить больше"): the bill above what the asker worked out.
 */
export function namesPaymentAbovePrice(words: readonly string[]): boolean {
  return words.some((_, at) => isPriceComparedWithBill(words, at));
}

/** Whether the word at `at` is the cost told, then paying more ("стоила одну цену, а по реду платить больше"). */
const costToldBeforePayingMore = (words: readonly string[], at: number) =>
  COST.test(words[at]!) && words.slice(at + 1).some((later, k) => LARGER.test(later) && words.slice(at + 1, at + k + 4).some((w) => BILLED.test(w)));

/**
 * Whether the word at `at` tells what the purchase cost, when the question compares it with the sum to pay ("стоила одну цену",
 * "больше стоимости", "не сходится с ценой"): read as the guide's "по моим расчётам", the words themselves name nothing the answers hold.
 */
export function isPriceComparedWithBill(words: readonly string[], at: number): boolean {
  const word = words[at]!;
  if (PRICE.test(word)) return LARGER.test(words[at - 1] ?? '') || words[at - 1] === 'относительно';
  // "не сходится с ценой": the sum to pay not matching what the purchase cost
  if (PRICE_MATCHED.test(word)) return /^со?$/.test(words[at - 1] ?? '') && words.slice(Math.max(0, at - 3), at - 1).some((w) => MATCHES.test(w));
  if (costToldBeforePayingMore(words, at)) return true;
  return COST_SAID.test(word) && [1, 2].some((back) => costToldBeforePayingMore(words, at - back));
}

/** A percent, said after its number ("10 пайыз", "5 процентов", "5%"). */
const PERCENT = /^(?:пайыз|процент|процента|процентов|%)$/;

/**
 * The words of the sums and percents a question tells ("внёс 5 тысяч", "20000", "10 пайыз деді"): its numbers and their units. Not a
 * count or an age ("две карты", "15 лет"), nor a date or a time, which say what the question is about.
 */
export function toldSumWords(typed: readonly string[]): ReadonlySet<string> {
  const words = withDigitGroupsJoined(typed);
  const told = new Set<string>();
  words.forEach((word, at) => {
    const amount = amountAt(words, at);
    const percent = amount !== null && PERCENT.test(words[at + 1] ?? '');
    if (!amount || (amount.scale === null && !percent)) return;
    told.add(word);
    if (amount.scale !== 1 || percent) told.add(words[at + 1]!);
  });
  return told;
}
