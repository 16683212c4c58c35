import { describe, expect, it } from 'vitest';
import { isRemainedInAState } from '../../../lib/search/remained-as-link';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const words = (text: string) => tokenizeWords(text).map((t) => t.word);
const remainedAt = (text: string) => words(text).flatMap((_, i, all) => (isRemainedInAState(all, i) ? [all[i]] : []));

describe('isRemainedInAState', () => {
  it('should find "remained" said of a state, long or short, with or without "не"', () => {
    expect(remainedAt('ред остался неоплаченный, как его погасить')).toEqual(['остался']);
    expect(remainedAt('счет остался не оплачен')).toEqual(['остался']);
    expect(remainedAt('карта осталась закрытой')).toEqual(['осталась']);
  });

  it('should leave "remained" said of what remains, and other words', () => {
    expect(remainedAt('закрыла ред, на нем остались деньги')).toEqual([]);
    expect(remainedAt('осталась сумма на счете')).toEqual([]);
    expect(remainedAt('остался')).toEqual([]);
    expect(remainedAt('неоплаченный счет ред')).toEqual([]);
  });
});
