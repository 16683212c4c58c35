import { describe, expect, it } from 'vitest';
import { wayWordsMistyped } from '../../../lib/search/mistyped-question-words';

describe('wayWordsMistyped', () => {
  it('should read a question word on the ways back from one slip: a letter missed, added, swapped or mistyped', () => {
    expect(wayWordsMistyped('спосбы')).toEqual(['способы']);
    expect(wayWordsMistyped('варинты')).toEqual(['варианты']);
    expect(wayWordsMistyped('инструкия')).toEqual(['инструкция']);
    expect(wayWordsMistyped('спасобы')).toEqual(['способы']);
  });

  it('should read nothing into topic words, short words, or the question words themselves', () => {
    for (const word of ['оплата', 'списки', 'счет', 'способы', 'варианты', 'вариа', 'пункт', 'инструкции', 'вариантв']) expect(wayWordsMistyped(word), word).toEqual([]);
  });
});
