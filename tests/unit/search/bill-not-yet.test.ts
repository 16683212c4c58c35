import { describe, expect, it } from 'vitest';
import { saysBillNotYetOut } from '../../../lib/search/bill-not-yet';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const notYet = (text: string) => saysBillNotYetOut(tokenizeWords(text).map((t) => t.word));

describe('saysBillNotYetOut', () => {
  it('should read a bill not out yet: not yet arrived, issued or formed, or issued only later', () => {
    expect(notYet('счет по ред еще не пришел а я хочу заплатить')).toBe(true);
    expect(notYet('закину за ред пока счет еще не сформирован')).toBe(true);
    expect(notYet('хотя счет выставят только через неделю')).toBe(true);
  });

  it('should not read money that has not arrived, a bill that came, or no bill at all', () => {
    expect(notYet('деньги еще не пришли на счет ред')).toBe(false);
    expect(notYet('сумма еще не пришла на счет')).toBe(false);
    expect(notYet('счет пришел, сколько платить')).toBe(false);
    expect(notYet('еще не пришел платеж')).toBe(false);
    expect(notYet('')).toBe(false);
  });
});
