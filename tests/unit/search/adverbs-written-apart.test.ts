import { describe, expect, it } from 'vitest';
import { isDuring, isKazakhInAdvance, joinAdverbsWrittenApart } from '../../../lib/search/adverbs-written-apart';
import { wordsTold } from './words-told';

describe('joinAdverbsWrittenApart', () => {
  it('should read "во время" that ends a clause as "вовремя" (on time)', () => {
    expect(joinAdverbsWrittenApart('какой штраф если ред не оплатить во время')).toBe('какой штраф если ред не оплатить вовремя');
    expect(joinAdverbsWrittenApart('не заплатил Во Время, что будет?')).toBe('не заплатил вовремя, что будет?');
  });

  it('should leave "во время" before a noun (during) as it is', () => {
    expect(joinAdverbsWrittenApart('как платить ред во время поездки')).toBe('как платить ред во время поездки');
  });

  it('should read "за ранее", "за раннее" as "заранее" (in advance), and no word that only begins so', () => {
    expect(joinAdverbsWrittenApart('можно оплатить за ранее')).toBe('можно оплатить заранее');
    expect(joinAdverbsWrittenApart('оплачу за раннее ред')).toBe('оплачу заранее ред');
    expect(joinAdverbsWrittenApart('за ранее купленное')).toBe('заранее купленное');
    expect(joinAdverbsWrittenApart('оплата за ранений')).toBe('оплата за ранений');
  });
});

describe('isKazakhInAdvance', () => {
  it('should tell both words of "алдын ала" (in advance), and neither word alone', () => {
    const words = ['келеси', 'айдын', 'толемин', 'алдын', 'ала', 'толедим'];
    expect(words.filter((_, at) => isKazakhInAdvance(words, at))).toEqual(['алдын', 'ала']);
    const alone = ['бонус', 'ала', 'аламын', 'ба', 'алдын'];
    expect(alone.filter((_, at) => isKazakhInAdvance(alone, at))).toEqual([]);
  });
});

describe('isDuring', () => {
  it('should tell the "время" of "во время" (during), and no other time', () => {
    expect(wordsTold(isDuring, 'во время оплаты банкомат завис')).toEqual(['время']);
    expect(wordsTold(isDuring, 'до какого времени платить, в какое время')).toEqual([]);
  });
});
