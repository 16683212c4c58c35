import { describe, expect, it } from 'vitest';
import { findHighlights, highlightsIn, makeSnippet, stemmedTokens } from '../../../lib/search/make-snippet';

describe('findHighlights', () => {
  it('should mark every form of a matched stem', () => {
    const text = 'Штраф за просрочку. Штрафа не будет.';
    const ranges = findHighlights(text, 'ru', new Set(['штраф']));
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Штраф', 'Штрафа']);
  });

  it('should mark words that start with a typed prefix', () => {
    const text = 'Через Kaspi Терминал';
    const ranges = findHighlights(text, 'ru', new Set(), ['термин']);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Терминал']);
  });
});

describe('highlightsIn', () => {
  it('should mark in words stemmed once what findHighlights marks in the text, query after query', () => {
    const text = 'Штраф за просрочку счёта. Штрафа не будет, если оплатить счёт вовремя.';
    const tokens = stemmedTokens(text, 'ru');
    for (const terms of [new Set(['штраф']), new Set(['счет', 'оплат']), new Set<string>()]) {
      expect(highlightsIn(tokens, terms)).toEqual(findHighlights(text, 'ru', terms));
    }
    expect(highlightsIn(tokens, new Set(['штраф'])).length).toBe(2);
  });
});

describe('makeSnippet', () => {
  it('should cut a long text around the matches and move the ranges with it', () => {
    const text = `${'начало '.repeat(40)}здесь штраф и снова штраф${' конец'.repeat(40)}`;
    const ranges = findHighlights(text, 'ru', new Set(['штраф']));
    const snippet = makeSnippet(text, ranges, 80);
    expect(snippet.text.length).toBeLessThanOrEqual(82);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.highlights.map((r) => snippet.text.slice(r.start, r.end))).toEqual(['штраф', 'штраф']);
  });

  it('should collapse line breaks to spaces for a one-line snippet', () => {
    const text = 'Первая строка.\n\n\u00a0Вторая штраф.';
    const snippet = makeSnippet(text, findHighlights(text, 'ru', new Set(['штраф'])));
    expect(snippet.text).toBe('Первая строка. Вторая штраф.');
    expect(snippet.highlights.map((r) => snippet.text.slice(r.start, r.end))).toEqual(['штраф']);
  });
});
