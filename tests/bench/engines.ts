import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { createStockLunrBaseline } from '../../lib/cli/stock-lunr-baseline';
import type { GuideLang, GuideQuestion } from '../../lib/guide/types';
import { loadAnswerStore, serializeAnswerStore, toStoredAnswer } from '../../lib/search/answer-store';
import { buildGuideIndex } from '../../lib/search/build-index';
import { loadGuideSearcher } from '../../lib/search/search-guide';

interface LoadedEngine {
  search(query: string, lang: GuideLang): number;
}

/** An engine as the extension would ship it: built at build time, loaded from text at wake-up. */
export interface BenchEngine {
  name: string;
  /** Builds and serializes the index. */
  build(questions: GuideQuestion[]): string;
  /** The answer store as the engine ships it beside its index. */
  storeAnswers(questions: GuideQuestion[]): string;
  /** Parses and loads a serialized index plus the answer store. */
  load(serialized: string, answerStore: string): LoadedEngine;
  /** Distinct indexed terms of a serialized index. */
  countTerms?(serialized: string): number;
}

/** Stock engines ship the answers as one JSON array, parsed whole at load. */
const jsonAnswerStore = (questions: GuideQuestion[]) => JSON.stringify(questions.map(toStoredAnswer));

const OURS: BenchEngine = {
  name: 'ours',
  build: (questions) => JSON.stringify(buildGuideIndex(questions).index),
  // Meta rows on the first line, then one answer per line (answer-store.ts): the bodies are parsed when shown.
  storeAnswers(questions) {
    const { meta, lines } = serializeAnswerStore(questions);
    return `${meta}\n${lines}`;
  },
  load(serialized, answerStore) {
    const split = answerStore.indexOf('\n');
    const answers = loadAnswerStore(answerStore.slice(0, split), answerStore.slice(split + 1));
    const searcher = loadGuideSearcher(JSON.parse(serialized), answers);
    return { search: (q, lang) => searcher.search(q, { lang, limit: 10 }).hits.length };
  },
  countTerms: (serialized) => (JSON.parse(serialized) as { lunr: { invertedIndex: unknown[] } }).lunr.invertedIndex.length,
};

export const STOCK_LUNR_RU: BenchEngine = {
  name: 'lunr+ru',
  build: (questions) => createStockLunrBaseline(questions).serialized,
  storeAnswers: jsonAnswerStore,
  countTerms: (serialized) => (JSON.parse(serialized) as { invertedIndex: unknown[] }).invertedIndex.length,
  load(serialized, answerStore) {
    const index = lunr.Index.load(JSON.parse(serialized));
    JSON.parse(answerStore);
    return {
      search(q) {
        try {
          return index.search(q).slice(0, 10).length;
        } catch {
          return 0;
        }
      },
    };
  },
};

const MINISEARCH_OPTIONS = { fields: ['title', 'text'], idField: 'ref', storeFields: [] as string[] };

const MINISEARCH: BenchEngine = {
  name: 'minisearch',
  build(questions) {
    const ms = new MiniSearch(MINISEARCH_OPTIONS);
    ms.addAll(questions.map((q, ref) => ({ ref, title: q.title, text: q.text })));
    return JSON.stringify(ms);
  },
  storeAnswers: jsonAnswerStore,
  load(serialized, answerStore) {
    const ms = MiniSearch.loadJSON(serialized, MINISEARCH_OPTIONS);
    JSON.parse(answerStore);
    return { search: (q) => ms.search(q, { fuzzy: 0.2, prefix: true, boost: { title: 3 } }).slice(0, 10).length };
  },
};

export const ENGINES = [OURS, STOCK_LUNR_RU, MINISEARCH];

