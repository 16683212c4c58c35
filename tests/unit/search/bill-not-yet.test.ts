import { describe, expect, it } from 'vitest';
import { isSaidOfBillNotYetOut, saysBillNotYetOut, saysPayingBeforeTheBill, saysWaitingForTheBill } from '../../../lib/search/bill-not-yet';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const notYet = (text: string) => saysBillNotYetOut(tokenizeWords(text).map((t) => t.word));

describe('saysBillNotYetOut', () => {
  it('should read a bill not out yet: not yet arrived, issued or formed, or issued only later', () => {
    expect(notYet('счет по ред еще не пришел а я хочу заплатить')).toBe(true);
    expect(notYet('закину за ред пока счет еще не сформирован')).toBe(true);
    expect(notYet('хотя счет выставят только через неделю')).toBe(true);
    // "пока … не" with the bill, and whose it is, between them; the statement ("выписка") is the bill
    expect(notYet('пока счет не сформирован')).toBe(true);
    expect(notYet('пока счет по реду не выставлен')).toBe(true);
    expect(notYet('пока выписка не сформирована')).toBe(true);
    // the bill named with what it is for ("счёт на оплату", "счёт к оплате")
    expect(notYet('пока счет на оплату не выставлен')).toBe(true);
    expect(notYet('пока счет к оплате не пришел')).toBe(true);
    // "даже" between ("пока счёт даже не сформирован": not even formed)
    expect(notYet('хочу закрыть ред, пока счет даже не сформирован')).toBe(true);
  });

  it('should read no bill yet ("счёта ещё нет", "пока нет счёта") as not out yet; no bill with no "yet" is a bill missing', () => {
    expect(notYet('счета ещё нет, а деньги на ред уже есть')).toBe(true);
    expect(notYet('пока нет счета, можно заплатить?')).toBe(true);
    expect(notYet('нет еще выписки по реду')).toBe(true);
    expect(notYet('счета нет в приложении')).toBe(false);
  });

  it('should read a bill not come while the asker would "already" pay ("счёт не пришёл, а заплатить уже можно") as not out yet', () => {
    expect(notYet('счёт за ред не пришёл, а заплатить уже можно?')).toBe(true);
    // "уже" with no paying, or no "уже": a bill missing, or money that did not come
    expect(notYet('счет не пришел, уже пятое число, где он')).toBe(false);
    expect(notYet('счёт за ред не пришёл, хочу заплатить')).toBe(false);
  });

  it('should tell the statement and the coming out of a bill not out yet, which paying ahead says, and nothing else', () => {
    const words = tokenizeWords('выписка по реду еще не сформирована, оплатить хочу').map((t) => t.word);
    expect(words.filter((_, at) => isSaidOfBillNotYetOut(words, at))).toEqual(['выписка', 'сформирована']);
    const arrived = tokenizeWords('выписка пришла, деньги еще не пришли').map((t) => t.word);
    expect(arrived.filter((_, at) => isSaidOfBillNotYetOut(arrived, at))).toEqual([]);
  });

  it('should read paying before the bill comes out, or without waiting for it', () => {
    expect(notYet('получится оплатить счет ред до того как он придет')).toBe(true);
    expect(notYet('оплатить ред пораньше, не дожидаясь выставления счета')).toBe(true);
    expect(notYet('можно внести до выставления счета')).toBe(true);
    // the bill's issuing, with no "before" about it, is no payment ahead
    expect(notYet('после выставления счета сколько дней на оплату')).toBe(false);
  });

  it('should not read money that has not arrived, a bill that came, or no bill at all', () => {
    expect(notYet('деньги еще не пришли на счет ред')).toBe(false);
    expect(notYet('сумма еще не пришла на счет')).toBe(false);
    expect(notYet('счет пришел, сколько платить')).toBe(false);
    expect(notYet('еще не пришел платеж')).toBe(false);
    expect(notYet('')).toBe(false);
  });
});

describe('saysPayingBeforeTheBill', () => {
  const before = (text: string) => saysPayingBeforeTheBill(tokenizeWords(text).map((t) => t.word));

  it('should read paying "до счёта", "до выписки" (before the bill) as paying ahead', () => {
    expect(before('можно ли погасить ред до счета')).toBe(true);
    expect(before('хочу оплатить ред до выписки')).toBe(true);
    // and before the bill's date
    expect(before('до даты счета еще 10 дней, а я хочу уже рассчитаться за ред')).toBe(true);
  });

  it('should not read "до счёта" without paying, nor paying without it', () => {
    expect(before('до счета еще неделя')).toBe(false);
    expect(before('оплатить ред до пятого числа')).toBe(false);
    expect(before('оплатить ред до даты оплаты')).toBe(false);
  });
});

describe('saysWaitingForTheBill', () => {
  const waits = (text: string) => saysWaitingForTheBill(tokenizeWords(text).map((t) => t.word));

  it('should read asking whether to wait for the bill to pay as paying ahead', () => {
    expect(waits('нужно ли ждать счет, чтобы оплатить ред')).toBe(true);
    expect(waits('выставления счета по реду ждать обязательно или можно гасить сразу')).toBe(true);
    expect(waits('обязательно дожидаться выписки, чтобы внести деньги')).toBe(true);
  });

  it('should not read a bill waited for without paying, a wait told ("жду"), or a wait for something else', () => {
    expect(waits('сколько ждать счет по реду')).toBe(false);
    expect(waits('жду счет уже неделю, когда оплатить')).toBe(false);
    expect(waits('сколько ждать зачисления после оплаты реда')).toBe(false);
  });

  it('should tell the wait and the coming out as said of paying ahead', () => {
    const words = tokenizeWords('выставления счета ждать или можно оплатить').map((t) => t.word);
    expect(words.filter((_, at) => isSaidOfBillNotYetOut(words, at))).toEqual(['выставления', 'ждать']);
  });
});
