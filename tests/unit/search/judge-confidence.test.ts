import { describe, expect, it } from 'vitest';
import { judgeConfidence } from '../../../lib/search/judge-confidence';
import type { MatchKind, PlannedWord } from '../../../lib/search/query-plan';

/** A planned word whose terms are of the given kinds (none: a word the data does not know). */
const word = (text: string, ...kinds: MatchKind[]): PlannedWord => ({ word: text, terms: kinds.map((kind, i) => ({ term: `${text}${i}`, weight: 1, kind })) });

describe('judgeConfidence', () => {
  it('stands behind an answer that matches every known word and names one in its title', () => {
    expect(judgeConfidence({ words: [word('оплатить', 'stem'), word('счет', 'stem')], matchShares: [1, 1], titleHasInformativeWord: true }))
      .toEqual({ confident: true, reason: null });
  });

  it('declines when the answer lacks a word the data knows, naming it', () => {
    expect(judgeConfidence({ words: [word('депозит', 'stem'), word('открыть', 'stem')], matchShares: [0, 1], titleHasInformativeWord: true }))
      .toEqual({ confident: false, reason: { kind: 'word-missing', word: 'депозит' } });
  });

  it('declines when the answer holds only a weak neighbour of a word the data knows exactly', () => {
    const words = [word('плата', 'stem', 'typo'), word('счет', 'stem')];
    expect(judgeConfidence({ words, matchShares: [0.25, 1], titleHasInformativeWord: true }))
      .toEqual({ confident: false, reason: { kind: 'word-missing', word: 'плата' } });
    expect(judgeConfidence({ words, matchShares: [0.5, 1], titleHasInformativeWord: true }).confident).toBe(true);
  });

  it('treats a word known only through typos or prefixes as unknown, not missing', () => {
    const words = [word('депозт', 'typo', 'prefix'), word('открыть', 'stem'), word('счет', 'stem')];
    expect(judgeConfidence({ words, matchShares: [0, 1, 1], titleHasInformativeWord: true }).confident).toBe(true);
  });

  it('declines when nothing matched at all', () => {
    expect(judgeConfidence({ words: [word('ывфа')], matchShares: [0], titleHasInformativeWord: false }).reason).toEqual({ kind: 'nothing-matched' });
  });

  it('declines when the title holds no informative query word', () => {
    expect(judgeConfidence({ words: [word('kaspi', 'stem')], matchShares: [1], titleHasInformativeWord: false }).reason).toEqual({ kind: 'title-unrelated' });
  });

  it('declines when unknown words outnumber matched ones, or one of each', () => {
    expect(judgeConfidence({ words: [word('а'), word('б'), word('счет', 'stem')], matchShares: [0, 0, 1], titleHasInformativeWord: true }).reason)
      .toEqual({ kind: 'mostly-unknown', unknown: 2, matched: 1 });
    expect(judgeConfidence({ words: [word('а'), word('счет', 'stem')], matchShares: [0, 1], titleHasInformativeWord: true }).reason)
      .toEqual({ kind: 'mostly-unknown', unknown: 1, matched: 1 });
    expect(judgeConfidence({ words: [word('а'), word('счет', 'stem'), word('оплата', 'vocabulary')], matchShares: [0, 1, 0.5], titleHasInformativeWord: true }).confident).toBe(true);
  });

  it.each(['stem', 'script', 'layout', 'prefixedForm', 'vocabulary'] as const)('counts a %s match as a known word', (kind) => {
    expect(judgeConfidence({ words: [word('x', kind), word('счет', 'stem')], matchShares: [0, 1], titleHasInformativeWord: true }).reason?.kind).toBe('word-missing');
  });
});
