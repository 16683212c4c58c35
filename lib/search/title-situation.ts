import { stemWord } from './analyze-text';
import { BRAND_NAMES } from './domain-vocabulary';
import { tokenizeWords } from './normalize-text';
import { isStopWord } from './stop-words';
import type { GuideLang } from '../guide/types';

/** Where one sentence of a title ends and the next begins: not the dot inside "Kaspi.kz". */
const SENTENCE_END = /[.!?]\s+/u;

/**
 * The stems of the topic words a title states in the sentences before its question ("I have a loan. What
 * will the date be?": the loan): the asker's situation, which the answer is for. Empty for a title of one
 * sentence. Brand names (with the "kz" of "Kaspi.kz") and stop words say no situation.
 */
export function titleSituation(title: string, lang: GuideLang): ReadonlySet<string> {
  const sentences = title.trim().split(SENTENCE_END);
  const stated = sentences.slice(0, -1).join(' ');
  const words = tokenizeWords(stated).map((t) => t.word).filter((word) => !isStopWord(word) && !BRAND_NAMES.has(word) && word !== 'kz');
  return new Set(words.map((word) => stemWord(word, lang)));
}
