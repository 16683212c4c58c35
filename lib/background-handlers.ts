import type { MessageHandlers } from './messages';
import type { GuideSearcher } from './search/search-guide';
import type { StoredAnswer } from './search/answer-store';

/** Pinned first, then the share of readers who found the answer useful. */
export function rankPopular(answers: StoredAnswer[], lang: string, limit: number): StoredAnswer[] {
  return answers
    .filter((a) => a.lang === lang)
    .sort((a, b) => Number(b.pinned ?? false) - Number(a.pinned ?? false) || (b.usefulness ?? 0) - (a.usefulness ?? 0) || a.id - b.id)
    .slice(0, limit);
}

/**
 * The background's answers to every message. The searcher is obtained
 * lazily: the index loads on the first message after each wake-up, once.
 */
export function createBackgroundHandlers(getSearcher: () => GuideSearcher): MessageHandlers {
  return {
    search: ({ query, lang, limit }) => getSearcher().search(query, { lang, limit: limit ?? 10 }),
    getAnswer: ({ id }) => getSearcher().answers.find((a) => a.ids.includes(id)) ?? null,
    getPopular: ({ lang, limit }) => rankPopular(getSearcher().answers, lang, limit ?? 8),
    getStats: () => ({ answers: getSearcher().answers.length }),
  };
}
