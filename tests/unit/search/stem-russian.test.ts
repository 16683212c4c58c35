import { describe, expect, it } from 'vitest';
import { isRussianStopWord, stemRussian } from '../../../lib/search/stem-russian';

describe('stemRussian', () => {
  it('should give the forms of one word one stem', () => {
    expect(new Set(['оплата', 'оплаты', 'оплату', 'оплатой'].map(stemRussian))).toEqual(new Set(['оплат']));
    expect(new Set(['штраф', 'штрафа', 'штрафы', 'штрафов'].map(stemRussian))).toEqual(new Set(['штраф']));
  });

  it('should keep different words apart', () => {
    expect(stemRussian('счет')).not.toBe(stemRussian('сумма'));
  });

  it('should leave a word without an ending as it is', () => {
    expect(stemRussian('банк')).toBe('банк');
  });
});

describe('isRussianStopWord', () => {
  it('should follow lunr-languages\' Russian stop list', () => {
    expect(isRussianStopWord('и')).toBe(true);
    expect(isRussianStopWord('как')).toBe(true);
    expect(isRussianStopWord('штраф')).toBe(false);
  });
});
