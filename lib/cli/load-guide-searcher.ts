import { loadAnswerStore, serializeAnswerStore } from '../search/answer-store';
import { buildGuideIndex } from '../search/build-index';
import { loadGuideSearcher, type GuideSearcher } from '../search/search-guide';
import { guideDirs, ingestCaptureDirs } from './read-capture-dir';
import type { GuideQuestion } from '../guide/types';

/**
 * The searcher over the index the build ships: built from the same captures
 * by the same code (the build is deterministic), serialized and loaded back
 * exactly as the background does.
 */
export function loadShippedSearcher(dirs: string[] = guideDirs()): GuideSearcher {
  return loadSearcherFor(ingestCaptureDirs(dirs).questions);
}

/** Builds, serializes and loads back an index over the given questions. */
export function loadSearcherFor(questions: GuideQuestion[]): GuideSearcher {
  const built = buildGuideIndex(questions);
  const store = serializeAnswerStore(built.answers);
  return loadGuideSearcher(JSON.parse(JSON.stringify(built.index)), loadAnswerStore(store.meta, store.lines));
}
