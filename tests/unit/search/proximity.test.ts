import { describe, expect, it } from 'vitest';
import { FIELD_GAP, proximity } from '../../../lib/search/proximity';

const words = (...list: string[]) => list.map((w) => new Set([w]));
const stream = (text: string) => text.split(' ');

describe('proximity', () => {
  it('is 0 for a query of one word', () => {
    expect(proximity(stream('штраф за просрочк'), words('штраф'))).toBe(0);
  });

  it('counts a pair said together in the typed order fully', () => {
    expect(proximity(stream('какой штраф за просрочк счет'), words('штраф', 'за', 'просрочк'))).toBe(1);
  });

  it('counts a pair said together in the other order by half', () => {
    expect(proximity(stream('просрочк штраф'), words('штраф', 'просрочк'))).toBe(0.5);
  });

  const apart = (gap: number) => stream(['штраф', ...Array.from({ length: gap }, () => 'x'), 'просрочк'].join(' '));

  it('counts less the further apart the words stand, nothing beyond the window', () => {
    const scores = [0, 1, 3, 6, 11].map((gap) => proximity(apart(gap), words('штраф', 'просрочк')));
    expect(scores[0]).toBe(1);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]!);
    expect(scores.at(-1)).toBeGreaterThan(0);
    expect(proximity(apart(12), words('штраф', 'просрочк'))).toBe(0);
    expect(proximity(apart(40), words('штраф', 'просрочк'))).toBe(0);
  });

  it('takes the closest occurrence of a pair', () => {
    expect(proximity(stream('штраф x x x x x x x x x x x x x x x x x x x x штраф просрочк'), words('штраф', 'просрочк'))).toBe(1);
  });

  it('averages over the pairs of neighbouring query words', () => {
    expect(proximity(stream(`штраф за ${'x '.repeat(20)}просрочк`), words('штраф', 'за', 'просрочк'))).toBe(0.5);
  });

  it('never joins a title word and a body word across the field gap', () => {
    expect(proximity(['штраф', ...FIELD_GAP, 'просрочк'], words('штраф', 'просрочк'))).toBe(0);
  });

  it('accepts any of a query word\'s terms', () => {
    expect(proximity(stream('оплата счета'), [new Set(['оплат', 'оплата']), new Set(['счет', 'счета'])])).toBe(1);
  });
});

describe('proximity, pair by pair', () => {
  const sets = (...words: string[]) => words.map((w) => new Set([w]));

  it('should count a pair in the typed order fully and in the other order by half', () => {
    expect(proximity(['а', 'б'], sets('а', 'б'))).toBe(1);
    expect(proximity(['б', 'а'], sets('а', 'б'))).toBe(0.5);
    expect(proximity(['в', 'б', 'а'], sets('а', 'б', 'в'))).toBe(0.5);
  });
});
