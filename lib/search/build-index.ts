import lunr from 'lunr';
import { analyzeText } from './analyze-text';
import { toStoredAnswer, type AnswerStore } from './answer-store';
import type { GuideQuestion } from '../guide/types';

/** Bumped whenever analysis changes, so an old serialized index is refused. */
export const INDEX_FORMAT = 3;
/** How much more a word in the title counts than one in the answer. */
export const TITLE_BOOST = 3;

type Posting = Record<string, Record<string, unknown>>;

/**
 * BM25 idf over documents, not (document, field) pairs. Lunr 2.3.9's lunr.idf
 * adds up a term's postings across fields, so a word common in titles *and*
 * bodies counts twice, can exceed the document count, and lands near zero
 * (e.g. "оплат" in 23 of 39 answers scored 0.08 instead of 0.53).
 */
export function documentIdf(posting: Posting, documentCount: number): number {
  const docs = new Set<string>();
  for (const field of Object.keys(posting)) {
    if (field !== '_index') for (const ref of Object.keys(posting[field]!)) docs.add(ref);
  }
  return Math.log(1 + (documentCount - docs.size + 0.5) / (docs.size + 0.5));
}

export interface SerializedGuideIndex {
  format: number;
  lunr: object;
}

export interface BuiltGuideIndex {
  index: SerializedGuideIndex;
  answers: AnswerStore;
}

type LunrJson = {
  invertedIndex: [string, Record<string, unknown>][];
  fieldVectors: [string, number[]][];
} & Record<string, unknown>;

/**
 * Trims what the ranker does not need from Lunr's JSON. Lunr serializes every (term, answer, field) pair twice: in the term's
 * posting map and in the answer's field vector. Our ranker reads postings
 * from the field vectors (match-postings.ts), so the maps are shipped empty;
 * `lunr.Index.load` accepts that, and the term list and token set stay whole.
 */
function trimLunrJson(json: object): object {
  const lunrJson = json as LunrJson;
  return {
    ...lunrJson,
    // Two decimals are plenty for ranking and a fifth shorter to ship and parse than Lunr's three.
    fieldVectors: lunrJson.fieldVectors.map(([key, elements]) => [
      key,
      elements.map((v, i) => (i % 2 === 1 ? Math.round(v * 100) / 100 : v)),
    ]),
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
export function buildGuideIndex(questions: GuideQuestion[]): BuiltGuideIndex {
  const builder = new lunr.Builder();
  builder.ref('ref');
  builder.field('title', { boost: TITLE_BOOST });
  builder.field('body');
  builder.metadataWhitelist = [];
  questions.forEach((q, ref) => {
    builder.add({ ref: String(ref), title: analyzeText(q.title, q.lang), body: analyzeText(q.text, q.lang) });
  });
  // The idf is baked into the serialized vectors at build time only; queries never recompute it.
  const lunrWithIdf = lunr as unknown as { idf: (p: Posting, n: number) => number };
  const stockIdf = lunrWithIdf.idf;
  lunrWithIdf.idf = documentIdf;
  let index: lunr.Index;
  try {
    index = builder.build();
  } finally {
    lunrWithIdf.idf = stockIdf;
  }
  return { index: { format: INDEX_FORMAT, lunr: trimLunrJson(index.toJSON()) }, answers: questions.map(toStoredAnswer) };
}
