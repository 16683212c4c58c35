import type lunr from 'lunr';

interface IndexInternals {
  invertedIndex: Record<string, { _index: number }>;
  fieldVectors: Record<string, { elements: number[] }>;
  fields: string[];
}

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

/**
 * The BM25 weight (idf, length normalisation and field boost included) that
 * the index stores for a term in an answer, summed over its fields. Lets the
 * ranker score each query word by its best-matching term instead of adding up
 * every variant, as Lunr's own score does.
 */
export function createTermWeights(index: lunr.Index): (ref: string, term: string) => number {
  const { invertedIndex, fieldVectors, fields } = index as unknown as IndexInternals;
  return (ref, term) => {
    const posting = invertedIndex[term];
    if (!posting) return 0;
    let sum = 0;
    for (const field of fields) {
      const vector = fieldVectors[`${field}/${ref}`];
      if (vector) sum += valueAt(vector.elements, posting._index);
    }
    return sum;
  };
}
