import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { loadPostingLists, postingsFromFieldVectors } from '../../../lib/search/posting-lists';
import { buildGuideIndex } from '../../../lib/search/build-index';
import { ingestBundled } from '../guide-fixtures';

describe('posting lists', () => {
  it('should hold, per term, each answer once with its field weights summed', () => {
    const vectors = {
      'title/0': { elements: [0, 1.5, 2, 0.25] },
      'body/0': { elements: [0, 0.5] },
      'body/2': { elements: [0, 3, 1, 0.124] },
    };
    const serialized = postingsFromFieldVectors(vectors, ['title', 'body'], 3, 3);
    expect(serialized).toEqual({ counts: [2, 1, 1], refGaps: [0, 2, 2, 0], weights: [200, 300, 12, 25] });
    const postingOf = loadPostingLists(serialized);
    expect([...postingOf(0).refs]).toEqual([0, 2]);
    expect([...postingOf(0).weights]).toEqual([2, 3]);
    expect([...postingOf(1).refs]).toEqual([2]);
    expect(postingOf(7).refs).toHaveLength(0);
  });

  it('should ship Lunr without its posting data, and Lunr still loads it', () => {
    const { index } = buildGuideIndex(ingestBundled().questions);
    const json = JSON.parse(JSON.stringify(index));
    expect(json.lunr.fieldVectors).toEqual([]);
    expect(json.lunr.invertedIndex.every(([, p]: [string, Record<string, unknown>]) => Object.values(p).every((v) => typeof v === 'number' || JSON.stringify(v) === '{}'))).toBe(true);
    const loaded = lunr.Index.load(json.lunr);
    expect(Object.keys((loaded as unknown as { invertedIndex: object }).invertedIndex).length).toBe(json.postings.counts.length);
  });
});
