import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../../lib/guide/decode-capture';
import { BOTH_ENDS_CUT, readCapture, SEED_KZ, SEED_RU } from '../guide-fixtures';

describe('decodeCapture on the seeds (tails with their end)', () => {
  it('should recover the 26 complete Russian questions and the page locale', () => {
    const decoded = decodeCapture(readCapture(SEED_RU));
    expect(decoded.error).toBeNull();
    expect(decoded.lang).toBe('ru');
    expect(decoded.route).toBe('/ru/red/bill/monthly_payment/q13150');
    expect(decoded.questions).toHaveLength(26);
    const q = decoded.questions.find((x) => x.id === 1508)!;
    expect(q.title).toBe('Как оплатить счёт Kaspi Red?');
    expect(q.updated).toBe('23.04.2025');
    expect(q.usefulness).toBe(0.83);
    expect(q.canonical).toBe('/red/monthly_payment/bill/q1508');
  });

  it('should recover the 10 complete Kazakh questions', () => {
    const decoded = decodeCapture(readCapture(SEED_KZ));
    expect(decoded.lang).toBe('kz');
    expect(decoded.questions.map((q) => q.id).sort((a, b) => a - b)).toEqual(
      [451, 462, 467, 476, 514, 518, 553, 1580, 17560, 17562],
    );
  });

  it('should report a question whose object lies in the lost head, without inventing its title', () => {
    const decoded = decodeCapture(readCapture(SEED_RU));
    const lost = decoded.partial.find((p) => p.canonical === '/red/monthly_payment/bill/q1517');
    expect(lost).toMatchObject({ id: null });
    expect(lost!.missing).toContain('title');
    expect(decoded.questions.some((q) => q.canonical === '/red/monthly_payment/bill/q1517')).toBe(false);
  });

  it('should keep a question whose date points into the lost head, with the date unknown', () => {
    const q = decodeCapture(readCapture(SEED_RU)).questions.find((x) => x.id === 12467)!;
    expect(q.updated).toBeNull();
    expect(q.canonical).toBe('/terminals/red/services/q1746');
  });
});

describe('decodeCapture on captures cut at both ends', () => {
  it.each(BOTH_ENDS_CUT)('should decode %s without crashing and account for every question', (name) => {
    const decoded = decodeCapture(readCapture(name));
    expect(decoded.error).toBeNull();
    expect(decoded.questions.length + decoded.partial.length).toBeGreaterThan(0);
    for (const q of decoded.questions) {
      expect(q.title.length).toBeGreaterThan(0);
      expect(q.canonical).toMatch(/^\/.*\/q\d+$/);
    }
  });

  it('should recover a question proven by its object followed by its values', () => {
    const decoded = decodeCapture(readCapture('capture-partner-ru-cashier-payments-q2493.txt'));
    const q = decoded.questions.find((x) => x.id === 3164)!;
    expect(q.title).toBe('Как сформировать фискальный чек через Kaspi Кассу, если клиент купил товар в Магазине на Kaspi.kz?');
    expect(q.canonical).toBe('/cashier/payments/q3164');
  });

  it('should report a question whose answer is cut off by the end of the capture', () => {
    const decoded = decodeCapture(readCapture('capture-partner-ru-pos-conditions-q2776.txt'));
    expect(decoded.questions).toHaveLength(0);
    expect(decoded.partial).toContainEqual(expect.objectContaining({ id: 1901, missing: expect.arrayContaining(['content']) }));
  });
});

describe('decodeCapture on bad input', () => {
  it.each([
    ['an empty file', '', /empty/],
    ['text that is not a payload', 'hello world, this is not json', /no JSON/],
    ['values that prove no offset', '"x",1,2,{"id":5,"title":9,"content":10}', /cannot align/],
  ])('should explain %s', (_what, text, reason) => {
    const decoded = decodeCapture(text);
    expect(decoded.questions).toEqual([]);
    expect(decoded.error).toMatch(reason);
  });

  it('should decode a whole payload from index 0', () => {
    const payload = JSON.stringify([
      { id: 1, title: 2, content: 3, canonical: 4, updatedDate: 5, usefulness: 6, pinned: 7 },
      42, 'Вопрос?', '<p>Ответ</p>', '/x/q42', '01.02.2025', 0.5, true,
    ]);
    const decoded = decodeCapture(payload);
    expect(decoded.questions).toEqual([
      expect.objectContaining({ id: 42, title: 'Вопрос?', canonical: '/x/q42', pinned: true, usefulness: 0.5 }),
    ]);
  });
});
