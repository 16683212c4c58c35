import type lunr from 'lunr';
import type { PlannedWord } from './query-plan';

interface IndexInternals {
  invertedIndex: Record<string, { _index: number }>;
  fieldVectors: Record<string, { elements: number[] }>;
}

/** A term's answers (refs are answer positions) and its stored BM25 weight in each, fields summed. */
interface TermPosting {
  refs: Uint32Array;
  weights: Float64Array;
}

/**
 * Posting lists with weights, by term index, from the index's field vectors
 * (the serialized index ships no posting maps: see build-index.ts). One pass
 * over the vectors, done on the first search after a wake-up.
 */
function transposeFieldVectors(fieldVectors: IndexInternals['fieldVectors']): Map<number, TermPosting> {
  const byTerm = new Map<number, Map<number, number>>();
  for (const key of Object.keys(fieldVectors)) {
    const ref = Number(key.slice(key.indexOf('/') + 1));
    const elements = fieldVectors[key]!.elements;
    for (let i = 0; i < elements.length; i += 2) {
      const termIndex = elements[i]!;
      let docs = byTerm.get(termIndex);
      if (!docs) byTerm.set(termIndex, (docs = new Map()));
      docs.set(ref, (docs.get(ref) ?? 0) + elements[i + 1]!);
    }
  }
  const postings = new Map<number, TermPosting>();
  for (const [termIndex, docs] of byTerm) {
    postings.set(termIndex, { refs: Uint32Array.from(docs.keys()), weights: Float64Array.from(docs.values()) });
  }
  return postings;
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
 * Scores each answer that holds a planned term: every query word counts once,
 * by its best term (match weight × the BM25 weight Lunr stored in the field
 * vectors at build time, field boosts included), so a word with many variants
 * does not outweigh a word matched exactly. Reads the loaded index only.
 */
export function createPostingMatcher(index: lunr.Index, answerCount: number): (words: PlannedWord[]) => PostingMatches {
  const { invertedIndex, fieldVectors } = index as unknown as IndexInternals;
  let postings: Map<number, TermPosting> | null = null;
  const postingOf = (term: string) => {
    const entry = invertedIndex[term];
    if (!entry) return undefined;
    postings ??= transposeFieldVectors(fieldVectors);
    return postings.get(entry._index);
  };

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
