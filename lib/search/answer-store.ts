import type { GuideQuestion } from '../guide/types';

/**
 * What the UI needs of an answer; kept apart from the index, looked up by
 * position. The plain text is not stored: it is derived from `html` when a
 * snippet needs it (html-to-text.ts), which halves the store to parse at wake-up.
 */
export type StoredAnswer = Pick<
  GuideQuestion,
  'id' | 'ids' | 'lang' | 'section' | 'title' | 'html' | 'updated' | 'usefulness' | 'pinned' | 'url'
>;

/** The answer store: answers in index-ref order (ref = position). */
export type AnswerStore = StoredAnswer[];

/** Keeps the fields the product shows or ranks by. */
export function toStoredAnswer(q: StoredAnswer): StoredAnswer {
  const { id, ids, lang, section, title, html, updated, usefulness, pinned, url } = q;
  return { id, ids, lang, section, title, html, updated, usefulness, pinned, url };
}
