import { buildGuideIndex } from '../search/build-index';
import { loadGuideSearcher, type GuideSearcher } from '../search/search-guide';
import { DEFAULT_GUIDE_DIR, ingestCaptureDirs } from './read-capture-dir';

/**
 * The searcher over the index the build ships: built from the same captures
 * by the same code (the build is deterministic), serialized and loaded back
 * exactly as the background does.
 */
export function loadShippedSearcher(dirs: string[] = [DEFAULT_GUIDE_DIR]): GuideSearcher {
  const { questions } = ingestCaptureDirs(dirs);
  const built = buildGuideIndex(questions);
  return loadGuideSearcher(JSON.parse(JSON.stringify(built.index)), built.answers);
}
