import type { GuideQuestion } from '../guide/types';
import { serializeAnswerStore } from '../search/answer-store';
import { buildGuideIndex } from '../search/build-index';

/** The files the background imports from `lib/generated/`, by name: the index and the answer store in two parts. */
export function generatedIndexFiles(questions: GuideQuestion[]): Record<string, string> {
  const { index, answers } = buildGuideIndex(questions);
  const store = serializeAnswerStore(answers);
  return { 'guide-index.json': JSON.stringify(index), 'guide-answer-meta.json': store.meta, 'guide-answers.jsonl': store.lines };
}
