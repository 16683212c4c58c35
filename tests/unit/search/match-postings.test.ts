import { describe, expect, it } from 'vitest';
import { bm25Idf } from '../../../lib/search/build-index';
import { indexInternals } from '../../../lib/search/lunr-adapter';
import { createPostingMatcher } from '../../../lib/search/match-postings';
import type { TermPosting } from '../../../lib/search/posting-lists';
import type { MatchKind, PlannedWord } from '../../../lib/search/query-plan';
import { tinyLunrIndex } from './tiny-lunr-index';

/** Four answers; each term's answers and BM25 weights, as the shipped posting lists give them. */
const POSTINGS: Record<string, [number[], number[]]> = {
  штраф: [[0, 2], [2, 1]],
  штрафн: [[1], [4]],
  просрочк: [[0, 3], [1, 3]],
};
const index = tinyLunrIndex(Object.keys(POSTINGS));
const termAt = new Map(Object.entries(indexInternals(index).invertedIndex).map(([term, p]) => [p._index, term]));
const postings = (termIndex: number): TermPosting => {
  const [refs, weights] = POSTINGS[termAt.get(termIndex)!]!;
  return { refs: Uint32Array.from(refs), weights: Float64Array.from(weights) };
};
const matcher = createPostingMatcher(index, postings, 4);

const word = (text: string, ...terms: [string, number, MatchKind?][]): PlannedWord =>
  ({ word: text, terms: terms.map(([term, weight, kind = 'stem']) => ({ term, weight, kind })) });

describe('createPostingMatcher', () => {
  it('should list each answer holding any term once, in the order met', () => {
    const { touched } = matcher.match([word('штраф', ['штраф', 1], ['штрафн', 0.25]), word('просрочку', ['просрочк', 1])]);
    expect(touched).toEqual([0, 2, 1, 3]);
  });

  it('should keep, per query word, the best match weight and the best weighted score of each answer', () => {
    const { bestWeight, bestScore } = matcher.match([word('штраф', ['штраф', 1], ['штрафн', 0.25])]);
    expect([...bestWeight[0]!]).toEqual([1, 0.25, 1, 0]);
    // Answer 1 holds only the weak variant: its score is its weight × the variant's BM25 weight, with the word's idf.
    expect([...bestScore[0]!]).toEqual([2, 0.25 * 4 * (bm25Idf(2, 4) / bm25Idf(1, 4)), 1, 0]);
  });

  it("should score every term of a word with the idf of the word's most widely held term", () => {
    // "штрафн" is stored with the idf of 1 answer in 4, "штраф" with that of 2: as one word, both count with the latter.
    const { bestScore } = matcher.match([word('штраф', ['штраф', 1], ['штрафн', 1])]);
    expect(bestScore[0]![1]).toBeCloseTo(4 * (bm25Idf(2, 4) / bm25Idf(1, 4)), 10);
    expect(bestScore[0]![1]).toBeLessThan(4);
    // A word matched by one term keeps that term's stored weight.
    expect(matcher.match([word('штрафн', ['штрафн', 1])]).bestScore[0]![1]).toBe(4);
  });

  it('should count the terms of a learned index with the guide it joins, also a term only the guide holds', () => {
    // 96 guide answers join these 4; "штрафы" is held by 50 of them and by none of these.
    const joins = { documentCount: 96, averageFieldLength: {}, documentFrequency: (term: string) => (term === 'штрафы' ? 50 : 0) };
    const joined = createPostingMatcher(index, postings, 4, joins);
    const { bestScore } = joined.match([word('штраф', ['штрафн', 1], ['штрафы', 1])]);
    expect(bestScore[0]![1]).toBeCloseTo(4 * (bm25Idf(50, 100) / bm25Idf(1, 100)), 10);
  });

  it('should count the words of a vocabulary phrase only in an answer that holds each of them', () => {
    // "переплатил" as "внёс … больше": here "штраф" and "просрочк" stand for the phrase's two words.
    const part = (term: string, index: number) => ({ term, weight: 0.65, kind: 'vocabulary' as const, phrase: { key: 'штраф просрочк', part: index, parts: 2 } });
    const { touched, bestWeight, bestScore } = matcher.match([{ word: 'переплатил', terms: [part('штраф', 0), part('просрочк', 1)] }]);
    // Answer 0 holds both; answer 2 only "штраф", answer 3 only "просрочк": they do not say the phrase.
    expect(touched).toEqual([0]);
    expect([...bestWeight[0]!]).toEqual([0.65, 0, 0, 0]);
    // Its score is that of its best-scoring word of the phrase.
    expect(bestScore[0]![0]).toBeCloseTo(0.65 * 2, 10);
  });

  it('should keep the best term of an answer that holds several, whichever comes last', () => {
    // Answer 0 holds both terms: the weaker, met second, changes neither its weight nor its score.
    const { bestWeight, bestScore } = matcher.match([word('штраф', ['штраф', 1], ['просрочк', 0.25])]);
    expect(bestWeight[0]![0]).toBe(1);
    expect(bestScore[0]![0]).toBeCloseTo(2, 10);
  });

  it('should count a word once, by its best term, not by the sum of its variants', () => {
    const { bestScore } = matcher.match([word('штраф', ['штрафн', 0.5], ['штраф', 1])]);
    expect(bestScore[0]![0]).toBe(2);
  });

  it('should keep the query words apart', () => {
    const { bestWeight } = matcher.match([word('штраф', ['штраф', 1]), word('просрочку', ['просрочк', 0.6, 'stemPrefix'])]);
    expect([...bestWeight[0]!]).toEqual([1, 0, 1, 0]);
    expect([...bestWeight[1]!]).toEqual([0.6, 0, 0, 0.6]);
  });

  it('should skip terms the index does not hold', () => {
    const { touched, bestWeight } = matcher.match([word('депозит', ['депозит', 1])]);
    expect(touched).toEqual([]);
    expect([...bestWeight[0]!]).toEqual([0, 0, 0, 0]);
  });

  it('should say how many answers hold a term', () => {
    expect(matcher.documentFrequency('штраф')).toBe(2);
    expect(matcher.documentFrequency('штрафн')).toBe(1);
    expect(matcher.documentFrequency('депозит')).toBe(0);
  });
});
