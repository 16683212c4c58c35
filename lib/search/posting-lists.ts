/**
 * The ranker's posting lists, shipped beside the Lunr index: for each term
 * (by Lunr's term index), the answers that hold it and the BM25 weight Lunr
 * computed for it there (title and body summed, field boosts included).
 *
 * Lunr serializes the same weights as per-answer field vectors, which
 * `lunr.Index.load` turns into objects and which our ranker then had to
 * transpose on the first query after each wake-up. Shipped already
 * transposed, as three flat integer lists, they parse in about half the time
 * and a wake-up's first query has nothing left to rebuild.
 */
export interface SerializedPostings {
  /** Per term index: how many answers hold the term. */
  counts: number[];
  /** Per term, its answers in ascending order, each as the gap from the previous one (the first from 0). */
  refGaps: number[];
  /** The weights in the same order, × 100 and rounded: two decimals are plenty for ranking. */
  weights: number[];
}

/** One term's answers and weights. */
export interface TermPosting {
  refs: Uint32Array;
  weights: Float64Array;
}

const WEIGHT_SCALE = 100;

/** Build time: posting lists from the field vectors of a freshly built Lunr index. */
export function postingsFromFieldVectors(
  fieldVectors: Record<string, { elements: number[] }>,
  fields: string[],
  answerCount: number,
  termCount: number,
): SerializedPostings {
  const perTerm: { refs: number[]; weights: number[] }[] = Array.from({ length: termCount }, () => ({ refs: [], weights: [] }));
  for (let ref = 0; ref < answerCount; ref++) {
    for (const field of fields) {
      const elements = fieldVectors[`${field}/${ref}`]?.elements ?? [];
      for (let i = 0; i < elements.length; i += 2) {
        const posting = perTerm[elements[i]!]!;
        const last = posting.refs.length - 1;
        // Refs arrive in order, so the same answer's other field is the last entry.
        if (last >= 0 && posting.refs[last] === ref) posting.weights[last]! += elements[i + 1]!;
        else {
          posting.refs.push(ref);
          posting.weights.push(elements[i + 1]!);
        }
      }
    }
  }
  const serialized: SerializedPostings = { counts: [], refGaps: [], weights: [] };
  for (const { refs, weights } of perTerm) {
    serialized.counts.push(refs.length);
    refs.forEach((ref, k) => serialized.refGaps.push(ref - (k === 0 ? 0 : refs[k - 1]!)));
    for (const w of weights) serialized.weights.push(Math.round(w * WEIGHT_SCALE));
  }
  return serialized;
}

/** Wake-up: only offsets are computed now; a term's list is decoded the first time a query needs it. */
export function loadPostingLists(serialized: SerializedPostings): (termIndex: number) => TermPosting {
  const { counts, refGaps, weights } = serialized;
  const offsets = new Uint32Array(counts.length + 1);
  for (let t = 0; t < counts.length; t++) offsets[t + 1] = offsets[t]! + counts[t]!;
  const decoded = new Map<number, TermPosting>();
  const empty: TermPosting = { refs: new Uint32Array(0), weights: new Float64Array(0) };
  return (termIndex) => {
    if (!(termIndex >= 0 && termIndex < counts.length)) return empty;
    let posting = decoded.get(termIndex);
    if (!posting) {
      const start = offsets[termIndex]!;
      const length = counts[termIndex]!;
      posting = { refs: new Uint32Array(length), weights: new Float64Array(length) };
      let ref = 0;
      for (let k = 0; k < length; k++) {
        ref += refGaps[start + k]!;
        posting.refs[k] = ref;
        posting.weights[k] = weights[start + k]! / WEIGHT_SCALE;
      }
      decoded.set(termIndex, posting);
    }
    return posting;
  };
}
