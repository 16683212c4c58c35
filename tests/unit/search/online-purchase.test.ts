import { describe, expect, it } from 'vitest';
import { isOnlineOfAPurchase, onlinePurchaseReadings, saysOnlinePurchaseForBonus } from '../../../lib/search/online-purchase';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const words = (text: string) => tokenizeWords(text).map((t) => t.word);

describe('saysOnlinePurchaseForBonus', () => {
  it('should hear a bonus asked of paying or buying online, with words between, in either language', () => {
    for (const text of ['онлайн кинотеатр жазылымын голдпен төлеймін, бонус түсе ме', 'онлайн ойынға ақша салсам бонус бере ме', 'онлайн покупки дают бонусы?']) {
      expect(saysOnlinePurchaseForBonus(words(text)), text).toBe(true);
    }
  });

  it('should not hear "онлайн" without a bonus, or without paying or buying', () => {
    for (const text of ['онлайн оплата реда как сделать', 'бонус онлайн қалай көремін', 'сатып алсам бонус бере ме']) {
      expect(saysOnlinePurchaseForBonus(words(text)), text).toBe(false);
    }
  });
});

describe('onlinePurchaseReadings', () => {
  it('should read such a purchase as the internet shop, and tell "онлайн" as said of it', () => {
    const said = words('онлайн ойынға ақша салсам бонус бере ме');
    expect(onlinePurchaseReadings(said)).toEqual(['интернетдукен']);
    expect(said.filter((_, at) => isOnlineOfAPurchase(said, at))).toEqual(['онлайн']);
    expect(onlinePurchaseReadings(words('онлайн оплата реда'))).toEqual([]);
  });
});
