import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings, loadPostingLists, postingsFromFieldVectors } from '../../../lib/search/posting-lists';
import { buildGuideIndex } from '../../../lib/search/build-index';
import { ingestBundled } from '../guide-fixtures';
import { createRandom } from '../../../lib/cli/synthetic/seeded-random';

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

describe('posting lists as bytes', () => {
  const lists = { counts: [2, 0, 3], refGaps: [0, 127, 128, 1, 16_384], weights: [1, 300, 0, 65_536, 4_294_967_295] };
  const plain = (p: { counts: ArrayLike<number>; refGaps: ArrayLike<number>; weights: ArrayLike<number> }) =>
    ({ counts: Array.from(p.counts), refGaps: Array.from(p.refGaps), weights: Array.from(p.weights) });

  it('should give back the same lists, one byte per number under 128', () => {
    const bytes = encodePostings(lists);
    expect(plain(decodePostings(bytes))).toEqual(lists);
    expect(encodePostings({ counts: [1], refGaps: [5], weights: [127] })).toEqual(Uint8Array.from([0x4b, 0x47, 0x50, 0x31, 1, 1, 1, 5, 127]));
  });

  it('should give back long lists of numbers of every size', () => {
    const random = createRandom(7);
    // Sizes spread over one to five bytes a number.
    const number = () => Math.floor(random() ** 4 * 2 ** 32);
    const counts = Array.from({ length: 500 }, () => Math.floor(random() * 20));
    const total = counts.reduce((a, b) => a + b, 0);
    const many = { counts, refGaps: Array.from({ length: total }, number), weights: Array.from({ length: total }, number) };
    expect(plain(decodePostings(encodePostings(many)))).toEqual(many);
  });

  it('should refuse numbers it cannot hold', () => {
    for (const bad of [-1, 1.5, 2 ** 32, Number.NaN]) {
      expect(() => encodePostings({ counts: [1], refGaps: [0], weights: [bad] })).toThrow(/unsigned 32-bit/);
    }
  });

  it('should refuse bytes that are not a whole posting file, saying why', () => {
    const bytes = encodePostings(lists);
    expect(() => decodePostings(new TextEncoder().encode('{"counts":[]}'))).toThrow(/not a posting file/);
    expect(() => decodePostings(bytes.slice(0, 3))).toThrow(/not a posting file/);
    expect(() => decodePostings(bytes.slice(0, -1))).toThrow(/ends early/);
    expect(() => decodePostings(Uint8Array.from([...bytes, 0]))).toThrow(/after the last weight/);
    const miscounted = encodePostings({ counts: [2, 0, 2], refGaps: lists.refGaps, weights: lists.weights });
    expect(() => decodePostings(miscounted)).toThrow(/do not add up/);
    expect(() => decodePostings(Uint8Array.from([0x4b, 0x47, 0x50, 0x31, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1]))).toThrow(/too long/);
    expect(() => decodePostings(Uint8Array.from([0x4b, 0x47, 0x50, 0x31, 0x80, 0x80, 0x01, 0]))).toThrow(/larger than the file/);
  });
});
