import { describe, expect, it } from 'vitest';
import { countWordForms, generateCorpus, realHeapsLaw, wordForms } from '../../../../lib/cli/synthetic/generate-guide';
import { fitHeapsLaw, formsAt } from '../../../../lib/cli/synthetic/heaps-law';
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

  it('should rate the synthetic answers as readers rate the real ones', () => {
    const ratings = new Set(real.map((q) => q.usefulness));
    const synthetic = generateCorpus(real, 2000).slice(real.length);
    expect(synthetic.every((q) => ratings.has(q.usefulness))).toBe(true);
    const mean = (qs: typeof real) => qs.reduce((sum, q) => sum + (q.usefulness ?? 0), 0) / qs.length;
    expect(Math.abs(mean(synthetic) - mean(real))).toBeLessThan(0.05);
  });
});

describe('loadQueryMix', () => {
  it('should make every keystroke of every query a query', () => {
    const mix = loadQueryMix(['tests/eval/queries.dev.jsonl']);
    expect(mix[0]!.query).toHaveLength(1);
    expect(mix.some((q) => q.query === 'штраф за просрочку')).toBe(true);
  });
});

describe('a realistic vocabulary', () => {
  const real = ingestBundled().questions;

  it('should fit Heaps law back from a text that follows it', () => {
    // A text whose n-th word is new exactly when K·n^β passes the next whole number.
    const forms: string[] = [];
    let distinct = 0;
    for (let n = 1; n <= 20_000; n++) {
      if (distinct < formsAt({ k: 3, beta: 0.6 }, n)) forms.push(`w${distinct++}`);
      else forms.push(`w${n % distinct}`);
    }
    const law = fitHeapsLaw(forms);
    expect(law.beta).toBeCloseTo(0.6, 1);
    expect(law.k).toBeGreaterThan(2);
    expect(law.k).toBeLessThan(4.5);
  });

  it('should grow distinct word forms as the real answers do, with real words drawn often', () => {
    const law = realHeapsLaw(real);
    const corpus = generateCorpus(real, 3000);
    const words = corpus.reduce((n, q) => n + wordForms(q.title).length + wordForms(q.text).length, 0);
    const forms = countWordForms(corpus);
    expect(forms / formsAt(law, words)).toBeGreaterThan(0.9);
    expect(forms / formsAt(law, words)).toBeLessThan(1.1);
    const realForms = new Set(real.flatMap((q) => [...wordForms(q.title), ...wordForms(q.text)]));
    const synthetic = corpus.slice(real.length).flatMap((q) => wordForms(q.text));
    expect(synthetic.filter((w) => realForms.has(w)).length / synthetic.length).toBeGreaterThanOrEqual(0.45);
  });
});
