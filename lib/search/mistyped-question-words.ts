import { ASKS_FOR, WAY } from './asked-for-table';
import { boundedMemo } from './bounded-memo';
import { tokenSetOf, wordsWithinEdits } from './lunr-adapter';
import { isStopWord } from './stop-words';

/** Shortest question word a one-key slip is read back to: shorter ones are a key from too many topic words. */
const MIN_QUESTION_WORD = 6;

/**
 * The one-word questions on the ways or the steps ("способы", "варианты", "инструкция"), long enough to read a slip back to.
 * They are stop words, never in the index, so the index's typo search cannot find them: a slip ("спосбы", "варинты") was
 * read as a topic word nothing holds, and the question declined.
 */
const WAY_WORD_LIST = [...ASKS_FOR.entries()]
  .filter(([word, asked]) => !word.includes(' ') && word.length >= MIN_QUESTION_WORD && asked.some((a) => WAY.includes(a)))
  .map(([word]) => word);
const WAY_WORDS = tokenSetOf(WAY_WORD_LIST);
/** A word longer than the longest of them by more than one letter is no slip of any (and Lunr's automaton is slow on a pasted one). */
const LONGEST_SLIP = Math.max(...WAY_WORD_LIST.map((word) => word.length)) + 1;

/**
 * The question words on the ways one slip (a letter missed, added, swapped or mistyped) from a word that is no stop word itself;
 * not one that only ends otherwise ("пункт" of "пункты", "инструкции" of "инструкция"): that is another form of a word, maybe a
 * topic's. The slip is inside the word: before its last letter.
 */
export function wayWordsMistyped(word: string): string[] {
  return word.length < MIN_QUESTION_WORD - 1 || word.length > LONGEST_SLIP || isStopWord(word) ? [] : mistypedOnce(word);
}

/** How many words' readings are remembered: every typed word is read several times per keystroke (`writtenForms`). */
const MAX_REMEMBERED_WORDS = 2000;
const mistypedOnce = boundedMemo(MAX_REMEMBERED_WORDS, (word: string) =>
  wordsWithinEdits(WAY_WORDS, word, 1).filter((near) => sharedStart(word, near) < Math.min(word.length, near.length) - 1),
);

/** How many letters two words share from their start. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
