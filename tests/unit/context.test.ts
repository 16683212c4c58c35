import { describe, expect, it } from 'vitest';
import { topicForUrl } from '../../lib/context';

describe('topicForUrl', () => {
  it.each([
    ['https://kaspi.kz/shop/p/apple-iphone-15-128gb-113137790/', 'shop'],
    ['https://kaspi.kz/shop/c/smartphones/?q=%3Acategory', 'shop'],
    ['https://kaspi.kz/red', 'red'],
    ['https://kaspi.kz/kaspired/about', 'red'],
    ['https://kaspi.kz/gold/', 'gold'],
    ['https://kaspi.kz/bank/bonus?fromDashboard=true', 'bonus'],
    ['https://kaspi.kz/deposit/', 'deposit'],
    ['https://kaspi.kz/transfers/', 'transfers'],
    ['https://kaspi.kz/payments/mobile', 'payments'],
    ['https://kaspi.kz/pay/utilities', 'payments'],
    ['https://kaspi.kz/maps/terminals/', 'terminals'],
    ['https://kaspi.kz/maps/atms/?bank=18', 'atms'],
    ['https://kaspi.kz/travel/avia', 'travel'],
    ['https://kaspi.kz/kz/shop/', 'shop'],
    ['https://www.kaspi.kz/ru/red', 'red'],
    ['https://kaspi.kz/merchantcabinet/#/orders', 'merchant'],
    ['https://mc.kaspi.kz/', 'merchant'],
  ])('should map %s to %s', (url, topic) => {
    expect(topicForUrl(url)?.id).toBe(topic);
  });

  it.each([
    ['an unknown kaspi.kz page', 'https://kaspi.kz/unknown/page'],
    ['the home page', 'https://kaspi.kz/'],
    ['a look-alike host', 'https://kaspi.kz.evil.example/shop'],
    ['another site', 'https://example.com/shop'],
    ['plain http', 'http://kaspi.kz/shop'],
    ['a path that only starts like a topic', 'https://kaspi.kz/shopping-guide'],
    ['not an address', 'not a url'],
  ])('should have no topic for %s', (_what, url) => {
    expect(topicForUrl(url)).toBeNull();
  });

  it('should give guide words in both languages', () => {
    const topic = topicForUrl('https://kaspi.kz/bonus')!;
    expect(topic.query.ru).toBeTruthy();
    expect(topic.query.kz).toBeTruthy();
  });
});
