import { describe, expect, it } from 'vitest';
import { speaksOfPayingWithProduct } from '../../../lib/search/product-as-means';

describe('speaksOfPayingWithProduct', () => {
  it('should read a product at work or in use, or what one pays with, as paying with it', () => {
    for (const text of [
      'ред работает в турции?',
      // not working where one pays with it: still paid with
      'ред не работает в магазине',
      'работает ли kaspi red на маркетплейсах',
      'можно ли пользоваться ред в путешествии',
      'ред можно использовать для оплаты билетов',
      'расплатиться редом на заправке можно?',
      'с друзьями расплатиться редом можно?',
      'ред картой можно оплатить кофе',
      'кэшбэк дают если рассчитываться картой ред?',
    ]) {
      expect(speaksOfPayingWithProduct(text), text).toBe(true);
    }
  });

  it('should read asking where, or which shops, accept a product as paying with it, unless a payment or a machine is named', () => {
    expect(speaksOfPayingWithProduct('ред где принимают')).toBe(true);
    expect(speaksOfPayingWithProduct('в каких магазинах принимают kaspi red')).toBe(true);
    expect(speaksOfPayingWithProduct('где принимают оплату ред')).toBe(false);
    expect(speaksOfPayingWithProduct('где ред принимают, в банкоматах?')).toBe(false);
    expect(speaksOfPayingWithProduct('до скольки часов принимают ред')).toBe(false);
  });

  it('should not read paying the product\'s own bill, or a product that is no means, as paying with it', () => {
    for (const text of [
      'Как оплатить счёт Kaspi Red?',
      'оплатить ред картой другого банка',
      'голдом оплатить ред можно?',
      'оплатить картой ред счет',
      'можно ли оплатить ред картой голд',
      'Где посмотреть счёт за покупки с Kaspi Red?',
      'платил за ред в терминале, это вообще работает?',
      'пользуюсь ред, как его оплатить',
      'первый раз пользуюсь редом, какие есть способы погашения',
      'оплатил ред, когда снова смогу им пользоваться',
      'после оплаты смогу снова пользоваться ред?',
      // used again, the payment said after it, also with "-тся" typed for "-ться"
      'когда снова можно пользоваться редом после оплаты',
      'когда снова можно пользоватся редом после оплаты',
      'с кредитом и редом одновременно, даты платежей совпадут?',
      'что делать с редом если просрочил',
      // no longer in use: the product given up
      'хочу больше не пользоваться редом, как закрыть',
      'не хочу больше пользоваться редом',
      'не буду пользоваться редом, что с остатком',
      'со своим голдом и редом когда платить',
      'почему не работает приложение',
      '',
    ]) {
      expect(speaksOfPayingWithProduct(text), text).toBe(false);
    }
  });
});
