import { describe, expect, it } from 'vitest';
import { cannotSeeAskedReadings, isCannotSeeAsked } from '../../../lib/search/cannot-see-asked';
import { saysNot } from '../../../lib/search/negation';
import { tokenizeWords } from '../../../lib/search/normalize-text';
import { wordsTold } from './words-told';

const words = (text: string) => tokenizeWords(text).map((t) => t.word);

describe('isCannotSeeAsked', () => {
  it('should tell the seeing of "не вижу" when the question asks what is not seen', () => {
    expect(wordsTold(isCannotSeeAsked, 'а сколько там набежало не вижу')).toEqual(['вижу']);
    expect(wordsTold(isCannotSeeAsked, 'не вижу счет по реду, где он')).toEqual(['вижу']);
  });

  it('should leave something missing ("не вижу бонусы") and seeing said without "не"', () => {
    expect(wordsTold(isCannotSeeAsked, 'не вижу бонусы в приложении')).toEqual([]);
    expect(wordsTold(isCannotSeeAsked, 'вижу сколько платить')).toEqual([]);
  });

  it('should not count as a trouble told, which "не вижу бонусы" still is', () => {
    expect(saysNot(words('не вижу сколько платить по реду'))).toBe(false);
    expect(saysNot(words('не вижу бонусы в приложении'))).toBe(true);
  });
});

describe('cannotSeeAskedReadings', () => {
  it('should read it as looking when where is asked, as finding out otherwise', () => {
    expect(cannotSeeAskedReadings(words('не вижу счет, где он'))).toEqual(['посмотреть']);
    expect(cannotSeeAskedReadings(words('не вижу сколько платить'))).toEqual(['узнать']);
    expect(cannotSeeAskedReadings(words('не вижу бонусы'))).toEqual([]);
  });
});
