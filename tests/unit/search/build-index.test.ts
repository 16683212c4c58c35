import { describe, expect, it } from 'vitest';
import { arrayAnswerStore } from '../../../lib/search/answer-store';
import { BM25_K1, buildGuideIndex } from '../../../lib/search/build-index';
import { loadGuideSearcher } from '../../../lib/search/search-guide';
import { ingestBundled } from '../guide-fixtures';

describe('buildGuideIndex', () => {
  it('should be deterministic: the same captures give byte-identical files', () => {
    const { questions } = ingestBundled();
    const a = buildGuideIndex(questions);
    const b = buildGuideIndex(structuredClone(questions));
    expect(JSON.stringify(a.index)).toBe(JSON.stringify(b.index));
    expect(JSON.stringify(a.answers)).toBe(JSON.stringify(b.answers));
  });

  it('should count a word once in a title however often the title says it', () => {
    const [template] = ingestBundled().questions;
    const question = (id: number, title: string) => ({ ...template!, id, ids: [id], title, text: 'Штраф начисляется на второй день.', usefulness: 0.5, pinned: false });
    const built = buildGuideIndex([question(1, 'Штраф, штраф и ещё раз штраф'), question(2, 'Штраф и ещё раз')]);
    const hits = loadGuideSearcher(built.index, arrayAnswerStore(built.answers)).search('штраф', { lang: template!.lang }).hits;
    expect(hits.map((h) => h.answer.id)).toEqual([1, 2]);
    expect(hits[0]!.score).toBe(hits[1]!.score);
  });

  it('should let a word said twice in an answer count as BM25 with k1 = BM25_K1 says', () => {
    const [template] = ingestBundled().questions;
    const question = (id: number, text: string) => ({ ...template!, id, ids: [id], title: 'Вопрос', text, usefulness: 0.5, pinned: false });
    const built = buildGuideIndex([question(1, 'Штраф штраф'), question(2, 'Штраф начислен')]);
    const [twice, once] = loadGuideSearcher(built.index, arrayAnswerStore(built.answers)).search('штраф', { lang: template!.lang }).hits;
    // Both answers are two words long, the mean length: tf·(k1 + 1)/(k1 + tf) for tf = 2 over tf = 1.
    expect(twice!.score / once!.score).toBeCloseTo((2 * (BM25_K1 + 1)) / (BM25_K1 + 2), 2);
  });

  it('should survive a serialize and load round trip with the same results', () => {
    const built = buildGuideIndex(ingestBundled().questions);
    const loaded = loadGuideSearcher(JSON.parse(JSON.stringify(built.index)), arrayAnswerStore(built.answers));
    const hits = loaded.search('оплатить счет через банкомат', { lang: 'ru' }).hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.answer.title).toMatch(/Банкомат/);
  });

  it('should keep the answer store apart from the index', () => {
    const built = buildGuideIndex(ingestBundled().questions);
    expect(JSON.stringify(built.index)).not.toContain('<p>');
    expect(built.answers[0]).toHaveProperty('html');
  });
});
