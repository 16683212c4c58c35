import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildWithIdf, builderInternals, indexInternals, loadIndex, sortedTerms, termsWithinEdits, tokenSetOf, wordsWithinEdits } from '../../../lib/search/lunr-adapter';
import pkg from '../../../package.json';
import { readdirSync } from 'node:fs';
import { GUIDE_DIR, readCapture } from '../guide-fixtures';

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
    // The same automaton over any word list.
    const words = tokenSetOf(['каспи', 'ред', 'каспи']);
    expect(wordsWithinEdits(words, 'кспи', 1)).toEqual(['каспи']);
    expect(wordsWithinEdits(words, 'кпи', 1)).toEqual([]);
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

describe('loading an index with a token set made on demand', () => {
  const serialized = () => JSON.parse(JSON.stringify(build().index)) as object;
  const stockTokenSetBuilder = (lunr.TokenSet as unknown as { Builder: unknown }).Builder;

  it('finds the same terms within edits as Lunr\'s own token set', () => {
    const lazy = loadIndex(serialized());
    const stock = lunr.Index.load(serialized());
    for (const term of ['перевод', 'перевдо', 'оплата', 'оплта', 'карт', 'картой', 'на', 'н', 'счет', 'x', '']) {
      for (const edits of [0, 1, 2]) expect(termsWithinEdits(lazy, term, edits).sort()).toEqual(termsWithinEdits(stock, term, edits).sort());
    }
    expect(indexInternals(lazy).tokenSet.toArray().sort()).toEqual(indexInternals(stock).tokenSet.toArray().sort());
  });

  it('finds the same terms within edits as Lunr\'s own token set over a guide\'s vocabulary', () => {
    // Every word of the captures, indexed as they are: many terms sharing prefixes and endings.
    const captures = readdirSync(GUIDE_DIR).filter((name) => name.endsWith('.txt'));
    const words = [...new Set(captures.flatMap((name) => readCapture(name).toLowerCase().match(/[а-яәғқңөұүһі]{2,}/g) ?? []))];
    const builder = new lunr.Builder();
    builder.ref('ref');
    builder.field('text');
    builder.pipeline.reset();
    builder.searchPipeline.reset();
    words.forEach((word, ref) => builder.add({ ref: String(ref), text: word }));
    const json = JSON.parse(JSON.stringify(builder.build())) as object;
    const lazy = loadIndex(json);
    const stock = lunr.Index.load(json);
    expect(words.length).toBeGreaterThan(600);
    // Every 5th word, as it is and with its last letter changed, dropped or doubled.
    for (const term of words.filter((_, i) => i % 5 === 0).flatMap((t) => [t, `${t.slice(0, -1)}ы`, t.slice(0, -1), t + t.slice(-1)])) {
      for (const edits of [1, 2]) expect(termsWithinEdits(lazy, term, edits).sort()).toEqual(termsWithinEdits(stock, term, edits).sort());
    }
  });

  it('gives the terms in Lunr\'s order, whichever way the index was loaded', () => {
    const json = serialized() as { invertedIndex: [string, unknown][] };
    // Keys that look like numbers come first in Object.keys: the order must not come from there.
    json.invertedIndex.unshift(['2024', { _index: 6 }], ['500', { _index: 7 }]);
    const expected = json.invertedIndex.map(([term]) => term);
    expect(sortedTerms(loadIndex(json))).toEqual(expected);
    expect(sortedTerms(lunr.Index.load(json))).toEqual(expected);
  });

  it('makes no token set node while loading', () => {
    const json = serialized();
    const nextId = () => (lunr.TokenSet as unknown as { _nextId: number })._nextId;
    const before = nextId();
    loadIndex(json);
    expect(nextId()).toBe(before);
    lunr.Index.load(json);
    expect(nextId()).toBeGreaterThan(before);
  });

  it('refuses terms out of order, as Lunr does, and restores Lunr\'s builder, also after a failed load', () => {
    const json = serialized() as { invertedIndex: unknown[] };
    json.invertedIndex.reverse();
    expect(() => lunr.Index.load(json)).toThrow('Out of order word insertion');
    expect(() => loadIndex(json)).toThrow('Out of order word insertion');
    expect((lunr.TokenSet as unknown as { Builder: unknown }).Builder).toBe(stockTokenSetBuilder);
    loadIndex(serialized());
    expect((lunr.TokenSet as unknown as { Builder: unknown }).Builder).toBe(stockTokenSetBuilder);
  });

  it('loads an index without terms', () => {
    const json = serialized() as { invertedIndex: unknown[] };
    json.invertedIndex = [];
    expect(termsWithinEdits(loadIndex(json), 'перевод', 2)).toEqual([]);
  });
});
