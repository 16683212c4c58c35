import { gzipSync } from 'node:zlib';
import type { GuideQuestion } from '../../lib/guide/types';
import type { BenchEngine } from './engines';
import type { MixQuery } from './query-mix';

export interface EngineResult {
  engine: string;
  size: number;
  buildMs: number;
  /** Distinct terms in the index (Lunr engines), null where not counted. */
  indexedTerms: number | null;
  indexBytes: number;
  indexGzBytes: number;
  coldLoadMs: number;
  /** The first query after a load (includes work an engine defers to it). */
  firstQueryMs: number;
  heapMb: number;
  queryP50Ms: number;
  queryP95Ms: number;
  queryP99Ms: number;
  queries: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Measures one engine on one corpus: build, size, cold load, heap, and per-keystroke query latency. */
export function measureEngine(engine: BenchEngine, corpus: GuideQuestion[], answerStore: string, mix: MixQuery[]): EngineResult {
  let started = performance.now();
  const serialized = engine.build(corpus);
  const buildMs = performance.now() - started;

  const loads: number[] = [];
  // Median of five: loads are short and this machine is noisy.
  for (let i = 0; i < 5; i++) {
    // A waking service worker starts with an empty heap: no earlier load's garbage may be collected inside the timing.
    gc();
    started = performance.now();
    engine.load(serialized, answerStore);
    loads.push(performance.now() - started);
  }

  gc();
  const before = process.memoryUsage().heapUsed;
  const loaded = engine.load(serialized, answerStore);
  gc();
  const heapMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;

  const fresh = engine.load(serialized, answerStore);
  const firstQuery = mix.find((q) => q.query.length >= 10) ?? mix[0]!;
  started = performance.now();
  fresh.search(firstQuery.query, firstQuery.lang);
  const firstQueryMs = performance.now() - started;

  const times: number[] = [];
  for (const q of mix) {
    started = performance.now();
    loaded.search(q.query, q.lang);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    engine: engine.name,
    size: corpus.length,
    buildMs,
    indexedTerms: engine.countTerms?.(serialized) ?? null,
    // Each file on its own, as a zip or a download compresses them.
    indexBytes: serialized.reduce((sum, file) => sum + Buffer.byteLength(file), 0),
    indexGzBytes: serialized.reduce((sum, file) => sum + gzipSync(file).length, 0),
    coldLoadMs: median(loads),
    firstQueryMs,
    heapMb,
    queryP50Ms: percentile(times, 50),
    queryP95Ms: percentile(times, 95),
    queryP99Ms: percentile(times, 99),
    queries: times.length,
  };
}
