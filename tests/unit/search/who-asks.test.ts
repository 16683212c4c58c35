import { describe, expect, it } from 'vitest';
import { isWhoAsks } from '../../../lib/search/who-asks';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const told = (text: string) => {
  const words = tokenizeWords(text).map((t) => t.word);
  return words.filter((_, at) => isWhoAsks(words, at));
};

describe('isWhoAsks', () => {
  it('should tell who asks when the asker asks for someone ("муж спрашивает", "мама спросила")', () => {
    expect(told('муж спрашивает сколько у нас по реду')).toEqual(['муж']);
    expect(told('мама спросила, где оплатить ред')).toEqual(['мама']);
  });

  it('should keep a word before anything else, a thing that asks, and one said later in the question', () => {
    expect(told('муж оплатил мой ред')).toEqual([]);
    expect(told('приложение спрашивает пароль при оплате реда')).toEqual([]);
    expect(told('я оплатила, а муж спрашивает где чек')).toEqual([]);
  });
});
