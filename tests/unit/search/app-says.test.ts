import { describe, expect, it } from 'vitest';
import { isAppSayingWhat } from '../../../lib/search/app-says';
import { wordsTold } from './words-told';

const told = (text: string) => wordsTold(isAppSayingWhat, text);

describe('isAppSayingWhat', () => {
  it('should tell the app saying what it shows, and the app', () => {
    expect(told('погасил весь ред, а в приложении показывает что закрыт только месяц')).toEqual(['приложении', 'показывает']);
    expect(told('в каспи пишет, что долг остался')).toEqual(['каспи', 'пишет']);
  });

  it('should keep showing asked about, and the app said otherwise', () => {
    expect(told('где в приложении показывает счёт')).toEqual([]);
    expect(told('в приложении не вижу бонусы')).toEqual([]);
  });
});
