import { describe, expect, it } from 'vitest';
import { bankAsActor, namesAnotherBank } from '../../../lib/search/another-bank';
import { tokenizeWords } from '../../../lib/search/normalize-text';

describe('namesAnotherBank', () => {
  it('should read another bank or someone else\'s card, in Russian and Kazakh', () => {
    expect(namesAnotherBank('можно ли оплатить ред картой другого банка')).toBe(true);
    expect(namesAnotherBank('можно ли оплатить ред через другой банк')).toBe(true);
    expect(namesAnotherBank('можно ли оплатить ред с чужой карты')).toBe(true);
    expect(namesAnotherBank('басқа банктің картасына ақша жібере алмай жатырмын')).toBe(true);
  });

  it('should not read a bank the asker has none of, Kaspi\'s own, or "another" said of something else', () => {
    expect(namesAnotherBank('перечислите варианты оплаты реда, у меня нет карты другого банка')).toBe(false);
    expect(namesAnotherBank('можно ли в кассе банка оплатить ред')).toBe(false);
    expect(namesAnotherBank('я уехал в другую страну, как оплатить ред')).toBe(false);
    expect(namesAnotherBank('')).toBe(false);
  });
});

describe('bankAsActor', () => {
  const actor = (text: string) => [...bankAsActor(tokenizeWords(text).map((t) => t.word))];

  it('should give "банк" said as the one who acts ("банк засчитает", "банк отдыхает")', () => {
    expect(actor('дедлайн по реду в субботу, банк засчитает неустойку?')).toEqual(['банк']);
    expect(actor('8 марта банк отдыхает, заплачу девятого')).toEqual(['банк']);
  });

  it('should not give a bank one goes to, another bank, or a bank said without a verb after it', () => {
    expect(actor('в каспи банк можно прийти и наличкой закрыть ред')).toEqual([]);
    expect(actor('пойду в банк отдам наличку')).toEqual([]);
    expect(actor('другой банк принимает оплату ред?')).toEqual([]);
    expect(actor('сколько стоит перевод в другой банк')).toEqual([]);
    expect(actor('банк каспи')).toEqual([]);
  });
});
