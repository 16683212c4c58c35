import { describe, expect, it } from 'vitest';
import { isMachineError, machineErrorReadings } from '../../../lib/search/machine-error';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const words = (text: string) => tokenizeWords(text).map((t) => t.word);
const errors = (text: string) => words(text).filter((_, at, all) => isMachineError(all, at));

describe('isMachineError', () => {
  it('should tell an error a machine showed, or one a payment was cut short with', () => {
    expect(errors('банкомат выдал ошибку при оплате реда')).toEqual(['ошибку']);
    expect(errors('оплата прервалась с ошибкой, что делать')).toEqual(['ошибкой']);
    expect(errors('терминал пишет ошибка')).toEqual(['ошибка']);
    expect(errors('ошибка банкомата при оплате')).toEqual(['ошибка']);
    // the screen it showed on is part of the message
    expect(errors('через банкомат, на экране ошибка, купюры внутри')).toEqual(['экране', 'ошибка']);
    // a failed operation, as a machine says it
    expect(errors('банкомат написал операция не выполнена')).toEqual(['операция', 'выполнена']);
    expect(errors('операция отклонена, ред не оплачен')).toEqual(['операция', 'отклонена']);
    // a failure ("сбой"), and a machine that stopped responding
    expect(errors('банкомат выдал сбой, когда я гасил ред')).toEqual(['сбой']);
    expect(errors('во время оплаты банкомат перестал отвечать')).toEqual(['перестал', 'отвечать']);
  });

  it('should not tell the asker\'s own mistake', () => {
    expect(errors('по ошибке оплатил ред вместо погашения')).toEqual([]);
    expect(errors('я сделала ошибку в сумме')).toEqual([]);
    expect(errors('операция по карте не видна')).toEqual([]);
    expect(errors('на экране не вижу счёт')).toEqual([]);
    // stopping said of no machine ("ред перестал работать")
    expect(errors('ред перестал работать после оплаты')).toEqual([]);
  });
});

describe('machineErrorReadings', () => {
  it('should read a machine\'s error as a sum that did not arrive, and nothing else as one', () => {
    expect(machineErrorReadings(words('банкомат выдал ошибку'))).toEqual(['поступить']);
    expect(machineErrorReadings(words('по ошибке закинул деньги'))).toEqual([]);
  });
});
