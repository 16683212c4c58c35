import { describe, expect, it } from 'vitest';
import { titleOverlap, titleTerms } from '../../../lib/search/title-overlap';

const terms = (...words: string[]) => words.map((w) => new Set([w]));

describe('titleOverlap', () => {
  it('is the share of matched words over the union of query and title words', () => {
    expect(titleOverlap(terms('a', 'b'), ['a', 'b'])).toBe(1);
    expect(titleOverlap(terms('a', 'b'), ['a', 'c'])).toBeCloseTo(1 / 3);
    expect(titleOverlap(terms('a'), ['a', 'b', 'c', 'd'])).toBe(0.25);
  });

  it('prefers the shorter of two titles holding every typed word', () => {
    const query = terms('оплат', 'счет');
    expect(titleOverlap(query, ['как', 'оплат', 'счет'])).toBeGreaterThan(titleOverlap(query, ['когда', 'мне', 'нужн', 'оплат', 'счет']));
  });

  it('counts a word once whichever of its terms the title holds, and repeated title words once', () => {
    expect(titleOverlap([new Set(['оплат', 'оплата'])], ['оплата', 'оплата'])).toBe(1);
  });

  it('weighs words by how much they tell: a short title sharing only a common word loses to one sharing the rare word', () => {
    const weight = (term: string) => ({ за: 0.1, штраф: 3 })[term] ?? 1;
    const query = terms('штраф', 'за');
    const commonOnly = ['за'];
    const rareWord = ['размер', 'штраф', 'какой'];
    expect(titleOverlap(query, rareWord, weight)).toBeGreaterThan(titleOverlap(query, commonOnly, weight));
    expect(titleOverlap(query, rareWord, weight)).toBeCloseTo(3 / (3.1 + 2));
    // Unweighted, the short title wins: the weights are what turn it round.
    expect(titleOverlap(query, commonOnly)).toBeGreaterThan(titleOverlap(query, rareWord));
  });

  it('is 0 without query words or title words', () => {
    expect(titleOverlap([], ['a'])).toBe(0);
    expect(titleOverlap(terms('a'), [])).toBe(0);
  });
});

describe('titleTerms', () => {
  it('stems every title word, stop words included', () => {
    const stemmed = titleTerms('Как оплатить счёт Kaspi Red?', 'ru');
    expect(stemmed).toHaveLength(5);
    expect(stemmed[0]).toBe('как');
    expect(stemmed).toContain('kaspi');
  });
});

describe('titleOverlap at its edges', () => {
  it('should be 0, not NaN, when there is nothing to compare', () => {
    expect(titleOverlap([], [])).toBe(0);
    expect(titleOverlap([new Set(['штраф'])], [])).toBe(0);
    expect(titleOverlap([], ['штраф'])).toBe(0);
  });
});
