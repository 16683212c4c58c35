/**
 * A time of day typed as a clock shows it ("в 23:30 ещё не поздно?", "до 18:00"): hours and minutes,
 * whose digits no answer is about. It asks about a time, as "до скольки", "вечером" do.
 */
const CLOCK_TIME = /(?<![\p{N}:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\p{N}:])/gu;

/** The word a clock time is read as (domain-vocabulary.ts: the hour to pay by). */
const TIME_WORD = 'время';

/**
 * An hour said in words after "до" ("на работе до девяти": until nine), which counts nothing after it ("до пяти тысяч", "до
 * трёх дней" are a sum and a span).
 */
const HOUR_SAID =
  /(?<![\p{L}\p{N}])(до\s+)(?:одного|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|одиннадцати|двенадцати)(?![\p{L}\p{N}])(?!\s+(?:тысяч|тыс|млн|миллион|дн|сут|месяц|лет|год|раз|процент|минут|недел|штук|тенге|тг|купюр|бонус|платеж|покуп|числ))/giu;

/** The text with each clock time in it, and each hour said in words after "до", read as the word for a time. */
export function readClockTimes(text: string): string {
  return text.replace(CLOCK_TIME, ` ${TIME_WORD} `).replace(HOUR_SAID, `$1${TIME_WORD}`);
}
