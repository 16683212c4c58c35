import type { GuideSearcher } from './search-guide';
import { loadGuideSearcher } from './search-guide';
import { loadAnswerStore, serializeAnswerStore, type StoredAnswer } from './answer-store';
import type { SerializedGuideIndex } from './build-index';
import { decodePostings, encodePostings } from './posting-lists';

/**
 * The prebuilt guide ships as packaged data files, not inside the background
 * script: a waking service worker then evaluates a small script and reads
 * the data with `fetch(runtime.getURL(...))` (an extension-internal read).
 * Evaluating the data as script cost most of a wake-up, and Chromium failed
 * now and then to start a worker whose script was tens of megabytes. The
 * posting lists are bytes (posting-lists.ts): nothing to parse.
 */
export const SHIPPED_GUIDE_DIR = 'guide';
export const SHIPPED_GUIDE_FILES = {
  index: 'index.json',
  postings: 'postings.bin',
  answerMeta: 'answer-meta.json',
  answers: 'answers.jsonl',
} as const;

/** The shipped guide's files by name (SHIPPED_GUIDE_FILES): the posting lists as bytes, the rest as text. */
export type ShippedGuideFiles = Record<string, string | Uint8Array>;

/** Build time: the files for an index and its answers. */
export function shippedGuideFiles(index: SerializedGuideIndex, answers: readonly StoredAnswer[]): ShippedGuideFiles {
  const { postings, ...rest } = index;
  const store = serializeAnswerStore(answers);
  return {
    [SHIPPED_GUIDE_FILES.index]: JSON.stringify(rest),
    [SHIPPED_GUIDE_FILES.postings]: encodePostings(postings),
    [SHIPPED_GUIDE_FILES.answerMeta]: store.meta,
    [SHIPPED_GUIDE_FILES.answers]: store.lines,
  };
}

/** Wake-up: a searcher over the files' contents. */
export function loadGuideFiles(files: { index: string; postings: Uint8Array; answerMeta: string; answers: string }): GuideSearcher {
  const index = { ...(JSON.parse(files.index) as Omit<SerializedGuideIndex, 'postings'>), postings: decodePostings(files.postings) };
  return loadGuideSearcher(index, loadAnswerStore(files.answerMeta, files.answers));
}

/** Reads one packaged file (by name inside SHIPPED_GUIDE_DIR). */
export interface PackagedFileReader {
  text(name: string): Promise<string>;
  bytes(name: string): Promise<Uint8Array>;
}

/** Loads the shipped guide from its files, read in parallel. */
export async function loadShippedGuide(read: PackagedFileReader): Promise<GuideSearcher> {
  const [index, postings, answerMeta, answers] = await Promise.all([
    read.text(SHIPPED_GUIDE_FILES.index),
    read.bytes(SHIPPED_GUIDE_FILES.postings),
    read.text(SHIPPED_GUIDE_FILES.answerMeta),
    read.text(SHIPPED_GUIDE_FILES.answers),
  ]);
  return loadGuideFiles({ index, postings, answerMeta, answers });
}
