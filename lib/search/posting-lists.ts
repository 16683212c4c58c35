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

/** The three lists as a wake-up holds them: decoded from the shipped bytes (decodePostings) or straight from a build. */
export interface PostingArrays {
  counts: ArrayLike<number>;
  refGaps: ArrayLike<number>;
  weights: ArrayLike<number>;
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
export function loadPostingLists(serialized: PostingArrays): (termIndex: number) => TermPosting {
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

/**
 * The posting lists ship as bytes in their own file, read with
 * `arrayBuffer()`: JSON's text of half a million small integers took a
 * waking worker as long to parse as all of Lunr's index. Layout: "KGP1", then
 * unsigned LEB128 varints: term count, posting count, each term's count, every
 * ref gap, every weight (most take one or two bytes).
 */
const MAGIC = [0x4b, 0x47, 0x50, 0x31];

export function encodePostings({ counts, refGaps, weights }: PostingArrays): Uint8Array {
  const out: number[] = [...MAGIC];
  const put = (n: number) => {
    if (!(Number.isInteger(n) && n >= 0 && n <= 0xffffffff)) throw new Error(`posting lists: ${n} is not an unsigned 32-bit integer`);
    for (; n >= 0x80; n = Math.floor(n / 0x80)) out.push((n % 0x80) | 0x80);
    out.push(n);
  };
  put(counts.length);
  put(refGaps.length);
  for (const list of [counts, refGaps, weights]) for (let i = 0; i < list.length; i++) put(list[i]!);
  return Uint8Array.from(out);
}

/** The shipped bytes back as lists; throws a clear error on bytes that are not a whole posting file. */
export function decodePostings(bytes: Uint8Array): PostingArrays {
  if (bytes.length < MAGIC.length || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('posting lists: not a posting file (KGP1)');
  const header = new Uint32Array(2);
  let at = readVarints(bytes, MAGIC.length, header);
  const [termCount, postingCount] = header as unknown as [number, number];
  if (termCount > bytes.length || postingCount > bytes.length) throw new Error('posting lists: counts larger than the file');
  const counts = new Uint32Array(termCount);
  const refGaps = new Uint32Array(postingCount);
  const weights = new Uint32Array(postingCount);
  for (const list of [counts, refGaps, weights]) at = readVarints(bytes, at, list);
  if (at !== bytes.length) throw new Error('posting lists: bytes after the last weight');
  if (counts.reduce((sum, c) => sum + c, 0) !== postingCount) throw new Error('posting lists: term counts do not add up to the postings');
  return { counts, refGaps, weights };
}

/** Fills `out` with varints read from `at`; returns where they end. One tight loop: a wake-up reads a million of them. */
function readVarints(bytes: Uint8Array, at: number, out: Uint32Array): number {
  const end = bytes.length;
  for (let i = 0; i < out.length; i++) {
    if (at >= end) throw new Error('posting lists: the file ends early');
    let byte = bytes[at++]!;
    let n = byte & 0x7f;
    for (let scale = 0x80; byte >= 0x80; scale *= 0x80) {
      if (at >= end) throw new Error('posting lists: the file ends early');
      if (scale > 0x10000000) throw new Error('posting lists: a number is too long');
      byte = bytes[at++]!;
      n += (byte & 0x7f) * scale;
    }
    out[i] = n;
  }
  return at;
}
