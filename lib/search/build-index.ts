import lunr from 'lunr';
import { analyzeText } from './analyze-text';
import { toStoredAnswer, type AnswerStore } from './answer-store';
import type { GuideQuestion } from '../guide/types';

/** Bumped whenever analysis changes, so an old serialized index is refused. */
export const INDEX_FORMAT = 1;
/** How much more a word in the title counts than one in the answer. */
export const TITLE_BOOST = 3;

export interface SerializedGuideIndex {
  format: number;
  lunr: object;
}

export interface BuiltGuideIndex {
  index: SerializedGuideIndex;
  answers: AnswerStore;
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
  const index = builder.build();
  return { index: { format: INDEX_FORMAT, lunr: index.toJSON() }, answers: questions.map(toStoredAnswer) };
}
