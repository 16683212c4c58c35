import { tokenizeWords } from '../../../lib/search/normalize-text';

/** A rule on a word of a question, read with its neighbours, as the planner asks it (the words normalised, the word's position). */
export type WordRule = (words: readonly string[], at: number) => boolean;

/** The words of `text` (normalised) the rule tells, in order: what it reads as no topic, or as part of something else. */
export function wordsTold(rule: WordRule, text: string): string[] {
  const words = tokenizeWords(text).map((t) => t.word);
  return words.filter((_, at) => rule(words, at));
}
