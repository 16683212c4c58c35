import { describe, expect, it } from 'vitest';
import { writtenForms } from '../../../lib/search/spoken-spellings';

describe('writtenForms', () => {
  it('reads a question word typed as it is said as the written word', () => {
    for (const spoken of ['скока', 'скоко', 'скок']) expect(writtenForms(spoken), spoken).toEqual(['сколько']);
  });

  it('gives nothing for a written word or any other word', () => {
    for (const word of ['сколько', 'скоро', 'скидка', '', 'constructor']) expect(writtenForms(word), word).toEqual([]);
  });
});
