import { describe, expect, it } from 'vitest';
import { isCountedAs } from '../../../lib/search/counted-as';
import { wordsTold } from './words-told';

describe('isCountedAs', () => {
  it('should tell the verb that counts one thing as another ("засчитают ли бонусы как оплату")', () => {
    expect(wordsTold(isCountedAs, 'засчитают ли бонусы как оплату реда')).toEqual(['засчитают']);
    expect(wordsTold(isCountedAs, 'засчитается как платеж')).toEqual(['засчитается']);
    expect(wordsTold(isCountedAs, 'засчитают ли мои бонусы как платеж')).toEqual(['засчитают']);
  });

  it('should not tell a payment counted ("засчитали платёж"), said with no "как"', () => {
    expect(wordsTold(isCountedAs, 'засчитали платеж по реду')).toEqual([]);
    expect(wordsTold(isCountedAs, 'когда засчитают оплату, как узнать')).toEqual([]);
  });
});
