import { stemmedWords } from './analyze-text';
import { tokenizeWords } from './normalize-text';
import type { PlannedWord } from './query-plan';
import { stemsOf } from './vocabulary-expansion';
import type { GuideLang } from '../guide/types';

/**
 * For each word the user typed (stop words included: "как", "почему", "до"
 * say what kind of question it is), the title terms that count as that word.
 */
export function queryWordTerms(query: string, planned: PlannedWord[]): Set<string>[] {
  const byWord = new Map(planned.map((p) => [p.word, p]));
  return [...new Set(tokenizeWords(query).map((t) => t.word))].map((word) => {
    const plan = byWord.get(word);
    return new Set(plan ? [...plan.terms.map((t) => t.term), ...stemsOf(word)] : stemsOf(word));
  });
}

/** The stemmed words of a title, stop words included. */
export const titleTerms = (title: string, lang: GuideLang): string[] => stemmedWords(title, lang);

/**
 * How closely a title says what the user typed: matched words over the union
 * of both word sets (Jaccard), 0..1. Short titles that contain every typed
 * word score highest, which is what a question-shaped query wants.
 */
export function titleOverlap(queryWords: Set<string>[], title: string[]): number {
  if (queryWords.length === 0 || title.length === 0) return 0;
  const titleSet = new Set(title);
  const matched = queryWords.filter((terms) => [...terms].some((t) => titleSet.has(t))).length;
  return matched / (queryWords.length + titleSet.size - matched);
}
