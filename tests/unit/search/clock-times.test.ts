import { describe, expect, it } from 'vitest';
import { readClockTimes } from '../../../lib/search/clock-times';

describe('readClockTimes', () => {
  it.each([
    ['до 23:30 можно оплатить', 'до  время  можно оплатить'],
    ['в 9:05 утра', 'в  время  утра'],
    ['18:00', ' время '],
    // an hour said in words after "до" (until)
    ['на работе до девяти, успею', 'на работе до время, успею'],
    ['До Восьми вечера', 'До время вечера'],
  ])('reads the clock time in "%s" as a time', (text, read) => {
    expect(readClockTimes(text)).toBe(read);
  });

  it.each([
    ['no hour 25', '25:30'],
    ['no minute 61', '10:61'],
    ['a longer run of digits', '123:45'],
    ['a ratio of three parts', '1:20:30'],
    ['a date', '23.03'],
    ['a sum said in words', 'до пяти тысяч'],
    ['a span of days', 'до трёх дней'],
    ['a word that begins like an hour', 'до пятидесяти'],
  ])('leaves %s as typed', (_what, text) => {
    expect(readClockTimes(text)).toBe(text);
  });
});
