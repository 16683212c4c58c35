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
  const tokenSet = lunr.TokenSet as unknown as { fromFuzzyString(s: string, d: number): lunr.TokenSet };
  return indexInternals(index).tokenSet.intersect(tokenSet.fromFuzzyString(term, edits)).toArray();
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
