/**
 * A time of day typed as a clock shows it ("в 23:30 ещё не поздно?", "до 18:00"): hours and minutes,
 * whose digits no answer is about. It asks about a time, as "до скольки", "вечером" do.
 */
const CLOCK_TIME = /(?<![\p{N}:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\p{N}:])/gu;

/** The word a clock time is read as (domain-vocabulary.ts: the hour to pay by). */
const TIME_WORD = 'время';

/** The text with each clock time in it read as the word for a time. */
export function readClockTimes(text: string): string {
  return text.replace(CLOCK_TIME, ` ${TIME_WORD} `);
}
