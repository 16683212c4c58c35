import { loadGuideFiles, SHIPPED_GUIDE_FILES } from '../search/shipped-guide-files';
import type { GuideSearcher } from '../search/search-guide';
import { generatedIndexFiles } from './generated-index-files';
import { guideDirs, ingestCaptureDirs } from './read-capture-dir';
import type { GuideQuestion } from '../guide/types';

/**
 * The searcher over the index the build ships: built from the same captures
 * by the same code (the build is deterministic), written to the same files
 * and loaded back exactly as the background does.
 */
export function loadShippedSearcher(dirs: string[] = guideDirs()): GuideSearcher {
  return loadSearcherFor(ingestCaptureDirs(dirs).questions);
}

/** Builds an index over the given questions, as the files the build writes, and loads it back. */
export function loadSearcherFor(questions: GuideQuestion[]): GuideSearcher {
  const files = generatedIndexFiles(questions);
  const text = (name: string) => files[name] as string;
  return loadGuideFiles({
    index: text(SHIPPED_GUIDE_FILES.index),
    postings: files[SHIPPED_GUIDE_FILES.postings] as Uint8Array,
    answerMeta: text(SHIPPED_GUIDE_FILES.answerMeta),
    answers: text(SHIPPED_GUIDE_FILES.answers),
  });
}
