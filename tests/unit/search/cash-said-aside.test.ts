import { describe, expect, it } from 'vitest';
import { isCashAtAMachine, isCashOfALoan } from '../../../lib/search/cash-said-aside';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const told = (text: string) => {
  const words = tokenizeWords(text).map((t) => t.word);
  return words.filter((_, at) => isCashAtAMachine(words, at));
};

describe('isCashAtAMachine', () => {
  it('should tell cash said of paying at an ATM or a terminal, which the machine says', () => {
    expect(told('можно ли оплатить ред в банкомате каспи наличными')).toEqual(['наличными']);
    expect(told('банкомат берёт наличку в счет оплаты ред?')).toEqual(['наличку']);
    expect(told('через терминал налом за ред можно')).toEqual(['налом']);
    // banknotes paid with are cash
    expect(told('рядом банкомат каспи, ред закрою купюрами?')).toEqual(['купюрами']);
  });

  it('should keep cash said with no machine, and banknotes counted at one', () => {
    expect(told('можно ли оплатить ред наличными в отделении')).toEqual([]);
    expect(told('банкомат не засчитал одну купюру за ред')).toEqual([]);
    expect(told('можно ли с ред снять наличные в банкомате')).toEqual([]);
    expect(told('пришла с наличкой к банкомату, что нажимать для реда')).toEqual([]);
  });
});

describe('isCashOfALoan', () => {
  it('should tell cash naming a kind of loan ("кредит наличными"), and keep cash said otherwise', () => {
    const loan = tokenizeWords('кредит наличными и ред платить в один день').map((t) => t.word);
    expect(loan.filter((_, at) => isCashOfALoan(loan, at))).toEqual(['наличными']);
    const paid = tokenizeWords('наличными оплатил кредит').map((t) => t.word);
    expect(paid.filter((_, at) => isCashOfALoan(paid, at))).toEqual([]);
  });
});
