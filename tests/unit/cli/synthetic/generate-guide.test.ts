import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../../lib/cli/synthetic/generate-guide';
import { loadQueryMix } from '../../../bench/query-mix';
import { ingestBundled } from '../../guide-fixtures';

describe('generateCorpus', () => {
  const real = ingestBundled().questions;

  it('should be deterministic for a seed and start with the real questions', () => {
    const a = generateCorpus(real, 300);
    expect(a).toHaveLength(300);
    expect(a.slice(0, real.length)).toEqual(real);
    expect(JSON.stringify(generateCorpus(real, 300))).toBe(JSON.stringify(a));
    expect(JSON.stringify(generateCorpus(real, 300, 7))).not.toBe(JSON.stringify(a));
  });

  it('should keep the ru/kz mix roughly', () => {
    const corpus = generateCorpus(real, 2000);
    const ruShare = corpus.filter((q) => q.lang === 'ru').length / corpus.length;
    const realShare = real.filter((q) => q.lang === 'ru').length / real.length;
    expect(Math.abs(ruShare - realShare)).toBeLessThan(0.05);
  });
});

describe('loadQueryMix', () => {
  it('should make every keystroke of every query a query', () => {
    const mix = loadQueryMix(['tests/eval/queries.dev.jsonl']);
    expect(mix[0]!.query).toHaveLength(1);
    expect(mix.some((q) => q.query === 'штраф за просрочку')).toBe(true);
  });
});
