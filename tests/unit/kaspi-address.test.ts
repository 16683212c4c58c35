import { describe, expect, it } from 'vitest';
import { isGuideAddress, isKaspiAddress, parseUrl } from '../../lib/kaspi-address';

const url = (text: string) => parseUrl(text)!;

describe('kaspi addresses', () => {
  it('parses addresses and gives null for anything else', () => {
    expect(parseUrl('https://kaspi.kz/shop')?.pathname).toBe('/shop');
    expect(parseUrl('not an address')).toBeNull();
    expect(parseUrl('')).toBeNull();
  });

  it.each([
    ['https://kaspi.kz/', true, false],
    ['https://www.kaspi.kz/bank', true, false],
    ['https://guide.kaspi.kz/client/ru', true, true],
    ['https://guide.kaspi.kz:8443/client/ru', true, true],
    ['http://kaspi.kz/', false, false],
    ['http://guide.kaspi.kz/', false, false],
    ['https://kaspi.kz.evil.example/', false, false],
    ['https://notkaspi.kz/', false, false],
    ['https://guide.kaspi.kz.evil.example/', false, false],
  ])('%s: kaspi %s, guide %s', (address, kaspi, guide) => {
    expect(isKaspiAddress(url(address))).toBe(kaspi);
    expect(isGuideAddress(url(address))).toBe(guide);
  });
});
