import type { MessageHandlers } from './messages';
import type { GuideSearcher } from './search/search-guide';
import type { StoredAnswer } from './search/answer-store';
import { topicForUrl } from './context';
import type { GuideLang } from './guide/types';

/** Answers about the page's topic (its own section first), else the popular ones. */
export function suggestForPage(searcher: GuideSearcher, url: string, lang: GuideLang, limit: number) {
  const topic = topicForUrl(url);
  if (topic) {
    const hits = searcher.search(topic.query[lang], { lang, limit: limit * 2 }).hits.map((h) => h.answer);
    const ranked = [...hits.filter((a) => a.section === topic.section), ...hits.filter((a) => a.section !== topic.section)];
    if (ranked.length > 0) return { topic: topic.id, answers: ranked.slice(0, limit) };
  }
  return { topic: null, answers: rankPopular(searcher.answers, lang, limit) };
}

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
    getPageSuggestions: ({ url, lang, limit }) => suggestForPage(getSearcher(), url, lang, limit ?? 6),
    getStats: () => ({ answers: getSearcher().answers.length }),
  };
}
