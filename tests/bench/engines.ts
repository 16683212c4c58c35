import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { createStockLunrBaseline } from '../../lib/cli/stock-lunr-baseline';
import type { GuideLang, GuideQuestion } from '../../lib/guide/types';
import { serializeAnswerStore, toStoredAnswer } from '../../lib/search/answer-store';
import { buildGuideIndex } from '../../lib/search/build-index';
import { loadGuideFiles, SHIPPED_GUIDE_FILES, shippedGuideFiles } from '../../lib/search/shipped-guide-files';

interface LoadedEngine {
  search(query: string, lang: GuideLang): number;
}

/** A serialized index as the files it ships in (text or bytes). */
type IndexFiles = readonly (string | Uint8Array)[];

/** An engine as the extension would ship it: built at build time, loaded from its files at wake-up. */
export interface BenchEngine {
  name: string;
  /** Builds and serializes the index. */
  build(questions: GuideQuestion[]): IndexFiles;
  /** The answer store as the engine ships it beside its index. */
  storeAnswers(questions: GuideQuestion[]): string;
  /** Parses and loads a serialized index plus the answer store. */
  load(files: IndexFiles, answerStore: string): LoadedEngine;
  /** Distinct indexed terms of a serialized index. */
  countTerms?(files: IndexFiles): number;
}

/** Stock engines ship the answers as one JSON array, parsed whole at load. */
const jsonAnswerStore = (questions: GuideQuestion[]) => JSON.stringify(questions.map(toStoredAnswer));

const OURS: BenchEngine = {
  name: 'ours',
  // The index JSON and the posting lists' bytes, as the extension ships them (shipped-guide-files.ts).
  build(questions) {
    const files = shippedGuideFiles(buildGuideIndex(questions).index, []);
    return [files[SHIPPED_GUIDE_FILES.index]!, files[SHIPPED_GUIDE_FILES.postings]!];
  },
  // Meta rows on the first line, then one answer per line (answer-store.ts): the bodies are parsed when shown.
  storeAnswers(questions) {
    const { meta, lines } = serializeAnswerStore(questions);
    return `${meta}\n${lines}`;
  },
  load([index, postings], answerStore) {
    const split = answerStore.indexOf('\n');
    const searcher = loadGuideFiles({
      index: index as string,
      postings: postings as Uint8Array,
      answerMeta: answerStore.slice(0, split),
      answers: answerStore.slice(split + 1),
    });
    return { search: (q, lang) => searcher.search(q, { lang, limit: 10 }).hits.length };
  },
  countTerms: ([index]) => (JSON.parse(index as string) as { lunr: { invertedIndex: unknown[] } }).lunr.invertedIndex.length,
};

export const STOCK_LUNR_RU: BenchEngine = {
  name: 'lunr+ru',
  build: (questions) => [createStockLunrBaseline(questions).serialized],
  storeAnswers: jsonAnswerStore,
  countTerms: ([serialized]) => (JSON.parse(serialized as string) as { invertedIndex: unknown[] }).invertedIndex.length,
  load([serialized], answerStore) {
    const index = lunr.Index.load(JSON.parse(serialized as string));
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
    return [JSON.stringify(ms)];
  },
  storeAnswers: jsonAnswerStore,
  load([serialized], answerStore) {
    const ms = MiniSearch.loadJSON(serialized as string, MINISEARCH_OPTIONS);
    JSON.parse(answerStore);
    return { search: (q) => ms.search(q, { fuzzy: 0.2, prefix: true, boost: { title: 3 } }).slice(0, 10).length };
  },
};

export const ENGINES = [OURS, STOCK_LUNR_RU, MINISEARCH];

