import { logError } from '../log-error';
import { htmlToText } from '../guide/html-to-text';
import { GUIDE_ORIGIN } from '../kaspi-address';
import { buildGuideIndex, INDEX_FORMAT, type SerializedGuideIndex } from '../search/build-index';
import { arrayAnswerStore } from '../search/answer-store';
import { loadGuideSearcher, type GuideSearcher } from '../search/search-guide';
import { addLearned, type LearnOutcome } from './learned-store';
import type { LearnedQuestion, LearnedQuestionInput } from './learned-question';
import { MAX_LEARNED_QUESTIONS } from './learn-limits';
import { problemWithQuestion } from './validate-learned';

/** The part of `browser.storage.local` this needs; a plain map in tests. */
export interface KeyValueStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export const LEARNED_STORAGE_KEY = 'learnedGuide';

/**
 * Everything learned, in one storage entry so that it is written at once:
 * the questions (oldest first) and the Lunr index over them, serialized, so
 * that a wake-up only loads it. `shippedStamp` names the shipped index whose
 * statistics the learned one was scored with; another one means a rebuild.
 */
interface LearnedRecord {
  format: number;
  shippedStamp: string;
  questions: LearnedQuestion[];
  index: SerializedGuideIndex;
}

/** Whether a stored value is a learned record whose every question passes the learning checks. */
function isLearnedRecordShape(value: unknown): value is Partial<LearnedRecord> & { questions: LearnedQuestion[] } {
  if (typeof value !== 'object' || value === null) return false;
  const { questions } = value as Partial<LearnedRecord>;
  return (
    Array.isArray(questions) &&
    questions.length <= MAX_LEARNED_QUESTIONS &&
    questions.every((q: unknown) => {
      if (typeof q !== 'object' || q === null) return false;
      const stored = q as LearnedQuestion;
      // The stored form is the checked input form plus what the background added.
      const asInput = { ...stored, published: null };
      return (
        problemWithQuestion(asInput, stored.section) === null &&
        typeof stored.learnedAt === 'number' &&
        typeof stored.url === 'string' && stored.url.startsWith(`${GUIDE_ORIGIN}/`)
      );
    })
  );
}

/** A short fingerprint of the shipped answers (FNV-1a over addresses and dates). */
function shippedStampOf(shipped: GuideSearcher): string {
  let hash = 0x811c9dc5;
  for (let ref = 0; ref < shipped.answers.length; ref++) {
    const a = shipped.answers.meta(ref);
    const key = `${a.url}|${a.updated ?? ''};`;
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  }
  return `${INDEX_FORMAT}:${shipped.answers.length}:${(hash >>> 0).toString(36)}`;
}

export interface LearnedGuide {
  /** The learned questions' searcher, or null when nothing is learned. Loads once per wake-up. */
  searcher(): Promise<GuideSearcher | null>;
  count(): Promise<number>;
  learn(questions: LearnedQuestionInput[]): Promise<Omit<LearnOutcome, 'questions'> & { total: number }>;
  forget(): Promise<void>;
}

/** Questions that storage refuses (quota) lose this share of the oldest, then are written again. */
const QUOTA_EVICTION_SHARE = 0.25;
const QUOTA_RETRIES = 3;

/**
 * The learned questions: kept in extension storage, indexed by the same
 * index code as the shipped guide and scored on the shipped guide's term
 * statistics, so one ranking serves both (merge-searchers.ts). Operations
 * run one at a time: two guide tabs cannot interleave their writes.
 */
export function createLearnedGuide(storage: KeyValueStorage, shipped: GuideSearcher, now: () => number = Date.now): LearnedGuide {
  // Only needed when something was learned: a wake-up with nothing stored does not hash the shipped answers.
  let stampMemo: string | null = null;
  const stamp = () => (stampMemo ??= shippedStampOf(shipped));
  let loaded: { questions: LearnedQuestion[]; index: SerializedGuideIndex | null; searcher: GuideSearcher | null } | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    // The caller gets the failure through `run`; the queue only needs to go on.
    queue = run.catch(() => undefined);
    return run;
  };

  const build = (questions: LearnedQuestion[]): SerializedGuideIndex =>
    buildGuideIndex(questions.map((q) => ({ ...q, text: htmlToText(q.html) })), { joins: shipped.corpus }).index;

  /** Stores the questions with their index (`index` when it is still theirs, else built now). */
  async function write(questions: LearnedQuestion[], index?: SerializedGuideIndex): Promise<LearnedQuestion[]> {
    let kept = questions;
    for (let attempt = 0; ; attempt++) {
      const record: LearnedRecord = {
        format: INDEX_FORMAT,
        shippedStamp: stamp(),
        questions: kept,
        index: index && kept === questions ? index : build(kept),
      };
      try {
        if (kept.length === 0) await storage.remove(LEARNED_STORAGE_KEY);
        else await storage.set(LEARNED_STORAGE_KEY, record);
        loaded = { questions: kept, index: record.index, searcher: kept.length ? loadGuideSearcher(record.index, arrayAnswerStore(kept), shipped.corpus) : null };
        return kept;
      } catch (e) {
        if (attempt >= QUOTA_RETRIES || kept.length === 0) throw new Error(`could not store learned questions: ${(e as Error).message}`);
        kept = kept.slice(Math.ceil(kept.length * QUOTA_EVICTION_SHARE));
      }
    }
  }

  async function load() {
    if (loaded) return loaded;
    const record = (await storage.get(LEARNED_STORAGE_KEY)) as Partial<LearnedRecord> | undefined;
    if (record !== undefined && !isLearnedRecordShape(record)) {
      // Not something this extension wrote: dropped, and the pages teach it again on the next visit.
      console.warn('Kaspi Guide Helper: stored learned questions were not valid and are dropped');
      await storage.remove(LEARNED_STORAGE_KEY).catch((e: unknown) => logError('removing the unreadable learned questions', e));
      return (loaded = { questions: [], index: null, searcher: null });
    }
    const questions = record?.questions ?? [];
    if (questions.length === 0) return (loaded = { questions, index: null, searcher: null });
    if (record!.format === INDEX_FORMAT && record!.shippedStamp === stamp() && record!.index) {
      try {
        return (loaded = { questions, index: record!.index, searcher: loadGuideSearcher(record!.index, arrayAnswerStore(questions), shipped.corpus) });
      } catch (e) {
        logError('reading the learned index (indexing the learned questions again)', e);
      }
    }
    // Written by another version of the extension or of its shipped guide: index again, keep every question.
    await write(questions);
    return loaded!;
  }

  return {
    searcher: () => serially(async () => (await load()).searcher),
    count: () => serially(async () => (await load()).questions.length),
    learn: (incoming) =>
      serially(async () => {
        const current = await load();
        if (incoming.length === 0) return { added: 0, refreshed: 0, known: 0, evicted: 0, total: current.questions.length };
        const { questions, reindex, ...outcome } = addLearned(current.questions, incoming, shipped.answers, now());
        const kept = await write(questions, reindex ? undefined : current.index ?? undefined);
        return { ...outcome, evicted: outcome.evicted + questions.length - kept.length, total: kept.length };
      }),
    forget: () =>
      serially(async () => {
        await storage.remove(LEARNED_STORAGE_KEY);
        loaded = { questions: [], index: null, searcher: null };
      }),
  };
}
