import { describe, expect, it } from 'vitest';
import { findHighlights, flattenWhitespace, highlightsIn, makeSnippet, stemmedTokens } from '../../../lib/search/make-snippet';

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

describe('makeSnippet, where it cuts', () => {
  const WORD = 'слово ';
  const shown = (s: { text: string; highlights: { start: number; end: number }[] }) => s.highlights.map((r) => s.text.slice(r.start, r.end));

  it('should show the densest group of matches, starting after a word boundary, with an ellipsis at each cut end', () => {
    const text = `штраф ${WORD.repeat(30)}штраф штраф штраф ${WORD.repeat(30)}`.trimEnd();
    const snippet = makeSnippet(text, findHighlights(text, 'ru', new Set(['штраф'])), 60);
    expect(snippet.text).toBe(`…${WORD.repeat(4)}штраф штраф штраф ${WORD.repeat(3)}…`);
    expect(snippet.highlights).toEqual([{ start: 25, end: 30 }, { start: 31, end: 36 }, { start: 37, end: 42 }]);
  });

  it('should start at the text\'s start for a match near it, and end without an ellipsis at the text\'s end', () => {
    const first = `штраф ${WORD.repeat(30)}`.trimEnd();
    const head = makeSnippet(first, findHighlights(first, 'ru', new Set(['штраф'])), 60);
    expect(head.text).toBe(`штраф ${WORD.repeat(9)}…`);
    expect(head.highlights).toEqual([{ start: 0, end: 5 }]);
    const last = `${WORD.repeat(30)}штраф`;
    const tail = makeSnippet(last, findHighlights(last, 'ru', new Set(['штраф'])), 60);
    expect(tail.text).toBe(`…${WORD.repeat(4)}штраф`);
    expect(shown(tail)).toEqual(['штраф']);
    expect(tail.highlights).toEqual([{ start: 25, end: 30 }]);
  });

  it('should not hunt for a word boundary further than a long word', () => {
    const text = `${'а'.repeat(100)} штраф${' слово'.repeat(20)}`;
    const snippet = makeSnippet(text, findHighlights(text, 'ru', new Set(['штраф'])), 60);
    expect(snippet.text).toBe(`…${'а'.repeat(29)} штраф${' слово'.repeat(4)} …`);
    expect(snippet.highlights).toEqual([{ start: 31, end: 36 }]);
  });

  it('should show a text of exactly the snippet\'s length whole, and cut one a letter longer', () => {
    const exact = `штраф ${'ы'.repeat(54)}`;
    expect(makeSnippet(exact, findHighlights(exact, 'ru', new Set(['штраф'])), 60)).toEqual({ text: exact, highlights: [{ start: 0, end: 5 }] });
    const longer = `${exact}ы`;
    expect(makeSnippet(longer, findHighlights(longer, 'ru', new Set(['штраф'])), 60).text).toBe(`${exact}…`);
  });
});

describe('flattenWhitespace', () => {
  it('should give the same snippet worked out once as from the text itself', () => {
    const text = `Первая\n\n строка\u00a0 про штраф.${' Ещё слово.'.repeat(30)} Снова штраф  в конце.`;
    const ranges = findHighlights(text, 'ru', new Set(['штраф']));
    const flat = flattenWhitespace(text);
    expect(flat.flat.startsWith('Первая строка про штраф.')).toBe(true);
    expect(makeSnippet(flat, ranges, 60)).toEqual(makeSnippet(text, ranges, 60));
    expect(makeSnippet(flat, ranges)).toEqual(makeSnippet(text, ranges));
  });
});
