import { stemWord } from './analyze-text';
import { BRAND_NAMES } from './domain-vocabulary';
import { tokenizeWords } from './normalize-text';
import { isStopWord } from './stop-words';
import type { GuideLang } from '../guide/types';

/** Where one sentence of a title ends and the next begins: not the dot inside "Kaspi.kz". */
const SENTENCE_END = /[.!?]\s+/u;

/**
 * A Russian adjective ("другую", "ежемесячного"): it says which situation, the noun says what it is. A question on
 * "другой банк" names nothing of "другая страна" (the endings "-ой", "-ей" are also those of nouns: "страной").
 */
const ADJECTIVE = /^[а-я]{3,}(?:ый|ий|ая|ую|ое|ые|ых|ого|ому|ым|ыми|ими)$/;

/** Russian "при" (at the time of: "при закрытии", on closing) opens the circumstance the question is asked in. */
const CIRCUMSTANCE = 'при';

/** The words that follow `opener` in `words` ("при закрытии": закрытии). */
const wordsAfter = (words: readonly string[], opener: string) => words.flatMap((word, i) => (word === opener && i + 1 < words.length ? [words[i + 1]!] : []));

/** The question of a title: its last sentence ("У меня есть кредит. Какая будет дата?": "Какая будет дата?"). */
export const titleQuestion = (title: string) => title.trim().split(SENTENCE_END).at(-1)!;

/**
 * The stems of the topic words a title states in the sentences before its question ("I have a loan. What
 * will the date be?": the loan), and of the circumstance its question names ("… при закрытии …": closing):
 * the asker's situation, which the answer is for. Empty for a title of one sentence without one. Brand
 * names (with the "kz" of "Kaspi.kz") and stop words say no situation.
 */
export function titleSituation(title: string, lang: GuideLang): ReadonlySet<string> {
  const sentences = title.trim().split(SENTENCE_END);
  const stated = tokenizeWords(sentences.slice(0, -1).join(' ')).map((t) => t.word);
  const question = tokenizeWords(sentences.at(-1)!).map((t) => t.word);
  const circumstance = wordsAfter(question, CIRCUMSTANCE);
  const words = [...stated, ...circumstance].filter((word) => !isStopWord(word) && !BRAND_NAMES.has(word) && word !== 'kz' && !(lang === 'ru' && ADJECTIVE.test(word)));
  return new Set(words.map((word) => stemWord(word, lang)));
}

/** Russian "после" (after: "после оплаты счёта", after paying the bill) opens the time from which the question is asked. */
const AFTER = 'после';

/**
 * The stems of what the question of a title is asked after ("… увеличится после оплаты счёта?": paying): a question that
 * names nothing of it asks something else. Not a situation that raises the title when named: it is what most questions
 * on a bill name ("оплатить").
 */
export function titleTimeAfter(title: string, lang: GuideLang): ReadonlySet<string> {
  const question = tokenizeWords(titleQuestion(title)).map((t) => t.word);
  return new Set(wordsAfter(question, AFTER).filter((word) => !isStopWord(word)).map((word) => stemWord(word, lang)));
}
