import type lunr from 'lunr';
import { indexInternals } from './lunr-adapter';
import type { TermPosting } from './posting-lists';
import type { PlannedWord } from './query-plan';

/** How the answers match a query: per query word, each answer's best match weight and score. */
interface PostingMatches {
  /** Answers that match at least one term, by position. */
  touched: number[];
  /** Per query word: best match weight (see WEIGHTS) for each answer position; 0 = not matched. */
  bestWeight: Float64Array[];
  /** Per query word: best match weight × stored BM25 weight for each answer position. */
  bestScore: Float64Array[];
}

export interface PostingMatcher {
  match(words: PlannedWord[]): PostingMatches;
  /** How many answers hold the term (0 when the index does not know it). */
  documentFrequency(term: string): number;
}

/**
 * Scores each answer that holds a planned term: every query word counts once,
 * by its best term (match weight × the BM25 weight Lunr computed at build
 * time, field boosts included), so a word with many variants does not
 * outweigh a word matched exactly. Terms are found in the loaded Lunr index,
 * their answers in the posting lists shipped beside it (posting-lists.ts).
 */
export function createPostingMatcher(
  index: lunr.Index,
  postings: (termIndex: number) => TermPosting,
  answerCount: number,
): PostingMatcher {
  const { invertedIndex } = indexInternals(index);
  const postingOf = (term: string) => {
    const entry = invertedIndex[term];
    return entry ? postings(entry._index) : undefined;
  };

  // One set of per-answer arrays, reused by every keystroke (search is synchronous): a query of four
  // words at 10,000 answers would otherwise allocate, and leave to the garbage collector, 700 KB each time.
  const weightRows: Float64Array[] = [];
  const scoreRows: Float64Array[] = [];
  const seen = new Uint8Array(answerCount);
  const rows = (pool: Float64Array[], count: number) => {
    while (pool.length < count) pool.push(new Float64Array(answerCount));
    return pool.slice(0, count).map((row) => row.fill(0));
  };

  /** The arrays it returns are valid until the next call. */
  const match = (words: PlannedWord[]): PostingMatches => {
    const bestWeight = rows(weightRows, words.length);
    const bestScore = rows(scoreRows, words.length);
    seen.fill(0);
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
  return { match, documentFrequency: (term) => postingOf(term)?.refs.length ?? 0 };
}
