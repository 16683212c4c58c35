import { pickFields } from '../pick-fields';
import type { GuideQuestion } from '../guide/types';
import type { StoredAnswer } from '../search/answer-store';

/**
 * A question as the guide.kaspi.kz content script sends it: decoded and
 * sanitised there (the background has no DOM for DOMPurify). The background
 * derives the address itself from section, language and canonical path.
 */
export const LEARNED_INPUT_FIELDS = [
  'id', 'ids', 'lang', 'section', 'title', 'html', 'updated', 'published', 'usefulness', 'pinned', 'canonical',
] as const satisfies readonly (keyof GuideQuestion)[];
export type LearnedQuestionInput = Pick<GuideQuestion, (typeof LEARNED_INPUT_FIELDS)[number]>;

/** A learned question as stored: what the UI shows, plus when it was last seen. */
export type LearnedQuestion = StoredAnswer & {
  canonical: string;
  /** Milliseconds since the epoch of the last visit that sent it (the oldest go first). */
  learnedAt: number;
};

export function toLearnedInput(q: GuideQuestion): LearnedQuestionInput {
  return pickFields(q, LEARNED_INPUT_FIELDS);
}
