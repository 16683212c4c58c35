import { describe, expect, it } from 'vitest';
import { givenForReadings } from '../../../lib/search/given-for';

const words = (text: string) => text.split(' ');

describe('givenForReadings', () => {
  it('should read money given for something ("отдать за ред") as paying', () => {
    expect(givenForReadings(words('хочу отдать за ред наличкой'))).toEqual(['оплатить']);
    expect(givenForReadings(words('отдала за покупки больше'))).toEqual(['оплатить']);
  });

  it('should read nothing for giving said otherwise', () => {
    expect(givenForReadings(words('сколько придется отдать'))).toEqual([]);
    expect(givenForReadings(words('отдать ред другому человеку'))).toEqual([]);
  });
});
