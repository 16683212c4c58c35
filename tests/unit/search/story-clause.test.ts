import { describe, expect, it } from 'vitest';
import { storyBeforeTrouble } from '../../../lib/search/story-clause';

const story = (...words: string[]) => [...storyBeforeTrouble(words)];

describe('storyBeforeTrouble', () => {
  it('should give the words told before "but" when what follows says something did not happen', () => {
    expect(story('кеше', 'тауар', 'алдым', 'бирак', 'бонус', 'тускен', 'жок')).toEqual(['кеше', 'тауар', 'алдым']);
    expect(story('внес', 'в', 'терминал', 'но', 'деньги', 'не', 'пришли')).toEqual(['внес', 'в', 'терминал']);
    expect(story('сатып', 'алганнан', 'кейин', 'бонус', 'коринбейди')).toEqual(['сатып', 'алганнан']);
    expect(story('толегеннен', 'кейин', 'лимит', 'калпына', 'келе', 'ме')).toEqual([]);
  });

  it('should keep a word said after "but" too: it is not the story\'s alone', () => {
    expect(story('бонус', 'жинадым', 'бирак', 'бонус', 'коринбейди')).toEqual(['жинадым']);
  });

  it('should give nothing with no "but", before a "but" that opens the question, or when the trouble is told first', () => {
    expect(story('деньги', 'не', 'пришли')).toEqual([]);
    expect(story('но', 'деньги', 'не', 'пришли')).toEqual([]);
    expect(story('внес', 'в', 'терминал', 'а', 'деньги', 'не', 'пришли')).toEqual([]);
    expect(story('бонус', 'шотым', 'бос', 'бирак', 'сатып', 'алу', 'жасаганмын')).toEqual([]);
  });
});
