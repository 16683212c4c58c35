import type { GuideSearcher } from './search-guide';
import { loadGuideSearcher } from './search-guide';
import { loadAnswerStore } from './answer-store';
import type { SerializedGuideIndex } from './build-index';

/**
 * The prebuilt guide ships as packaged data files, not inside the background
 * script: a waking service worker then evaluates a small script and reads
 * the data with `fetch(runtime.getURL(...))` (an extension-internal read).
 * Evaluating the data as script cost most of a wake-up, and Chromium failed
 * now and then to start a worker whose script was tens of megabytes.
 */
export const SHIPPED_GUIDE_DIR = 'guide';
export const SHIPPED_GUIDE_FILES = { index: 'index.json', answerMeta: 'answer-meta.json', answers: 'answers.jsonl' } as const;

/** Reads one packaged file (by name inside SHIPPED_GUIDE_DIR) as text. */
export type ReadPackagedText = (name: string) => Promise<string>;

/** Loads the shipped guide from its three files, read in parallel. */
export async function loadShippedGuide(read: ReadPackagedText): Promise<GuideSearcher> {
  const [index, meta, answers] = await Promise.all([
    read(SHIPPED_GUIDE_FILES.index),
    read(SHIPPED_GUIDE_FILES.answerMeta),
    read(SHIPPED_GUIDE_FILES.answers),
  ]);
  return loadGuideSearcher(JSON.parse(index) as SerializedGuideIndex, loadAnswerStore(meta, answers));
}
