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
    expect(proximity(stream('просрочк и штраф'), words('штраф', 'просрочк'))).toBe(0.5);
  });

  it('counts nothing for words further apart than the window', () => {
    expect(proximity(stream('штраф a b c d просрочк'), words('штраф', 'просрочк'))).toBe(0);
    expect(proximity(stream('штраф a b просрочк'), words('штраф', 'просрочк'))).toBe(1);
  });

  it('averages over the pairs of neighbouring query words', () => {
    expect(proximity(stream('штраф за x y z w просрочк'), words('штраф', 'за', 'просрочк'))).toBe(0.5);
  });

  it('never joins a title word and a body word across the field gap', () => {
    expect(proximity(['штраф', ...FIELD_GAP, 'просрочк'], words('штраф', 'просрочк'))).toBe(0);
  });

  it('accepts any of a query word\'s terms', () => {
    expect(proximity(stream('оплата счета'), [new Set(['оплат', 'оплата']), new Set(['счет', 'счета'])])).toBe(1);
  });
});
