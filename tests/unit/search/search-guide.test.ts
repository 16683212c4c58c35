import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadShippedSearcher } from '../../../lib/cli/load-guide-searcher';

const searcher = loadShippedSearcher();
const topId = (query: string, lang: 'ru' | 'kz' = 'ru') => searcher.search(query, { lang }).hits[0]?.answer.id;

describe('searching the shipped index', () => {
  it('should find answers through Russian morphology', () => {
    expect(topId('штрафы за просрочки')).toBe(1505);
  });

  it('should match the last word as a prefix while typing', () => {
    const typing = searcher.search('терми', { lang: 'ru' });
    expect(typing.hits.length).toBeGreaterThan(0);
    expect(typing.hits[0]!.answer.title).toMatch(/Терминал/);
  });

  it('should tolerate one typo in a long word', () => {
    expect(topId('банкомвт')).toBe(searcher.search('банкомат', { lang: 'ru' }).hits[0]!.answer.id);
  });

  it('should rank exact matches above typo matches', () => {
    const hits = searcher.search('штраф', { lang: 'ru' }).hits;
    expect(hits[0]!.answer.title.toLowerCase()).toContain('штраф');
  });

  it('should read a query typed in the wrong layout and say how it read it', () => {
    const r = searcher.search('inhfa pf ghjchjxre', { lang: 'ru' });
    expect(r.correctedQuery).toBe('штраф за просрочку');
    expect(r.hits[0]!.answer.title).toMatch(/штраф/i);
  });

  it('should match brand names across scripts both ways', () => {
    const cyrillic = searcher.search('каспи ред терминал', { lang: 'ru' }).hits.map((h) => h.answer.id);
    const latin = searcher.search('kaspi red терминал', { lang: 'ru' }).hits.map((h) => h.answer.id);
    expect(cyrillic[0]).toBe(latin[0]);
  });

  it('should fold Kazakh letters so queries typed without them still match', () => {
    expect(topId('пикир жазганга бонус', 'kz')).toBe(topId('пікір жазғанға бонус', 'kz'));
  });

  it('should put answers in the UI language first but still find the other language', () => {
    const kz = searcher.search('бонус', { lang: 'kz' }).hits;
    expect(kz[0]!.answer.lang).toBe('kz');
    const ruInKzUi = searcher.search('штраф за просрочку', { lang: 'kz' }).hits;
    expect(ruInKzUi[0]!.answer.lang).toBe('ru');
  });

  it('should give highlight ranges that point at matched words', () => {
    const hit = searcher.search('штраф', { lang: 'ru' }).hits[0]!;
    for (const r of hit.titleHighlights) expect(hit.answer.title.slice(r.start, r.end).toLowerCase()).toMatch(/^штраф/);
    for (const r of hit.snippetHighlights) expect(hit.snippet.slice(r.start, r.end).toLowerCase()).toMatch(/^штраф/);
  });
});

describe('search never throws', () => {
  it.each([
    ['empty', ''], ['blank', '   '], ['field syntax', 'штраф:'], ['minus', '-'], ['tilde', '~'], ['caret', '^'],
    ['star', '*'], ['plus', '+'], ['field name', 'title:штраф'], ['fuzzy syntax', 'штраф~2'],
    ['html', '<script>alert(1)</script>'], ['emoji', '👍🏽'], ['control characters', '\u0000\u0007'],
    ['10,000 letters', 'x'.repeat(10_000)], ['10,000 Cyrillic letters', 'ш'.repeat(10_000)],
    ['a pasted page', 'оплата счета '.repeat(800)],
  ])('should answer %s input without throwing', (_what, query) => {
    expect(() => searcher.search(query, { lang: 'ru' })).not.toThrow();
  });

  it('should answer thousands of generated inputs without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('ru' as const, 'kz' as const), (q, lang) => {
        const r = searcher.search(q, { lang });
        expect(Array.isArray(r.hits)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
