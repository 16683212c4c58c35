import kazakhLayout from 'convert-layout/kk';
import russianLayout from 'convert-layout/ru';

const LATIN = /^[a-z[\];',.`]+$/;
const CYRILLIC = /^[а-яёәғқңөұүһі]+$/;

/**
 * What a word typed with the wrong keyboard layout was meant to be: Latin keys
 * read on the Russian and the Kazakh layout, or Cyrillic keys read on the
 * English layout. Uses convert-layout's key tables. Returns [] when nothing applies.
 */
export function switchKeyboardLayout(word: string): string[] {
  const lower = word.toLowerCase();
  if (LATIN.test(lower)) {
    return [...new Set([russianLayout.fromEn(lower), kazakhLayout.fromEn(lower)])].filter((w) => w !== lower);
  }
  if (CYRILLIC.test(lower)) {
    return [...new Set([russianLayout.toEn(lower), kazakhLayout.toEn(lower)])].filter((w) => /^[a-z]+$/.test(w));
  }
  return [];
}

/**
 * English-layout keys that are letters on the Russian and Kazakh layouts: [ ] ; ' , . ` → х ъ ж э б ю ё, and the same
 * keys with Shift, a capital letter ({ } : " < > ~ → Х Ъ Ж Э Б Ю Ё).
 */
const LETTER_KEY = '[[\\];\',.`{}:"<>~]';
const LETTER_KEYS_NEXT_TO_LETTERS = new RegExp(`[a-z]${LETTER_KEY}|${LETTER_KEY}[a-z]`);
const LETTER_KEY_BEFORE_LETTER = new RegExp(`${LETTER_KEY}(?=[a-z])`, 'g');
/**
 * Text typed on English keys only: letters, digits, punctuation (a "?" typed at the end of a question is read on the
 * other layout like any key: convert-layout maps each one).
 */
const ENGLISH_KEYS_TEXT = /^[\x20-\x7e\s]+$/;

/**
 * How many keys that are letters on the Cyrillic layouts were typed right before a Latin letter
 * (",jyecjd", "vj;yj"): meant as letters, each one splits or cuts a word when taken for punctuation.
 */
export function letterKeysBeforeLetters(text: string): number {
  return text.toLowerCase().match(LETTER_KEY_BEFORE_LETTER)?.length ?? 0;
}

/**
 * A whole query typed on the English layout in which punctuation keys stand
 * for letters (",jyec" is "бонус", "cx`n" is "счёт"), read on the Russian and
 * the Kazakh layout. Word by word it could not be: tokenizing drops those keys
 * as punctuation. [] when the text has no such key next to a letter.
 */
export function readTextOnOtherLayout(text: string): string[] {
  const lower = text.toLowerCase();
  if (!ENGLISH_KEYS_TEXT.test(lower) || !LETTER_KEYS_NEXT_TO_LETTERS.test(lower)) return [];
  return [...new Set([russianLayout.fromEn(lower), kazakhLayout.fromEn(lower)])];
}

/** The letter rows of the Russian layout, read from convert-layout's table of the English rows. */
const RUSSIAN_LETTER_ROWS = ['qwertyuiop[]', "asdfghjkl;'", 'zxcvbnm,.'].map((row) => russianLayout.fromEn(row));

/** Per Russian letter, the letters on the keys beside it in its row ("ш": г, щ). */
const ROW_NEIGHBOURS: ReadonlyMap<string, string> = new Map(
  RUSSIAN_LETTER_ROWS.flatMap((row) => [...row].map((letter, i) => [letter, (row[i - 1] ?? '') + (row[i + 1] ?? '')] as const)),
);

/**
 * The word with one letter swapped for the key beside it ("следуюший": следующий), each spelling
 * once. A slip of the finger changes a letter inside the word, where the stem may change with it,
 * so typo search on the stem alone ("следуюш" is three edits from "след") cannot undo it.
 */
export function withOneKeySlipped(word: string): string[] {
  const variants = new Set<string>();
  for (const [i, letter] of [...word].entries()) {
    for (const neighbour of ROW_NEIGHBOURS.get(letter) ?? '') variants.add(word.slice(0, i) + neighbour + word.slice(i + 1));
  }
  return [...variants];
}
