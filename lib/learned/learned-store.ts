import { buildGuideUrl } from '../guide/guide-url';
import { toStoredAnswer, type AnswerMeta, type AnswerStore } from '../search/answer-store';
import { guideDateOrder } from '../guide/guide-date';
import type { LearnedQuestion, LearnedQuestionInput } from './learned-question';
import { MAX_LEARNED_QUESTIONS } from './learn-limits';

export interface LearnOutcome {
  questions: LearnedQuestion[];
  /** New to the extension. */
  added: number;
  /** Already learned: replaced by this visit's copy. */
  refreshed: number;
  /** The shipped index already holds them, as new or newer: not stored. */
  known: number;
  /** Dropped to stay within the limit, oldest first. */
  evicted: number;
}

function toLearnedQuestion(input: LearnedQuestionInput, learnedAt: number): LearnedQuestion {
  const { section, lang, canonical } = input;
  return { ...toStoredAnswer({ ...input, url: buildGuideUrl(section, lang, canonical) }), canonical, learnedAt };
}

const sameContent = (a: LearnedQuestion, b: LearnedQuestion) =>
  a.title === b.title && a.html === b.html && a.lang === b.lang && a.updated === b.updated && a.ids.join() === b.ids.join();

/**
 * Adds one page's questions to the learned ones: a question is keyed by its
 * guide address; a shipped answer as new as the page's is not stored twice.
 * A question seen again keeps its place (so the index over the others stays
 * valid) with a fresh `learnedAt`; beyond `limit`, the ones seen longest ago go.
 * `reindex` says whether anything the index reads has changed.
 */
export function addLearned(
  stored: LearnedQuestion[],
  incoming: LearnedQuestionInput[],
  shipped: AnswerStore,
  now: number,
  limit = MAX_LEARNED_QUESTIONS,
): LearnOutcome & { reindex: boolean } {
  const shippedByUrl = new Map<string, AnswerMeta>();
  for (let ref = 0; ref < shipped.length; ref++) shippedByUrl.set(shipped.meta(ref).url, shipped.meta(ref));
  const byUrl = new Map(stored.map((q) => [q.url, q]));
  let added = 0;
  let refreshed = 0;
  let known = 0;
  let reindex = false;
  for (const input of incoming) {
    const question = toLearnedQuestion(input, now);
    const inShipped = shippedByUrl.get(question.url);
    const before = byUrl.get(question.url);
    if (inShipped && guideDateOrder(inShipped.updated) >= guideDateOrder(question.updated)) {
      known++;
      if (before) reindex = byUrl.delete(question.url);
      continue;
    }
    if (before) refreshed++;
    else added++;
    if (!before || !sameContent(before, question)) reindex = true;
    byUrl.set(question.url, question);
  }
  const all = [...byUrl.values()];
  const evicted = Math.max(0, all.length - limit);
  if (evicted === 0) return { questions: all, added, refreshed, known, evicted, reindex };
  const oldest = new Set([...all].sort((a, b) => a.learnedAt - b.learnedAt).slice(0, evicted));
  return { questions: all.filter((q) => !oldest.has(q)), added, refreshed, known, evicted, reindex: true };
}
