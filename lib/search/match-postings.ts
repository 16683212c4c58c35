import type lunr from 'lunr';
import type { PlannedWord } from './query-plan';

interface IndexInternals {
  invertedIndex: Record<string, Record<string, Record<string, unknown>> & { _index: number }>;
  fieldVectors: Record<string, { elements: number[] }>;
  fields: string[];
}

/** A term's answers (refs are answer positions) and its stored BM25 weight in each, fields summed. */
interface TermPosting {
  refs: Uint32Array;
  weights: Float64Array;
}

/** Terms whose postings stay decoded between keystrokes (typing repeats the earlier words' terms). */
const POSTING_CACHE_SIZE = 4096;

/** Value stored for `termIndex` in a Lunr vector ([index, value, index, value, …] sorted by index). */
function valueAt(elements: number[], termIndex: number): number {
  let lo = 0;
  let hi = elements.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = elements[mid * 2]!;
    if (at === termIndex) return elements[mid * 2 + 1]!;
    if (at < termIndex) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** How the answers match a query: per query word, each answer's best match weight and score. */
export interface PostingMatches {
  /** Answers that match at least one term, by position. */
  touched: number[];
  /** Per query word: best match weight (see WEIGHTS) for each answer position; 0 = not matched. */
  bestWeight: Float64Array[];
  /** Per query word: best match weight × stored BM25 weight for each answer position. */
  bestScore: Float64Array[];
}

/**
 * Walks the Lunr index's posting lists for every planned term and scores each
 * answer that holds one: every query word counts once, by its best term
 * (match weight × the BM25 weight Lunr stored in the field vectors at build
 * time, field boosts included), so a word with many variants does not outweigh
 * a word matched exactly. Reads the loaded index only; nothing is parsed.
 */
export function createPostingMatcher(index: lunr.Index, answerCount: number): (words: PlannedWord[]) => PostingMatches {
  const { invertedIndex, fieldVectors, fields } = index as unknown as IndexInternals;
  const cache = new Map<string, TermPosting>();

  function postingOf(term: string): TermPosting | null {
    const cached = cache.get(term);
    if (cached) return cached;
    const posting = invertedIndex[term];
    if (!posting) return null;
    const sums = new Map<number, number>();
    for (const field of fields) {
      for (const ref of Object.keys(posting[field] ?? {})) {
        const vector = fieldVectors[`${field}/${ref}`];
        if (vector) sums.set(Number(ref), (sums.get(Number(ref)) ?? 0) + valueAt(vector.elements, posting._index));
      }
    }
    const decoded = { refs: Uint32Array.from(sums.keys()), weights: Float64Array.from(sums.values()) };
    if (cache.size >= POSTING_CACHE_SIZE) cache.clear();
    cache.set(term, decoded);
    return decoded;
  }

  return (words) => {
    const bestWeight = words.map(() => new Float64Array(answerCount));
    const bestScore = words.map(() => new Float64Array(answerCount));
    const seen = new Uint8Array(answerCount);
    const touched: number[] = [];
    words.forEach((word, w) => {
      const weights = bestWeight[w]!;
      const scores = bestScore[w]!;
      for (const { term, weight } of word.terms) {
        const posting = postingOf(term);
        if (!posting) continue;
        for (let k = 0; k < posting.refs.length; k++) {
          const ref = posting.refs[k]!;
          if (!seen[ref]) {
            seen[ref] = 1;
            touched.push(ref);
          }
          if (weight > weights[ref]!) weights[ref] = weight;
          const score = weight * posting.weights[k]!;
          if (score > scores[ref]!) scores[ref] = score;
        }
      }
    });
    return { touched, bestWeight, bestScore };
  };
}
