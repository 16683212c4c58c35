import type { StoredAnswer } from './answer-store';
import type { AnswerSearcher, SearchHit, SearchOptions, SearchResponse } from './search-guide';

/** `dd.mm.yyyy` as a comparable number (yyyymmdd); unknown dates are the oldest. */
export function updatedOrder(updated: string | null): number {
  const match = updated ? /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(updated) : null;
  return match ? Number(`${match[3]}${match[2]}${match[1]}`) : 0;
}

/** Two copies of one question share its guide address. */
const questionKey = (a: StoredAnswer) => a.url;

/**
 * Which copy of each question is shown: a learned copy replaces the shipped
 * one only when its update date is newer; a learned question the shipped
 * index does not hold is added.
 */
export function mergeAnswers(shipped: StoredAnswer[], learned: StoredAnswer[]): { answers: StoredAnswer[]; shown: Set<StoredAnswer> } {
  const learnedByKey = new Map(learned.map((a) => [questionKey(a), a]));
  const shippedKeys = new Set(shipped.map(questionKey));
  const answers = shipped.map((a) => {
    const newer = learnedByKey.get(questionKey(a));
    return newer && updatedOrder(newer.updated) > updatedOrder(a.updated) ? newer : a;
  });
  for (const a of learned) if (!shippedKeys.has(questionKey(a))) answers.push(a);
  return { answers, shown: new Set(answers) };
}

/**
 * Searches the shipped and the learned index as one. Both rank the same way,
 * and the learned index is built on the shipped one's term statistics
 * (build-index.ts, `joins`), so their scores compare directly; each copy of a
 * question not chosen by `mergeAnswers` is dropped from the results.
 */
export function mergeSearchers(shipped: AnswerSearcher, learned: AnswerSearcher | null): AnswerSearcher {
  if (!learned || learned.answers.length === 0) return shipped;
  const { answers, shown } = mergeAnswers(shipped.answers, learned.answers);

  function search(query: string, options: SearchOptions = {}): SearchResponse {
    const limit = options.limit ?? 10;
    // Some of each side's hits may be copies replaced by the other side: ask both for more.
    const wider = { ...options, limit: limit * 2 };
    const fromShipped = shipped.search(query, wider);
    const fromLearned = learned!.search(query, wider);
    const hits: SearchHit[] = [...fromShipped.hits, ...fromLearned.hits]
      .filter((hit) => shown.has(hit.answer))
      .sort((a, b) => b.score - a.score || a.answer.id - b.answer.id)
      .slice(0, limit);
    const correctedQuery =
      (fromShipped.hits.length > 0 ? fromShipped.correctedQuery : null) ??
      (fromLearned.hits.length > 0 ? fromLearned.correctedQuery : null);
    return { hits, correctedQuery };
  }

  return { search, answers };
}
