import type lunr from 'lunr';
import type { PlannedWord } from './query-plan';

interface IndexInternals {
  invertedIndex: Record<string, { _index: number }>;
  fieldVectors: Record<string, { elements: number[] }>;
  fields: string[];
}

/** A term's answers (refs are answer positions) and its stored BM25 weight in each, fields summed. */
interface TermPosting {
  refs: Uint32Array;
  weights: Float64Array;
}

/**
 * Posting lists with weights, by term index, from the index's field vectors
 * (the serialized index ships no posting maps: see build-index.ts). Two passes
 * over the vectors into flat typed arrays (count, then fill), done on the
 * first search after a wake-up; an answer's fields are summed per term.
 */
function transposeFieldVectors(
  fieldVectors: IndexInternals['fieldVectors'],
  fields: string[],
  answerCount: number,
  termCount: number,
): (termIndex: number) => TermPosting {
  const vectorsOf = (ref: number) => fields.map((f) => fieldVectors[`${f}/${ref}`]?.elements).filter((e) => e !== undefined);
  const counts = new Uint32Array(termCount + 1);
  for (let ref = 0; ref < answerCount; ref++) {
    for (const elements of vectorsOf(ref)) for (let i = 0; i < elements.length; i += 2) counts[elements[i]!]!++;
  }
  const offsets = new Uint32Array(termCount + 2);
  for (let t = 0; t <= termCount; t++) offsets[t + 1] = offsets[t]! + counts[t]!;
  const refs = new Uint32Array(offsets[termCount + 1]!);
  const weights = new Float64Array(refs.length);
  const lengths = new Uint32Array(termCount + 1);
  for (let ref = 0; ref < answerCount; ref++) {
    for (const elements of vectorsOf(ref)) {
      for (let i = 0; i < elements.length; i += 2) {
        const t = elements[i]!;
        const at = offsets[t]! + lengths[t]!;
        // Refs arrive in order, so the same answer's other field is the entry just written.
        if (lengths[t]! > 0 && refs[at - 1] === ref) weights[at - 1]! += elements[i + 1]!;
        else {
          refs[at] = ref;
          weights[at] = elements[i + 1]!;
          lengths[t]!++;
        }
      }
    }
  }
  return (t) => ({ refs: refs.subarray(offsets[t], offsets[t]! + lengths[t]!), weights: weights.subarray(offsets[t], offsets[t]! + lengths[t]!) });
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
export interface PostingMatcher {
  match(words: PlannedWord[]): PostingMatches;
  /** How many answers hold the term (0 when the index does not know it). */
  documentFrequency(term: string): number;
}

export function createPostingMatcher(index: lunr.Index, answerCount: number): PostingMatcher {
  const { invertedIndex, fieldVectors, fields } = index as unknown as IndexInternals;
  let postings: ((termIndex: number) => TermPosting) | null = null;
  const postingOf = (term: string) => {
    const entry = invertedIndex[term];
    if (!entry) return undefined;
    postings ??= transposeFieldVectors(fieldVectors, fields, answerCount, Object.keys(invertedIndex).length);
    return postings(entry._index);
  };

  const match = (words: PlannedWord[]): PostingMatches => {
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
  return { match, documentFrequency: (term) => postingOf(term)?.refs.length ?? 0 };
}
