import { describe, expect, it } from 'vitest';
import { decodeCaptureBytes, ingestCapture } from '../../../lib/guide/ingest-captures';
import { ingestBundled, nodeSanitizer, readCapture, SEED_RU } from '../guide-fixtures';

describe('ingestBundled captures', () => {
  it('should give clean questions with their public guide address', () => {
    const { questions } = ingestBundled();
    const q = questions.find((x) => x.id === 1508)!;
    expect(q).toMatchObject({ lang: 'ru', section: 'client', url: 'https://guide.kaspi.kz/client/ru/red/monthly_payment/bill/q1508' });
    expect(q.text).toContain('Kaspi Терминалы');
    expect(q.text).not.toMatch(/[<>]|%вставка/);
    const partner = questions.find((x) => x.id === 3164)!;
    expect(partner.url).toBe('https://guide.kaspi.kz/partner/ru/cashier/payments/q3164');
  });

  it('should never show a raw macro or more than one platform variant in any answer', () => {
    for (const q of ingestBundled().questions) {
      expect(q.html).not.toMatch(/%вставка|mobile_only|mobileApp_only|desktop_only|style=|<nobr/i);
    }
  });

  it('should produce each canonical address once', () => {
    const urls = ingestBundled().questions.map((q) => q.url);
    expect(new Set(urls).size).toBe(urls.length);
  });
});

describe('ingestCapture', () => {
  it('should trust the payload locale over the sources file and say so', () => {
    const report = ingestCapture({ name: 'x', text: readCapture(SEED_RU) }, { lang: 'kz', section: 'client' }, nodeSanitizer().sanitizeAnswer);
    expect(report.questions[0]!.lang).toBe('ru');
    expect(report.warnings.join()).toMatch(/payload says ru/);
  });

  it('should report a capture without a known language instead of guessing', () => {
    const text = readCapture('capture-partner-ru-cashier-payments-q2493.txt');
    const report = ingestCapture({ name: 'x', text }, {}, nodeSanitizer().sanitizeAnswer);
    expect(report.questions).toEqual([]);
    expect(report.error).toMatch(/language unknown/);
  });
});

describe('decodeCaptureBytes', () => {
  it('should refuse binary data and legacy encodings with a reason', () => {
    expect(decodeCaptureBytes(new Uint8Array([0x5b, 0, 1]))).toEqual({ error: expect.stringMatching(/binary/) });
    expect(decodeCaptureBytes(new Uint8Array([0xd8, 0xf2, 0xf0]))).toEqual({ error: expect.stringMatching(/UTF-8/) });
    expect(decodeCaptureBytes(new TextEncoder().encode('[1]'))).toEqual({ text: '[1]' });
  });
});
