import { describe, expect, it } from 'vitest';
import { isThingCarried } from '../../../lib/search/things-carried';
import { wordsTold } from './words-told';

const told = (text: string) => wordsTold(isThingCarried, text);

describe('isThingCarried', () => {
  it('should tell what the asker has or has not on them, with what is said of carrying it', () => {
    expect(told('рядом банкомат, карты с собой нет, ред закрою купюрами')).toEqual(['карты', 'с', 'собой', 'нет']);
    expect(told('не взяла с собой карту, можно ли в банкомате оплатить ред')).toEqual(['не', 'взяла', 'с', 'собой', 'карту']);
    expect(told('телефон забыл, с собой только наличные')).toEqual(['телефон', 'забыл', 'с', 'собой']);
    expect(told('с собой только наличные, можно оплатить ред')).toEqual(['с', 'собой']);
  });

  it('should keep a card or a "нет" said without "с собой"', () => {
    expect(told('карты нет в приложении')).toEqual([]);
    expect(told('оплатил картой, а платежа нет')).toEqual([]);
  });
});
