import { describe, expect, it } from 'vitest';
import { readTextOnOtherLayout, switchKeyboardLayout, withOneKeySlipped } from '../../../lib/search/keyboard-layout';

describe('switchKeyboardLayout', () => {
  it.each([
    ['rfcgb', 'каспи'],
    ['inhfa', 'штраф'],
    ['cxtnf', 'счета'],
  ])('should read %s typed on the English layout as %s', (typed, meant) => {
    expect(switchKeyboardLayout(typed)).toContain(meant);
  });

  it('should read Cyrillic typed on the Russian layout as English', () => {
    expect(switchKeyboardLayout('ызщ')).toContain('spo');
    expect(switchKeyboardLayout('кув')).toContain('red');
  });

  it('should offer nothing for digits or mixed words', () => {
    expect(switchKeyboardLayout('2000')).toEqual([]);
    expect(switchKeyboardLayout('kaspiред')).toEqual([]);
  });
});

describe('switchKeyboardLayout, what it leaves out', () => {
  it('should not read Cyrillic keys as Latin text when they stand for punctuation', () => {
    // ж is the ";" key, б the "," key: no Latin word starts or ends with them.
    expect(switchKeyboardLayout('жук')).toEqual([]);
    expect(switchKeyboardLayout('клуб')).toEqual([]);
    expect(switchKeyboardLayout('кув')).toEqual(['red']);
  });
});

describe('readTextOnOtherLayout', () => {
  it('should read the English keys that are Cyrillic letters as those letters ([ ] ; \' , . `)', () => {
    expect(readTextOnOtherLayout(',jyec')).toContain('бонус');
    expect(readTextOnOtherLayout('rfr jgkfnbnm cx`n')).toContain('как оплатить счёт');
    expect(readTextOnOtherLayout('[jxe ;fkj,e \'nj')).toContain('хочу жалобу это');
  });

  it('should read a question whose other keys are punctuation or capitals (a "?" or "&" at its end, "<" for Б)', () => {
    expect(readTextOnOtherLayout(',jyecs gjqlen d jgkfne htlf?')).toContain('бонусы пойдут в оплату реда,');
    expect(readTextOnOtherLayout('<jyecs gjqlen&')).toContain('Бонусы пойдут?');
    expect(readTextOnOtherLayout('xnj nfrjt {jhji')).toContain('что такое Хорош');
  });

  it('should offer nothing for text without such a key next to a letter, or not typed on English keys', () => {
    expect(readTextOnOtherLayout('kaspi red')).toEqual([]);
    expect(readTextOnOtherLayout('штраф, просрочка')).toEqual([]);
    expect(readTextOnOtherLayout('red , gold')).toEqual([]);
  });
});

describe('withOneKeySlipped', () => {
  it('should swap one letter at a time for a key beside it in its row, each spelling once', () => {
    expect(withOneKeySlipped('ш')).toEqual(['г', 'щ']);
    // "й" begins its row, "э" ends its row: one neighbour each
    expect(withOneKeySlipped('й')).toEqual(['ц']);
    expect(withOneKeySlipped('э')).toEqual(['ж']);
    expect(withOneKeySlipped('следуюший')).toContain('следующий');
    expect(withOneKeySlipped('аа')).toEqual(['ва', 'па', 'ав', 'ап']);
    // not across rows, nor for keys that are no Russian letters
    expect(withOneKeySlipped('ш')).not.toContain('о');
    expect(withOneKeySlipped('1')).toEqual([]);
  });
});
