import { describe, expect, it } from 'vitest';
import { answerWordsFor } from '../../../lib/search/question-words';

describe('answerWordsFor', () => {
  it('gives what a question word asks for: "сколько" a sum or size, also as it is said ("скока")', () => {
    expect(answerWordsFor('сколько')).toEqual(expect.arrayContaining(['сумма', 'размер']));
    expect(answerWordsFor('скока')).toEqual(answerWordsFor('сколько'));
  });

  it('reads "во сколько" as asking for a time, by the word typed before', () => {
    expect(answerWordsFor('сколько', 'во')).toEqual(expect.arrayContaining(['время', 'времени']));
    expect(answerWordsFor('сколько', 'штраф')).toEqual(answerWordsFor('сколько'));
  });

  it('gives nothing for other words', () => {
    expect(answerWordsFor('как')).toEqual([]);
    expect(answerWordsFor('constructor')).toEqual([]);
    expect(answerWordsFor('toString')).toEqual([]);
  });
});
