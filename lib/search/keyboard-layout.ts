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
