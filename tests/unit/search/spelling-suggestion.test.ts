import { describe, expect, it } from 'vitest';
import { loadShippedSearcher } from '../../../lib/cli/load-guide-searcher';
import { suggestSpelling, type SpellingSources } from '../../../lib/search/spelling-suggestion';

const searcher = loadShippedSearcher();

describe('suggestSpelling', () => {
  const sources: SpellingSources = {
    knows: (word) => ['за', 'просрочку', 'штраф'].includes(word),
    closestTerms: (word) => (word === 'шрафт' ? ['штраф'] : word === 'оплтаа' ? ['опла', 'оплат'] : []),
    spell: (term) => (term === 'штраф' ? 'штраф' : term === 'оплат' ? 'оплата' : null),
  };

  it('respells only the words the index does not know, keeping the others', () => {
    expect(suggestSpelling('Шрафт за просрочку', sources)).toBe('штраф за просрочку');
  });

  it('tries the next closest term when one cannot be spelled in the query\'s language', () => {
    expect(suggestSpelling('оплтаа', sources)).toBe('оплата');
  });

  it('suggests nothing when no word changes, for short words, and for empty text', () => {
    expect(suggestSpelling('штраф за просрочку', sources)).toBeNull();
    expect(suggestSpelling('ывфаыв', sources)).toBeNull();
    expect(suggestSpelling('шрф', sources)).toBeNull();
    expect(suggestSpelling('  ', sources)).toBeNull();
  });
});

describe('suggestSpelling, word by word', () => {
  /** Sources that would respell any word they are asked about. */
  const eager = (known: string[] = []): SpellingSources => ({
    knows: (word) => known.includes(word),
    closestTerms: () => ['штраф'],
    spell: () => 'штраф',
  });

  it('leaves words under four letters and words the index knows as they are', () => {
    expect(suggestSpelling('шрф', eager())).toBeNull();
    expect(suggestSpelling('шрфт', eager())).toBe('штраф');
    expect(suggestSpelling('шрафт', eager(['шрафт']))).toBeNull();
  });

  it('suggests nothing when the respelling is the word itself', () => {
    expect(suggestSpelling('штраф', { ...eager(), knows: () => false })).toBeNull();
  });
});

describe('"did you mean" in search', () => {
  it('suggests the guide\'s spelling of an obvious typo when nothing matched', () => {
    const response = searcher.search('шрафт', { lang: 'ru' });
    expect(response.hits).toEqual([]);
    expect(response.suggestion).toBe('штраф');
    expect(searcher.search(response.suggestion!, { lang: 'ru' }).hits.length).toBeGreaterThan(0);
  });

  it('suggests nothing for random keys, and nothing when answers were found', () => {
    expect(searcher.search('ывфаыв', { lang: 'ru' }).suggestion).toBeNull();
    expect(searcher.search('штраф за просрочку', { lang: 'ru' }).suggestion).toBeNull();
  });

  it('suggests words of the asked language only', () => {
    // "Тоуор" is two letters from the Kazakh answers' "тауар" and the Russian answers' "товар": each language its own.
    expect(searcher.search('тоуор', { lang: 'kz' }).suggestion).toBe('тауар');
    expect(searcher.search('тоуор', { lang: 'ru' }).suggestion).toBe('товар');
  });
});
