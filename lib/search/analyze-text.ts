import { joinHyphenatedWords, tokenizeWords } from './normalize-text';
import { stemKazakh } from './stem-kazakh';
import { stemRussian } from './stem-russian';
import { boundedMemo } from './bounded-memo';
import { isStopWord } from './stop-words';
import type { GuideLang } from '../guide/types';

/** Stem of a normalised word in the given language; digits and Latin stay as they are. */
export function stemWord(word: string, lang: GuideLang): string {
  if (!/[а-я]/.test(word)) return word;
  return lang === 'kz' ? stemKazakhOnce(word) : stemRussianOnce(word);
}

/**
 * Stems already worked out: highlights and snippets stem every word of each listed answer on
 * every keystroke, and the same few thousand words come back all the time.
 */
const MAX_REMEMBERED_STEMS = 50_000;
const stemKazakhOnce = boundedMemo(MAX_REMEMBERED_STEMS, stemKazakh);
const stemRussianOnce = boundedMemo(MAX_REMEMBERED_STEMS, stemRussian);

/**
 * The index terms of a text in its language: normalised words (and
 * hyphenated words joined), stop words dropped, stemmed.
 */
export function analyzeText(text: string, lang: GuideLang): string[] {
  const tokens = tokenizeWords(text);
  const words = [...tokens.map((t) => t.word), ...joinHyphenatedWords(text, tokens)];
  return words.filter((w) => !isStopWord(w)).map((w) => stemWord(w, lang));
}

/** Every word of a text stemmed, stop words included and in order: titles and phrase evidence need them all. */
export function stemmedWords(text: string, lang: GuideLang): string[] {
  return tokenizeWords(text).map((t) => stemWord(t.word, lang));
}
