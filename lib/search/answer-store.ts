import type { GuideLang, GuideQuestion, GuideSection } from '../guide/types';

/** What the UI needs of an answer; kept apart from the index, looked up by position. */
export interface StoredAnswer {
  id: number;
  ids: number[];
  lang: GuideLang;
  section: GuideSection;
  title: string;
  html: string;
  text: string;
  updated: string | null;
  usefulness: number | null;
  pinned: boolean | null;
  url: string;
}

/** The answer store: answers in index-ref order (ref = position). */
export type AnswerStore = StoredAnswer[];

/** Keeps the fields the product shows or ranks by. */
export function toStoredAnswer(q: GuideQuestion): StoredAnswer {
  const { id, ids, lang, section, title, html, text, updated, usefulness, pinned, url } = q;
  return { id, ids, lang, section, title, html, text, updated, usefulness, pinned, url };
}
