import type { AnswerStore, StoredAnswer } from '../../../lib/search/answer-store';

/** Every answer of a store, in order (parses them all). */
export function allAnswers(store: AnswerStore): StoredAnswer[] {
  return Array.from({ length: store.length }, (_, ref) => store.get(ref));
}
