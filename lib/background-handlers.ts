import { listResponse, summarize } from './listed-answers';
import type { MessageHandlers } from './message-dispatch';
import type { PageSuggestions } from './messages';
import type { AnswerSearcher, GuideSearcher } from './search/search-guide';
import type { LearnedGuide } from './learned/learned-guide';
import { validateLearnedPage } from './learned/validate-learned';
import { mergeSearchers } from './search/merge-searchers';
import { RetryableError } from './retryable-error';
import { findAnswerById, type AnswerStore, type StoredAnswer } from './search/answer-store';
import { topicForUrl } from './context';
import { titleTerms } from './search/title-overlap';
import { tokenizeWords } from './search/normalize-text';
import { stemsOf } from './search/vocabulary-expansion';
import type { GuideLang } from './guide/types';

/** Share of a page topic's words an answer's title must say: an answer that only mentions the product in passing is not about it. */
const TOPIC_TITLE_SHARE = 0.5;

function titleSaysTopic(topicQuery: string, answer: StoredAnswer): boolean {
  const title = new Set(titleTerms(answer.title, answer.lang));
  const words = tokenizeWords(topicQuery).map((t) => t.word);
  const said = words.filter((w) => stemsOf(w).some((s) => title.has(s))).length;
  return said >= words.length * TOPIC_TITLE_SHARE;
}

/**
 * Answers about the page's topic (its own section first): only answers that
 * match the topic's words (judge-confidence.ts) and say at least half of them
 * in their title, never fillers from another
 * product; none when the data has none (the UI then links the guide section).
 * Pages without a known topic get the popular answers.
 */
function suggestForPage(
  searcher: AnswerSearcher, url: string, lang: GuideLang, limit: number,
): Omit<PageSuggestions, 'answers'> & { answers: StoredAnswer[] } {
  const topic = topicForUrl(url);
  if (!topic) return { topic: null, section: null, answers: rankPopular(searcher.answers, lang, limit) };
  const query = topic.query[lang];
  const hits = searcher
    .search(query, { lang, limit: limit * 2 })
    .hits.filter((h) => h.matchesQuery && titleSaysTopic(query, h.answer))
    .map((h) => h.answer);
  const ranked = [...hits.filter((a) => a.section === topic.section), ...hits.filter((a) => a.section !== topic.section)];
  return { topic: topic.id, section: topic.section, answers: ranked.slice(0, limit) };
}

/** Pinned first, then the share of readers who found the answer useful. */
function rankPopular(answers: AnswerStore, lang: string, limit: number): StoredAnswer[] {
  const refs: number[] = [];
  for (let ref = 0; ref < answers.length; ref++) if (answers.meta(ref).lang === lang) refs.push(ref);
  const order = (ref: number) => answers.meta(ref);
  return refs
    .sort((x, y) => {
      const a = order(x);
      const b = order(y);
      return Number(b.pinned ?? false) - Number(a.pinned ?? false) || (b.usefulness ?? 0) - (a.usefulness ?? 0) || a.id - b.id;
    })
    .slice(0, limit)
    .map((ref) => answers.get(ref));
}

export interface BackgroundParts {
  /** The shipped index, read on first use after each wake-up. */
  shipped(): Promise<GuideSearcher>;
  /** The learned questions (created on first use). */
  learned(): Promise<LearnedGuide>;
  /** The user's "learn from guide pages" setting. */
  isLearningOn(): Promise<boolean>;
}

/**
 * The background's answers to every message. Shipped and learned answers are
 * searched as one (merge-searchers.ts); the merged searcher is made on the
 * first message after each wake-up and again after learning or forgetting.
 */
export function createBackgroundHandlers(parts: BackgroundParts): { handlers: MessageHandlers; searcher: () => Promise<AnswerSearcher> } {
  let merged: Promise<AnswerSearcher> | null = null;
  const loadMerged = async () => {
    const [shipped, learned] = await Promise.all([parts.shipped(), parts.learned()]);
    return mergeSearchers(shipped, await learned.searcher());
  };
  // A failed load is not kept: the next message, or this one sent again, tries again.
  const searcher = () =>
    (merged ??= loadMerged().catch((error: unknown) => {
      merged = null;
      throw new RetryableError(`reading the guide: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }));
  const learnedChanged = () => {
    merged = null;
  };

  const handlers: MessageHandlers = {
    search: async ({ query, lang, limit }) => listResponse((await searcher()).search(query, { lang, limit: limit ?? 10 })),
    getAnswer: async ({ id }) => findAnswerById((await searcher()).answers, id),
    getPopular: async ({ lang, limit }) => rankPopular((await searcher()).answers, lang, limit ?? 8).map(summarize),
    getPageSuggestions: async ({ url, lang, limit }) => {
      const suggestions = suggestForPage(await searcher(), url, lang, limit ?? 6);
      return { ...suggestions, answers: suggestions.answers.map(summarize) };
    },
    getStats: async () => ({ answers: (await searcher()).answers.length, learned: await (await parts.learned()).count() }),
    learnGuidePage: async ({ questions }, sender) => {
      const nothing = { added: 0, refreshed: 0, known: 0, evicted: 0 };
      if (!(await parts.isLearningOn())) return { learning: false, ...nothing, refused: [], total: await (await parts.learned()).count() };
      const checked = validateLearnedPage(questions, sender.url);
      if ('error' in checked) throw new Error(checked.error);
      const outcome = await (await parts.learned()).learn(checked.questions);
      learnedChanged();
      return { learning: true, ...outcome, refused: checked.refused };
    },
    forgetLearned: async () => {
      await (await parts.learned()).forget();
      learnedChanged();
      return { learned: 0 };
    },
  };
  return { handlers, searcher };
}
