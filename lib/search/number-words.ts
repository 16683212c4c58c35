import { looksLikeRussianInfinitive } from './stem-russian';

/**
 * Numbers said in words, in Russian and in folded Kazakh, as the digits the guide writes them
 * with ("екі айлық төлем" for the guide's "2 ай сайынғы төлем"). One to ten: the counts people
 * ask about (payments, months, times), "пару" (a couple: "на пару дней") and a double ("қос"); the teens, the tens and the first hundreds, which say sums. Russian
 * "он" (he) and "бес" (demon) are left out.
 */
const DIGITS: ReadonlyMap<string, string> = new Map([
  ['один', '1'], ['одна', '1'], ['одно', '1'], ['бир', '1'],
  ['два', '2'], ['две', '2'], ['двух', '2'], ['еки', '2'], ['пару', '2'],
  // a double ("қос төлем", "двойной платёж": two payments at once)
  ['кос', '2'], ['двойной', '2'], ['двойную', '2'], ['двойного', '2'],
  ['три', '3'], ['трех', '3'], ['уш', '3'],
  ['четыре', '4'], ['торт', '4'],
  ['пять', '5'],
  ['шесть', '6'], ['алты', '6'],
  ['семь', '7'], ['жети', '7'],
  ['восемь', '8'], ['сегиз', '8'],
  ['девять', '9'], ['тогыз', '9'],
  ['десять', '10'],
  // the teens and tens a sum in thousands is said with ("пятнадцать тысяч", "жиырма мың")
  ['одиннадцать', '11'], ['двенадцать', '12'], ['тринадцать', '13'], ['четырнадцать', '14'], ['пятнадцать', '15'],
  ['шестнадцать', '16'], ['семнадцать', '17'], ['восемнадцать', '18'], ['девятнадцать', '19'],
  ['двадцать', '20'], ['жиырма', '20'], ['тридцать', '30'], ['отыз', '30'], ['сорок', '40'], ['кырык', '40'], ['пятьдесят', '50'], ['елу', '50'],
  ['шестьдесят', '60'], ['алпыс', '60'], ['семьдесят', '70'], ['жетпис', '70'], ['восемьдесят', '80'], ['сексен', '80'], ['девяносто', '90'], ['токсан', '90'],
  // and the hundreds ("за сто тысяч", "жүз мың")
  ['сто', '100'], ['жуз', '100'], ['двести', '200'], ['триста', '300'], ['четыреста', '400'], ['пятьсот', '500'],
]);

/** The digits of a number said in words (normalised, Kazakh folded), or null. */
export function digitsOf(word: string): string | null {
  return DIGITS.get(word) ?? null;
}

/** A thousand, as a sum's unit ("20 тысяч", "5 мың"; folded). */
export const THOUSANDS = /^(?:тысяч[аиу]?|тыс|мын)$/;
/** Units of a sum, in any case (folded): thousands, millions, tenge; Kazakh cases too ("мыңға", "миллионнан", "миллионға жетсе"). */
const SUM_UNIT = /^(?:тысяч(?:а|и|у|ей|ами|ах)?|тыс|мын(?:га|нан|ды|ы)?|миллион(?:а|у|ов|ами|ах|га|нан|ды|ы)?|млн|тенге|тг)$/;

/** Whether a word is a unit of a sum ("тысячу", "тенге"), said after its number or alone ("лишнюю тысячу"). */
export function isSumUnit(word: string): boolean {
  return SUM_UNIT.test(word);
}

/** Money itself, in any form (folded): "деньги", "денег", "ақша", "ақшамды". */
const MONEY_WORD = /^(?:деньг|денег|акша)/;

/** Whether a word is money itself, what a payment or a sum is made of, not what is done with it. */
export function isMoneyWord(word: string): boolean {
  return MONEY_WORD.test(word);
}

/** Cash in the instrumental (folded): "наличными", "наличной", "(с) наличкой", "купюрами" (with banknotes: cash, as paid with). */
const CASH_PAID_WITH = /^(?:наличн(?:ыми|ой)|наличкой|купюрами)$/;

/** Whether a word is cash said as what a payment is made with ("стою у банкомата с наличкой", "закрыть наличными"). */
export function isCashPaidWith(word: string): boolean {
  return CASH_PAID_WITH.test(word);
}

/** Cash in any form ("наличными", "наличку", "налик", "налом"), folded; not banknotes counted ("купюру"). */
const CASH = /^(?:наличн|наличк|налик)|^нал(?:ом)?$/;

/** Whether a word names cash, in any of its forms: what a payment is made with, as said (banknotes too: "купюрами"), or taken out. */
export const namesCash = (word: string) => CASH.test(word) || CASH_PAID_WITH.test(word);

/** Ordinals (folded), Russian and Kazakh: "первый", "второй", "последний"; "бірінші", "екінші", "соңғы". */
const ORDINAL = /^(?:(?:перв|втор|трет|четверт|пят|последн)(?:ый|ой|ий|ая|яя|ое|ее|ую|юю|ого|его|ом|ем)|биринши|екинши|ушинши|сонгы)$/;
/** "Time", as counted ("в первый раз", "бірінші рет"). */
const TIMES = /^(?:раз|рет)$/;

/**
 * Whether the word at `at` is an ordinal counting times ("первый раз", "второй раз", "бірінші рет"): it says how
 * often the asker did something, as "впервые" does, not what about ("первый" alone is a topic: "первый платёж").
 */
export function isOrdinalOfTimes(words: readonly string[], at: number): boolean {
  return ORDINAL.test(words[at]!) && TIMES.test(words[at + 1] ?? '');
}

