import { extractNuxtData } from '../guide/extract-nuxt-data';
import { guidePageOf } from '../guide/guide-url';
import { readGuidePage, type GuidePageQuestions } from './read-guide-page';

/**
 * The guide is a single-page app: after the first page, questions open
 * without a page load, and their data comes through the site's own API,
 * which we do not read. Every question address also serves the whole page
 * with its payload, so the new address is requested once — same origin, no
 * cookies — and its `__NUXT_DATA__` read with the same decoder.
 */
export interface NavigationLearner {
  /** The questions of the page the app navigated to, or null when nothing is requested (not a guide page, already read). */
  questionsAt(address: string): Promise<GuidePageQuestions | null>;
}

export function createNavigationLearner(
  fetchPage: (address: string) => Promise<string>,
  sanitize: (html: string) => string,
  alreadyRead: Iterable<string> = [],
): NavigationLearner {
  const read = new Set([...alreadyRead].map(withoutFragment));
  return {
    async questionsAt(address) {
      const key = withoutFragment(address);
      if (read.has(key) || !guidePageOf(key)) return null;
      read.add(key);
      const payload = extractNuxtData(await fetchPage(key));
      if (payload === null) return { questions: [], error: 'the page holds no __NUXT_DATA__' };
      return readGuidePage(payload, key, sanitize);
    },
  };
}

function withoutFragment(address: string): string {
  return address.split('#')[0]!;
}
