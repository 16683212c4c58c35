import lunr from 'lunr';
import { analyzeText } from './analyze-text';
import { toStoredAnswer } from './answer-store';
import { postingsFromFieldVectors, type PostingArrays } from './posting-lists';
import { buildWithIdf, builderInternals, indexInternals, type BuildPosting } from './lunr-adapter';

/** What the index reads of a question: the stored answer plus its plain text. */
export type IndexableQuestion = StoredAnswer & { text: string };
import type { StoredAnswer } from './answer-store';

/** Bumped whenever analysis changes, so an old serialized index is refused. */
export const INDEX_FORMAT = 153;
/** How much more a word in the title counts than one in the answer. */
export const TITLE_BOOST = 3;
/**
 * BM25's term-frequency saturation (Lunr's default is 1.2): an answer about a
 * topic names it again and again ("штраф" three times in the answer about the
 * fine), an answer that mentions it in passing names it once; with 2, the
 * second and third mention still count for a good part of the first.
 */
export const BM25_K1 = 2;

type Posting = BuildPosting;

/**
 * BM25 idf over documents, not (document, field) pairs. Lunr 2.3.9's lunr.idf
 * adds up a term's postings across fields, so a word common in titles *and*
 * bodies counts twice, can exceed the document count, and lands near zero
 * (e.g. "оплат" in 23 of 39 answers scored 0.08 instead of 0.53).
 */
export function documentIdf(posting: Posting, documentCount: number): number {
  return bm25Idf(documentIdfCount(posting), documentCount);
}

/** BM25's idf of a term held by `docs` of `total` answers (always positive). */
export function bm25Idf(docs: number, total: number): number {
  return Math.log(1 + (total - docs + 0.5) / (docs + 0.5));
}

/** How many answers hold the term, in any field. */
function documentIdfCount(posting: Posting): number {
  const docs = new Set<string>();
  for (const field of Object.keys(posting)) {
    if (field !== '_index') for (const ref of Object.keys(posting[field]!)) docs.add(ref);
  }
  return docs.size;
}

/** What another index needs to score its answers on this index's scale (see JoinedCorpus below). */
export interface IndexStats {
  documentCount: number;
  /** Lunr's mean length of each field, in terms. */
  averageFieldLength: Record<string, number>;
}

/** idf as if the small index's answers were part of the joined collection. */
function joinedIdf(joins: JoinedCorpus, invertedIndex: Record<string, Posting>) {
  // Lunr passes the posting, not the term: map back once, when every answer has been added.
  let termOf: Map<Posting, string> | null = null;
  return (posting: Posting, documentCount: number) => {
    termOf ??= new Map(Object.entries(invertedIndex).map(([term, p]) => [p, term]));
    const term = termOf.get(posting);
    const docs = documentIdfCount(posting) + (term === undefined ? 0 : joins.documentFrequency(term));
    return bm25Idf(docs, documentCount + joins.documentCount);
  };
}

/** Field lengths are normalised by the mean over both collections, weighted by their sizes. */
function joinAverageFieldLengths(builder: ReturnType<typeof builderInternals>, joins: JoinedCorpus, ownCount: number): void {
  const ownAverages = builder.calculateAverageFieldLengths.bind(builder);
  builder.calculateAverageFieldLengths = () => {
    ownAverages();
    const total = ownCount + joins.documentCount;
    for (const field of Object.keys(builder.averageFieldLength)) {
      const joined = joins.averageFieldLength[field];
      if (joined === undefined || total === 0) continue;
      builder.averageFieldLength[field] = (builder.averageFieldLength[field]! * ownCount + joined * joins.documentCount) / total;
    }
  };
}

export interface SerializedGuideIndex {
  format: number;
  stats: IndexStats;
  /** Lunr's own JSON (terms, token set, fields) without its posting data: see trimLunrJson. */
  lunr: object;
  /** The posting data, in the ranker's shape (posting-lists.ts); shipped as bytes beside the JSON (shipped-guide-files.ts). */
  postings: PostingArrays;
}

/**
 * The collection a small index joins (the learned questions join the shipped
 * ones): its term statistics replace the small index's own, so a learned
 * answer scores as it would inside the shipped index.
 */
export interface JoinedCorpus {
  documentCount: number;
  averageFieldLength: Record<string, number>;
  documentFrequency(term: string): number;
}

export interface BuildOptions {
  joins?: JoinedCorpus;
}

export interface BuiltGuideIndex {
  index: SerializedGuideIndex;
  /** In index-ref order; shipped through serializeAnswerStore (answer-store.ts). */
  answers: StoredAnswer[];
}

type LunrJson = {
  invertedIndex: [string, Record<string, unknown>][];
  fieldVectors: [string, number[]][];
} & Record<string, unknown>;

/**
 * Trims Lunr's JSON to what the wake-up needs of Lunr: the term list (with
 * each term's index) and so the token set that typo and prefix lookup walk.
 * Lunr serializes every (term, answer, field) pair twice — in the term's
 * posting map and in the answer's field vector — and our ranker reads
 * neither: it reads the same weights as posting lists (posting-lists.ts).
 * `lunr.Index.load` accepts empty maps and no vectors; only Lunr's own
 * `index.search`, which nothing here calls, would have nothing to score.
 */
function trimLunrJson(json: object): object {
  const lunrJson = json as LunrJson;
  return {
    ...lunrJson,
    fieldVectors: [],
    invertedIndex: lunrJson.invertedIndex.map(([term, posting]) => [
      term,
      Object.fromEntries(Object.entries(posting).map(([key, value]) => [key, key === '_index' ? value : {}])),
    ]),
  };
}

/**
 * Builds the Lunr index over the questions. Text is analysed by our own
 * pipeline (analyze-text.ts) before Lunr sees it, so Lunr's pipelines stay
 * empty and the same analysis serves queries. Refs are positions in the
 * answer store. Deterministic: the same questions give the same JSON.
 */
export function buildGuideIndex(questions: IndexableQuestion[], options: BuildOptions = {}): BuiltGuideIndex {
  const builder = new lunr.Builder();
  builder.ref('ref');
  builder.field('title', { boost: TITLE_BOOST });
  builder.field('body');
  builder.metadataWhitelist = [];
  builder.k1(BM25_K1);
  questions.forEach((q, ref) => {
    // A title names its topic once: a word it says twice ("просрочки … просрочку") is no more its topic.
    const title = [...new Set(analyzeText(q.title, q.lang))];
    builder.add({ ref: String(ref), title, body: analyzeText(q.text, q.lang) });
  });
  const joins = options.joins;
  const internals = builderInternals(builder);
  if (joins) joinAverageFieldLengths(internals, joins, questions.length);
  // The idf is baked into the serialized vectors at build time only; queries never recompute it.
  const index = buildWithIdf(builder, joins ? joinedIdf(joins, internals.invertedIndex) : documentIdf);
  const stats: IndexStats = { documentCount: questions.length, averageFieldLength: { ...internals.averageFieldLength } };
  const { fieldVectors, fields, invertedIndex } = indexInternals(index);
  const postings = postingsFromFieldVectors(fieldVectors, fields, questions.length, Object.keys(invertedIndex).length);
  return { index: { format: INDEX_FORMAT, stats, lunr: trimLunrJson(index.toJSON()), postings }, answers: questions.map(toStoredAnswer) };
}