/** Days, as counted after a number (folded): "3 дня", "пару дней", "екі күн". */
const DAYS = /^(?:день|дня|дней|суток|сутки|кун|кунге|кунде|куннен)$/;

/**
 * Whether the word at `at` is days counted by the number before it ("на пару дней позже", "через 3 дня"): the span
 * of the asker's story, as the number is, not the day the question asks about ("день оплаты").
 */
export function isCountedDays(words: readonly string[], at: number): boolean {
  return DAYS.test(words[at]!) && isNumber(words[at - 1] ?? '');
}

/** A number, in digits or in words ("3", "три", "екі"). */
export const isNumber = (word: string) => /^\d+$/.test(word) || digitsOf(word) !== null;

/** Spans of time (folded), Russian and Kazakh: hours, minutes, days, weeks, months, years; "сағат", "күн", "апта", "ай", "жыл". */
const SPAN = /^(?:полчаса|час(?:а|ов)?|минут[уы]?|день|дня|дней|суток|сутки|недел[июь]|месяц(?:а|ев)?|года?|лет|сагат|кун|апта|ай|жыл)$/;

/** A Kazakh span in the locative or alone ("айда": in the month), folded. */
const KAZAKH_SPAN_WHEN = /^(?:ай|апта|жыл)(?:да|та)?$/;
/** "Past" (folded "өткен"): "өткен айда", last month; and "this" ("осы айда": this month), as "текущий месяц" is said. */
const PAST_OR_THIS = /^(?:откен|осы)$/;
/** "Current", "this" ("текущий", "нынешний"), in any form. */
const CURRENT = /^(?:текущ|нынешн)(?:ий|ая|ее|ую|ей|его|ем|ему)$/;
/** A month or a period, in any form ("месяц", "месяце", "период"). */
const MONTH_OR_PERIOD = /^(?:месяц|период)(?:а|е|у|ом)?$/;

/**
 * Whether the word at `at` is a span said as how long ago ("час назад", "два дня тому назад", "бір сағат бұрын"), or the
 * "бұрын" (before) after one, or one said as past or this ("өткен айда": last month, "осы айда": this month), or "current" said of a month ("на текущий
 * месяц"): when the asker did something, not an hour or a day the question asks about ("до какого часа", "день оплаты"), nor
 * paying early ("мерзімінен бұрын", which names no span).
 */
export function isTimeAgo(words: readonly string[], at: number): boolean {
  const word = words[at]!;
  const next = words[at + 1] ?? '';
  if (PAST_OR_THIS.test(words[at - 1] ?? '') && KAZAKH_SPAN_WHEN.test(word)) return true;
  // "текущий месяц" (the current month): this one, when; "текущий счёт" (a current account) names an account
  if (CURRENT.test(word) && MONTH_OR_PERIOD.test(next)) return true;
  if (SPAN.test(word)) return next === 'назад' || next === 'бурын' || (next === 'тому' && words[at + 2] === 'назад');
  return word === 'бурын' && SPAN.test(words[at - 1] ?? '');
}

/** Zero as the sum fell to ("нөлге", "до нуля": to zero), folded. */
const TO_ZERO = /^(?:нолге|нуля)$/;
/** Falling, in Kazakh ("түсті", "түсіп", "түскен", "түсіпті") and Russian ("упал", "упали", "упало", "упала", "сократился"), folded. */
const FELL = /^(?:тус(?:ти|ип|кен|ипти|еди)|упал[аио]?|упали)$/;

/**
 * Whether the word at `at` is the verb of falling to zero ("бонусым нөлге түсіп кетті", "бонусы упали до нуля"): with
 * zero it says the sum is gone, which "нөлге" says (as the vocabulary reads it), not a bonus that "түсті" (came in).
 */
export function isFallToZero(words: readonly string[], at: number): boolean {
  return FELL.test(words[at]!) && (TO_ZERO.test(words[at - 1] ?? '') || (words[at + 1] === 'до' && TO_ZERO.test(words[at + 2] ?? '')));
}

/** "Every" after a month, in its forms (folded): "ай сайын" (every month), "ай сайынғы" (monthly). */
const EVERY = /^сайын(?:гы|гыга|гыны|гыда)?$/;

/** Russian "every" and "month" in their forms: "каждый месяц", "каждого месяца", "в каждом месяце". */
const RUSSIAN_EVERY = /^кажд(?:ый|ого|ом|ому)$/;
const RUSSIAN_MONTH = /^месяц(?:а|е|у)?$/;

/** Whether "каждый месяц" starting at `at` says how often a verb said before it is done ("гасить каждый месяц"). */
const saysHowOftenAt = (words: readonly string[], at: number) =>
  RUSSIAN_EVERY.test(words[at] ?? '') && RUSSIAN_MONTH.test(words[at + 1] ?? '') && words.slice(0, at).some(looksLikeRussianInfinitive);

/**
 * Whether the word at `at` is part of "ай сайын", "ай сайынғы" (every month, monthly), or of a "каждый месяц" after a verb:
 * how often the asker pays, as a story tells it ("несиемнің ай сайынғы төлемі": my loan's monthly payment, which is its
 * payment; "как гасить каждый месяц"), not what about. Not "срок оплаты каждый месяц": there it says which deadline, the
 * monthly one (measured).
 */
export function isEveryMonth(words: readonly string[], at: number): boolean {
  const word = words[at]!;
  return (word === 'ай' && EVERY.test(words[at + 1] ?? '')) || (EVERY.test(word) && words[at - 1] === 'ай') || saysHowOftenAt(words, at) || saysHowOftenAt(words, at - 1);
}
