import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildWithIdf, builderInternals, indexInternals, termsWithinEdits } from '../../../lib/search/lunr-adapter';
import pkg from '../../../package.json';

/** A tiny index over two answers, built as build-index.ts builds. */
function build(idf?: (posting: Record<string, Record<string, unknown>>, n: number) => number) {
  const builder = new lunr.Builder();
  builder.ref('ref');
  builder.field('title');
  builder.field('body');
  builder.metadataWhitelist = [];
  builder.add({ ref: '0', title: 'оплата счета', body: 'оплата картой' });
  builder.add({ ref: '1', title: 'перевод', body: 'перевод на карту' });
  return { builder, index: idf ? buildWithIdf(builder, idf) : builder.build() };
}

describe('the Lunr internals this engine relies on', () => {
  it('is pinned to the exact Lunr version they were checked against', () => {
    expect(pkg.dependencies.lunr).toBe('2.3.9');
    expect(lunr.version).toBe('2.3.9');
  });

  it('keeps the builder\'s postings by term and field, with a term index, and its average field lengths', () => {
    const { builder } = build();
    const internals = builderInternals(builder);
    expect(Object.keys(internals.invertedIndex).sort()).toEqual(['картой', 'карту', 'на', 'оплата', 'перевод', 'счета']);
    expect(internals.invertedIndex['перевод']).toMatchObject({ _index: expect.any(Number), title: { 1: {} }, body: { 1: {} } });
    expect(internals.averageFieldLength).toEqual({ title: 1.5, body: 2.5 });
    expect(typeof internals.calculateAverageFieldLengths).toBe('function');
  });

  it('keeps the index\'s fields, field vectors, term indexes and token set', () => {
    const { index } = build();
    const internals = indexInternals(index);
    expect(internals.fields).toEqual(['title', 'body']);
    expect(internals.fieldVectors['title/0']?.elements.length).toBeGreaterThan(0);
    expect(internals.invertedIndex['оплата']?._index).toEqual(expect.any(Number));
    expect(internals.tokenSet.toArray()).toContain('перевод');
  });

  it('finds terms within a number of edits', () => {
    const { index } = build();
    expect(termsWithinEdits(index, 'перевдо', 2)).toContain('перевод');
    expect(termsWithinEdits(index, 'перевдо', 0)).toEqual([]);
  });

  it('builds with another idf and restores Lunr\'s own, also after a failed build', () => {
    const stock = (lunr as unknown as { idf: unknown }).idf;
    const seen: number[] = [];
    build((_posting, n) => (seen.push(n), 1));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((n) => n === 2)).toBe(true);
    expect((lunr as unknown as { idf: unknown }).idf).toBe(stock);
    expect(() => build(() => {
      throw new Error('boom');
    })).toThrow('boom');
    expect((lunr as unknown as { idf: unknown }).idf).toBe(stock);
  });
});
