import type { TypedWord } from './question-words';
import { isStopWord } from './stop-words';

/** "besides" in Russian; Kazakh says it after the thing, in the ablative ("қосымшадан басқа"). */
const BESIDES_WORDS: ReadonlySet<string> = new Set(['кроме', 'помимо']);
const KAZAKH_BESIDES = 'баска';
const ABLATIVE = /(?:нан|нен|дан|ден|тан|тен)$/;
/** A Russian verb form: what is said of the thing, no longer the thing ("кроме приложения принимают"). */
const RUSSIAN_VERB = /(?:ть|ти|ют|ут|ет|ит|ат|ят|ем|им|ешь|ишь|л|ла|ли|ло)$/;
/** The most words a thing said besides runs to ("кроме снятия наличных"). */
const MOST_WORDS = 2;

/**
 * Whether a word names what a question sets aside as known already ("в банкомате кроме снятия наличных можно ред гасить?",
 * "где ещё кроме приложения принимают оплату", "қосымшадан басқа қайда төлеймін"): what is asked is the other thing, so the
 * word is no part of the search, as an answer that holds it is no better for it.
 */
export function isSaidBesides(words: readonly string[], at: number): boolean {
  if (BESIDES_WORDS.has(words[at]!)) return true;
  // Kazakh "X-тан басқа": the thing, and "басқа" itself, which says "besides" here, not "other".
  if (words[at + 1] === KAZAKH_BESIDES && ABLATIVE.test(words[at]!)) return true;
  if (words[at] === KAZAKH_BESIDES && at > 0 && ABLATIVE.test(words[at - 1]!)) return true;
  for (let i = at - 1; i >= Math.max(0, at - MOST_WORDS); i--) {
    const word = words[i]!;
    if (BESIDES_WORDS.has(word)) return saidAsAThing(words[at]!);
    if (!saidAsAThing(word)) return false;
  }
  return false;
}

const saidAsAThing = (word: string) => !isStopWord(word) && !RUSSIAN_VERB.test(word);

/** A typed query without the words said besides the thing asked, nor the word that says "besides" (see isSaidBesides). */
export function withoutWordsSaidBesides(typed: readonly TypedWord[]): readonly TypedWord[] {
  const words = typed.map((t) => t.word);
  return typed.filter((_, i) => !isSaidBesides(words, i));
}
