import { describe, expect, it } from 'vitest';
import { topScored } from '../../../lib/search/top-scored';

/** The same selection by sorting everything: best score first, then the lower tie key. */
function bySorting(scores: number[], keys: number[], k: number): number[] {
  return scores
    .map((_, i) => i)
    .sort((a, b) => scores[b]! - scores[a]! || keys[a]! - keys[b]!)
    .slice(0, Math.max(0, k));
}

describe('topScored', () => {
  it('should pick what sorting everything picks, in the same order, ties by key', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const n = Math.floor(random() * 300);
      // Few distinct scores, so ties are common.
      const scores = Array.from({ length: n }, () => Math.floor(random() * 20) / 4);
      // Unique keys, as answer ids are, in random order.
      const keys = Array.from({ length: n }, (_, i) => i * 7919 % 1009).sort(() => random() - 0.5);
      const k = Math.floor(random() * 60);
      expect(topScored(scores, keys, k)).toEqual(bySorting(scores, keys, k));
    }
  });

  it('should return everything when asked for more than there is, and nothing for k = 0', () => {
    expect(topScored([1, 3, 2], [0, 1, 2], 10)).toEqual([1, 2, 0]);
    expect(topScored([1, 3, 2], [0, 1, 2], 0)).toEqual([]);
    expect(topScored([], [], 5)).toEqual([]);
  });

  it('should break a tie by the lower key whatever the input order', () => {
    expect(topScored([5, 5, 5], [30, 10, 20], 2)).toEqual([1, 2]);
  });
});

describe('topScored at its edges', () => {
  it('should keep nothing when asked for none', () => {
    expect(topScored(Float64Array.from([3, 1, 2]), Float64Array.from([1, 2, 3]), 0)).toEqual([]);
    expect(topScored(Float64Array.from([3, 1, 2]), Float64Array.from([1, 2, 3]), -1)).toEqual([]);
  });
});
