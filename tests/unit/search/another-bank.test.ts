import { describe, expect, it } from 'vitest';
import { namesAnotherBank } from '../../../lib/search/another-bank';

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
