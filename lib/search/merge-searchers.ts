import { guideDateOrder } from '../guide/guide-date';
import type { AnswerStore } from './answer-store';
import type { AnswerSearcher, SearchHit, SearchOptions, SearchResponse } from './search-guide';

/** Which copies are shown: two copies of one question share its guide address. */
export interface MergedAnswers {
  answers: AnswerStore;
  /** Shipped addresses whose learned copy is newer: the learned copy is shown. */
  replaced: Set<string>;
  /** Learned addresses the shipped index holds as new or newer: the shipped copy is shown. */
  ignored: Set<string>;
}

/**
 * A learned copy replaces the shipped one only when its update date is
 * newer; a learned question the shipped index does not hold is added. Reads
 * the shipped answers' meta only.
 */
export function mergeAnswers(shipped: AnswerStore, learned: AnswerStore): MergedAnswers {
  const learnedRefByUrl = new Map<string, number>();
  for (let ref = 0; ref < learned.length; ref++) learnedRefByUrl.set(learned.meta(ref).url, ref);
  const replaced = new Set<string>();
  const ignored = new Set<string>();
  const parts: [AnswerStore, number][] = [];
  for (let ref = 0; ref < shipped.length; ref++) {
    const { url, updated } = shipped.meta(ref);
    const learnedRef = learnedRefByUrl.get(url);
    if (learnedRef === undefined) {
      parts.push([shipped, ref]);
    } else if (guideDateOrder(learned.meta(learnedRef).updated) > guideDateOrder(updated)) {
      replaced.add(url);
      parts.push([learned, learnedRef]);
    } else {
      ignored.add(url);
      parts.push([shipped, ref]);
    }
  }
  for (const [url, ref] of learnedRefByUrl) if (!replaced.has(url) && !ignored.has(url)) parts.push([learned, ref]);
  const answers: AnswerStore = {
    length: parts.length,
    meta: (i) => parts[i]![0].meta(parts[i]![1]),
    get: (i) => parts[i]![0].get(parts[i]![1]),
  };
  return { answers, replaced, ignored };
}

/**
 * Searches the shipped and the learned index as one. Both rank the same way,
 * and the learned index is built on the shipped one's term statistics
 * (build-index.ts, `joins`), so their scores compare directly; each copy of a
 * question not chosen by `mergeAnswers` is dropped from the results.
 */
export function mergeSearchers(shipped: AnswerSearcher, learned: AnswerSearcher | null): AnswerSearcher {
  if (!learned || learned.answers.length === 0) return shipped;
  const { answers, replaced, ignored } = mergeAnswers(shipped.answers, learned.answers);

  function search(query: string, options: SearchOptions = {}): SearchResponse {
    const limit = options.limit ?? 10;
    // Some of each side's hits may be copies replaced by the other side: ask both for more.
    const wider = { ...options, limit: limit * 2 };
    const fromShipped = shipped.search(query, wider);
    const fromLearned = learned!.search(query, wider);
    const hits: SearchHit[] = [
      ...fromShipped.hits.filter((hit) => !replaced.has(hit.answer.url)),
      ...fromLearned.hits.filter((hit) => !ignored.has(hit.answer.url)),
    ]
      .sort((a, b) => b.score - a.score || a.answer.id - b.answer.id)
      .slice(0, limit);
    const correctedQuery =
      (fromShipped.hits.length > 0 ? fromShipped.correctedQuery : null) ??
      (fromLearned.hits.length > 0 ? fromLearned.correctedQuery : null);
    // The side whose answer comes first judged it.
    const judge = hits[0] && fromLearned.hits.includes(hits[0]) ? fromLearned : fromShipped;
    const suggestion = hits.length > 0 ? null : fromShipped.suggestion ?? fromLearned.suggestion;
    return {
      hits, correctedQuery, suggestion,
      confident: hits.length > 0 && judge.confident,
      declineReason: hits.length > 0 ? judge.declineReason : { kind: 'nothing-matched' },
    };
  }

  return { search, answers };
}
