import type { GuideQuestion } from '../guide/types';
import type { StoredAnswer } from '../search/answer-store';

/**
 * A question as the guide.kaspi.kz content script sends it: decoded and
 * sanitised there (the background has no DOM for DOMPurify). The background
 * derives the address itself from section, language and canonical path.
 */
export type LearnedQuestionInput = Pick<
  GuideQuestion,
  'id' | 'ids' | 'lang' | 'section' | 'title' | 'html' | 'updated' | 'published' | 'usefulness' | 'pinned' | 'canonical'
>;

/** A learned question as stored: what the UI shows, plus when it was last seen. */
export type LearnedQuestion = StoredAnswer & {
  canonical: string;
  /** Milliseconds since the epoch of the last visit that sent it (the oldest go first). */
  learnedAt: number;
};

export function toLearnedInput(q: GuideQuestion): LearnedQuestionInput {
  const { id, ids, lang, section, title, html, updated, published, usefulness, pinned, canonical } = q;
  return { id, ids, lang, section, title, html, updated, published, usefulness, pinned, canonical };
}
