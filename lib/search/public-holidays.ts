/**
 * Kazakhstan's public holidays by date, as its law on holidays lists them (the movable Kurban Ait left out): a due
 * date that falls on one ("срок попал на 8 марта", "16 желтоқсанға түсті") falls on a holiday, which the guide
 * calls "праздничный" (q1538) without naming the days. Keyed "day.month".
 */
const HOLIDAYS: ReadonlySet<string> = new Set(['1.1', '2.1', '7.1', '8.3', '21.3', '22.3', '23.3', '1.5', '7.5', '9.5', '6.7', '30.8', '25.10', '16.12']);

/** Month names (normalised, Kazakh folded): the Russian genitive ("марта") and the Kazakh name with or without an ending ("наурызда"). */
const MONTHS: readonly RegExp[] = [
  /^(января|кантар)/, /^(февраля|акпан)/, /^(марта|наурыз)/, /^(апреля|сауир)/, /^(мая|мамыр)/, /^(июня|маусым)/,
  /^(июля|шилде)/, /^(августа|тамыз)/, /^(сентября|кыркуйек)/, /^(октября|казан)/, /^(ноября|караша)/, /^(декабря|желтоксан)/,
];

/** Days said as ordinals in Russian ("восьмого марта"), for the days a holiday falls on. */
const ORDINAL_DAYS: ReadonlyMap<string, number> = new Map([
  ['первого', 1], ['второго', 2], ['шестого', 6], ['седьмого', 7], ['восьмого', 8], ['девятого', 9], ['шестнадцатого', 16], ['тридцатого', 30],
]);

/** Endings of a day typed apart from its digits ("8 го марта", "8-ші наурыз" once the hyphen is a space). */
const DAY_ENDINGS: ReadonlySet<string> = new Set(['го', 'е', 'ши', 'ы', 'и']);

/** A day of the month as typed: digits ("8"), digits with their ending ("8го"), or an ordinal. */
function dayOf(word: string): number | null {
  const digits = /^(\d{1,2})(?:го|е|ши|ы|и)?$/.exec(word)?.[1];
  return digits ? Number(digits) : (ORDINAL_DAYS.get(word) ?? null);
}

const monthOf = (word: string): number | null => {
  const at = MONTHS.findIndex((month) => month.test(word));
  return at === -1 ? null : at + 1;
};

/** Whether the words name a date that is a public holiday: a day, then its month ("8 марта", "8-го марта", "22 наурызда"). */
export function namesPublicHoliday(words: readonly string[]): boolean {
  return words.some((word, at) => {
    const day = dayOf(word);
    const month = DAY_ENDINGS.has(words[at + 1] ?? '') ? words[at + 2] : words[at + 1];
    return day !== null && month !== undefined && HOLIDAYS.has(`${day}.${monthOf(month)}`);
  });
}
