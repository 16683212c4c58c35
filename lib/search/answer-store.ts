import { pickFields } from '../pick-fields';
import type { GuideLang, GuideQuestion } from '../guide/types';

/**
 * What the UI needs of an answer; kept apart from the index, looked up by
 * position. The plain text is not stored: it is derived from `html` when a
 * snippet needs it (html-to-text.ts).
 */
const STORED_FIELDS = ['id', 'ids', 'lang', 'section', 'title', 'html', 'updated', 'usefulness', 'pinned', 'url'] as const satisfies readonly (keyof GuideQuestion)[];
export type StoredAnswer = Pick<GuideQuestion, (typeof STORED_FIELDS)[number]>;

/** What ranking, popular questions and merging read of every answer. */
export type AnswerMeta = Pick<StoredAnswer, 'id' | 'ids' | 'lang' | 'usefulness' | 'pinned' | 'url' | 'updated'>;

/**
 * The answers in index-ref order (ref = position). `meta` is at hand for
 * every answer; `get` gives the whole answer, which a shipped store parses
 * only when it is shown (a few per query), not all at wake-up.
 */
export interface AnswerStore {
  readonly length: number;
  meta(ref: number): AnswerMeta;
  get(ref: number): StoredAnswer;
}

/** Keeps the fields the product shows or ranks by. */
export function toStoredAnswer(q: StoredAnswer): StoredAnswer {
  return pickFields(q, STORED_FIELDS);
}

/** A store over answers already in memory (learned questions, tests, command-line tools). */
export function arrayAnswerStore(answers: readonly StoredAnswer[]): AnswerStore {
  return { length: answers.length, meta: (ref) => answers[ref]!, get: (ref) => answers[ref]! };
}

/** The first answer one of whose ids is `id`. */
export function findAnswerById(store: AnswerStore, id: number): StoredAnswer | null {
  for (let ref = 0; ref < store.length; ref++) if (store.meta(ref).ids.includes(id)) return store.get(ref);
  return null;
}

/** A meta row as shipped: `[id, ids, lang, usefulness, pinned, updated, url]`. */
type MetaRow = [number, number[], GuideLang, number | null, boolean | null, string | null, string];

/**
 * The shipped answer store in two parts: `meta`, a JSON list of short rows
 * parsed at wake-up, and `lines`, one JSON answer per line, kept as text and
 * parsed line by line on demand. At 10,000 answers the rows are a fifth of
 * the text, and wake-up parses no answer body.
 */
export interface SerializedAnswerStore {
  meta: string;
  lines: string;
}

export function serializeAnswerStore(answers: readonly StoredAnswer[]): SerializedAnswerStore {
  const rows: MetaRow[] = answers.map((a) => [a.id, a.ids, a.lang, a.usefulness, a.pinned, a.updated, a.url]);
  // JSON.stringify escapes line breaks inside strings, so each answer is exactly one line.
  return { meta: JSON.stringify(rows), lines: answers.map((a) => JSON.stringify(toStoredAnswer(a))).join('\n') };
}

/** Loads a serialized store: parses the rows now, each answer's line the first time it is asked for. */
export function loadAnswerStore(meta: unknown, lines: string): AnswerStore {
  const rows = (typeof meta === 'string' ? JSON.parse(meta) : meta) as MetaRow[];
  const metas: AnswerMeta[] = rows.map(([id, ids, lang, usefulness, pinned, updated, url]) => ({ id, ids, lang, usefulness, pinned, updated, url }));
  let lineStarts: Uint32Array | null = null;
  const parsed = new Map<number, StoredAnswer>();
  const lineOf = (ref: number) => {
    if (!lineStarts) {
      lineStarts = new Uint32Array(metas.length + 1);
      let at = 0;
      for (let i = 1; i <= metas.length; i++) {
        const end = lines.indexOf('\n', at);
        at = end === -1 ? lines.length + 1 : end + 1;
        lineStarts[i] = at;
      }
    }
    return lines.slice(lineStarts[ref], lineStarts[ref + 1]! - 1);
  };
  return {
    length: metas.length,
    meta: (ref) => metas[ref]!,
    get(ref) {
      let answer = parsed.get(ref);
      if (!answer) parsed.set(ref, (answer = JSON.parse(lineOf(ref)) as StoredAnswer));
      return answer;
    },
  };
}
