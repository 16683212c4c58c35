/**
 * Numbers said in words, in Russian and in folded Kazakh, as the digits the guide writes them
 * with ("екі айлық төлем" for the guide's "2 ай сайынғы төлем"). One to ten: the counts people
 * ask about (payments, months, times). Russian "он" (he) and "бес" (demon) are left out.
 */
const DIGITS: ReadonlyMap<string, string> = new Map([
  ['один', '1'], ['одна', '1'], ['одно', '1'], ['бир', '1'],
  ['два', '2'], ['две', '2'], ['двух', '2'], ['еки', '2'],
  ['три', '3'], ['трех', '3'], ['уш', '3'],
  ['четыре', '4'], ['торт', '4'],
  ['пять', '5'],
  ['шесть', '6'], ['алты', '6'],
  ['семь', '7'], ['жети', '7'],
  ['восемь', '8'], ['сегиз', '8'],
  ['девять', '9'], ['тогыз', '9'],
  ['десять', '10'],
]);

/** The digits of a number said in words (normalised, Kazakh folded), or null. */
export function digitsOf(word: string): string | null {
  return DIGITS.get(word) ?? null;
}
