import { describe, expect, it } from 'vitest';
import { mergeByCanonical } from '../../../lib/guide/merge-by-canonical';
import type { GuideQuestion } from '../../../lib/guide/types';

const question = (id: number, canonical: string, updated: string | null = null): GuideQuestion => ({
  id, ids: [id], lang: 'ru', section: 'client', title: `q${id}`, html: '', text: '', updated, published: null,
  usefulness: null, pinned: null, canonical, url: `https://guide.kaspi.kz/client/ru${canonical}`, sourceFile: 'f',
});

describe('mergeByCanonical', () => {
  it('should make one answer of questions sharing a canonical address and keep all ids', () => {
    const merged = mergeByCanonical([question(13070, '/atm/red/services/q13069'), question(13069, '/atm/red/services/q13069')]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ id: 13069, ids: [13069, 13070] });
  });

  it('should prefer the newest version when the canonical names none of the ids', () => {
    const merged = mergeByCanonical([question(1, '/a/q9', '01.01.2024'), question(2, '/a/q9', '01.02.2025')]);
    expect(merged[0]).toMatchObject({ id: 2, ids: [1, 2] });
  });

  it('should keep different languages apart', () => {
    expect(mergeByCanonical([question(1, '/a/q1'), { ...question(1, '/a/q1'), lang: 'kz' }])).toHaveLength(2);
  });
});
