import { describe, expect, it } from 'vitest';
import { readTextOnOtherLayout, switchKeyboardLayout } from '../../../lib/search/keyboard-layout';

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

  it('should offer nothing for text without such a key next to a letter, or not typed on English keys', () => {
    expect(readTextOnOtherLayout('kaspi red')).toEqual([]);
    expect(readTextOnOtherLayout('штраф, просрочка')).toEqual([]);
    expect(readTextOnOtherLayout('red , gold')).toEqual([]);
  });
});
