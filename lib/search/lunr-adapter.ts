import lunr from 'lunr';

/**
 * The one place that reaches into Lunr's internals. Lunr's typings expose
 * only its public search API; this engine reads the parts Lunr keeps on its
 * objects (checked for lunr 2.3.9, pinned exactly in package.json; the shape
 * is pinned by tests/unit/search/lunr-adapter.test.ts, so an upgrade that
 * changes it fails there first).
 */

/** A term's postings while building: field name → answer ref → metadata, plus `_index`. */
export type BuildPosting = Record<string, Record<string, unknown>>;

interface BuilderInternals {
  invertedIndex: Record<string, BuildPosting>;
  averageFieldLength: Record<string, number>;
  calculateAverageFieldLengths(): void;
}

interface IndexInternals {
  fieldVectors: Record<string, { elements: number[] }>;
  fields: string[];
  invertedIndex: Record<string, { _index: number }>;
  tokenSet: lunr.TokenSet;
}

export const builderInternals = (builder: lunr.Builder) => builder as unknown as BuilderInternals;
export const indexInternals = (index: lunr.Index) => index as unknown as IndexInternals;

/** The index terms within `edits` edits of `term`, through Lunr's Levenshtein automaton (TokenSet.fromFuzzyString, missing from @types/lunr). */
export function termsWithinEdits(index: lunr.Index, term: string, edits: number): string[] {
  return indexInternals(index).tokenSet.intersect(TokenSets.fromFuzzyString(term, edits)).toArray();
}

/** TokenSet's static builders, which @types/lunr declares as instance methods. */
const TokenSets = lunr.TokenSet as unknown as {
  fromFuzzyString(s: string, d: number): lunr.TokenSet;
  fromArray(sorted: string[]): lunr.TokenSet;
};

/** A word list that typo search can walk as it walks the index's terms (see wordsWithinEdits). */
export const tokenSetOf = (words: Iterable<string>): lunr.TokenSet => TokenSets.fromArray([...new Set(words)].sort());

/** The words of `words` within `edits` edits of `word`, through the same Levenshtein automaton. */
export function wordsWithinEdits(words: lunr.TokenSet, word: string, edits: number): string[] {
  return words.intersect(TokenSets.fromFuzzyString(word, edits)).toArray();
}

/**
 * A node of Lunr's TokenSet (the automaton typo search walks) over sorted
 * terms `words[lo..hi)`, which share their first `depth` characters. Its
 * edges are made the first time Lunr reads them: a waking worker answers its
 * first query without building the automaton for all the index's terms (Lunr
 * builds and minimises it inside `Index.load`, most of the load time at
 * 10,000 answers), and most queries, matched exactly or by prefix, never walk
 * it. Accepts the same words as Lunr's own (a trie, not minimised).
 */
class LazyTokenSet {
  final: boolean;
  private made: Record<string, LazyTokenSet> | null = null;

  constructor(
    readonly words: readonly string[],
    private readonly lo: number,
    private readonly hi: number,
    private readonly depth: number,
  ) {
    // Sorted, so a term that ends here is the first of the range.
    this.final = lo < hi && words[lo]!.length === depth;
  }

  get edges(): Record<string, LazyTokenSet> {
    if (this.made) return this.made;
    const edges: Record<string, LazyTokenSet> = {};
    for (let i = this.final ? this.lo + 1 : this.lo; i < this.hi; ) {
      const char = this.words[i]![this.depth]!;
      let end = i + 1;
      while (end < this.hi && this.words[end]![this.depth] === char) end++;
      edges[char] = new LazyTokenSet(this.words, i, end, this.depth + 1);
      i = end;
    }
    return (this.made = edges);
  }
}
// Lunr's intersect, toArray and toString are methods of its TokenSet prototype; they only read `edges` and `final`.
Object.setPrototypeOf(LazyTokenSet.prototype, lunr.TokenSet.prototype);

/** Stands in for `lunr.TokenSet.Builder` during `Index.load`: keeps the terms (checked in order, as Lunr's does) for a LazyTokenSet. */
class LazyTokenSetBuilder {
  private readonly words: string[] = [];
  root: LazyTokenSet | null = null;

  insert(word: string): void {
    if (this.words.length > 0 && word < this.words[this.words.length - 1]!) throw new Error('Out of order word insertion');
    this.words.push(word);
  }

  finish(): void {
    this.root = new LazyTokenSet(this.words, 0, this.words.length, 0);
  }
}

/**
 * `lunr.Index.load`, with a TokenSet whose nodes are made when a typo search
 * first needs them (LazyTokenSet). Lunr's builder (a module global read
 * inside `Index.load`) is replaced for that call only and restored even when
 * the load throws.
 */
export function loadIndex(serialized: object): lunr.Index {
  const tokenSet = lunr.TokenSet as unknown as { Builder: unknown };
  const stockBuilder = tokenSet.Builder;
  tokenSet.Builder = LazyTokenSetBuilder;
  try {
    return lunr.Index.load(serialized);
  } finally {
    tokenSet.Builder = stockBuilder;
  }
}

/** The index's terms in Lunr's order (sorted by code unit): kept by a token set made on demand, else sorted here. */
export function sortedTerms(index: lunr.Index): readonly string[] {
  const { tokenSet, invertedIndex } = indexInternals(index);
  return tokenSet instanceof LazyTokenSet ? tokenSet.words : Object.keys(invertedIndex).sort();
}

type IdfFunction = (posting: BuildPosting, documentCount: number) => number;

/**
 * Builds with another idf. Lunr reads `lunr.idf` (a module global) while
 * `builder.build()` computes the vectors; it is replaced for that call only
 * and restored even when the build throws.
 */
export function buildWithIdf(builder: lunr.Builder, idf: IdfFunction): lunr.Index {
  const lunrWithIdf = lunr as unknown as { idf: IdfFunction };
  const stockIdf = lunrWithIdf.idf;
  lunrWithIdf.idf = idf;
  try {
    return builder.build();
  } finally {
    lunrWithIdf.idf = stockIdf;
  }
}
