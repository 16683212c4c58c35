import type { GuideQuestion } from '../../lib/guide/types';
import { createLearnedGuide } from '../../lib/learned/learned-guide';
import { toLearnedInput, type LearnedQuestionInput } from '../../lib/learned/learned-question';
import { loadSearcherFor } from '../../lib/cli/load-guide-searcher';
import { createMemoryStorage } from '../unit/memory-storage';

export interface LearnedResult {
  questions: number;
  /** The whole storage entry (questions + serialized index), as JSON. */
  storageBytes: number;
  bytesPer100: number;
  /** Learning all of them at once (one index build). */
  learnAllMs: number;
  /** One more page of 30 questions on top of them (the index is built again). */
  learnPageMs: number;
  /** A wake-up: read the entry and `lunr.Index.load` it (median of 5). */
  wakeUpLoadMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** `count` learnable questions: the real ones again and again, each copy with new ids (real sizes of answers). */
function learnable(real: GuideQuestion[], count: number, idBase: number): LearnedQuestionInput[] {
  return Array.from({ length: count }, (_, i) => {
    const q = real[i % real.length]!;
    const id = idBase + i;
    return { ...toLearnedInput(q), id, ids: [id], canonical: q.canonical.replace(/q\d+$/, `q${id}`) };
  });
}

/** Storage used and load time of the learned index, over the real shipped index. */
export async function measureLearned(real: GuideQuestion[], sizes = [100, 1000]): Promise<LearnedResult[]> {
  const shipped = loadSearcherFor(real);
  const results: LearnedResult[] = [];
  for (const size of sizes) {
    const storage = createMemoryStorage();
    const learned = createLearnedGuide(storage, shipped);
    let started = performance.now();
    await learned.learn(learnable(real, size - 30, 2_000_000));
    const learnAllMs = performance.now() - started;
    started = performance.now();
    await learned.learn(learnable(real, 30, 3_000_000));
    const learnPageMs = performance.now() - started;
    const loads: number[] = [];
    for (let i = 0; i < 5; i++) {
      started = performance.now();
      await createLearnedGuide(storage, shipped).searcher();
      loads.push(performance.now() - started);
    }
    const storageBytes = storage.bytes();
    results.push({ questions: size, storageBytes, bytesPer100: (storageBytes / size) * 100, learnAllMs, learnPageMs, wakeUpLoadMs: median(loads) });
  }
  return results;
}
