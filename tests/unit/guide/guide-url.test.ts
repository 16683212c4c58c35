import { describe, expect, it } from 'vitest';
import { buildGuideSectionUrl, buildGuideUrl, guidePageOf } from '../../../lib/guide/guide-url';

describe('guide addresses', () => {
  it('should build a question\'s public address from section, language and canonical path', () => {
    expect(buildGuideUrl('client', 'ru', '/kaspi-red/oplata')).toBe('https://guide.kaspi.kz/client/ru/kaspi-red/oplata');
    expect(buildGuideUrl('partner', 'kz', '/pay/q1')).toBe('https://guide.kaspi.kz/partner/kz/pay/q1');
  });

  it('should build a section\'s start page', () => {
    expect(buildGuideSectionUrl('client', 'kz')).toBe('https://guide.kaspi.kz/client/kz');
  });

  it('should read section and language from a guide page address', () => {
    expect(guidePageOf('https://guide.kaspi.kz/client/ru/kaspi-red/q1')).toEqual({ section: 'client', lang: 'ru' });
    expect(guidePageOf('https://guide.kaspi.kz/partner/kz')).toEqual({ section: 'partner', lang: 'kz' });
    expect(guidePageOf('https://guide.kaspi.kz/partner/en/x')).toEqual({ section: 'partner', lang: null });
  });

  it('should give null for other sections, other hosts and text that is no address', () => {
    expect(guidePageOf('https://guide.kaspi.kz/blog/ru')).toBeNull();
    expect(guidePageOf('https://guide.kaspi.kz/')).toBeNull();
    expect(guidePageOf('https://kaspi.kz/client/ru')).toBeNull();
    expect(guidePageOf('https://guide.kaspi.kz.evil.example/client/ru')).toBeNull();
    expect(guidePageOf('not a url')).toBeNull();
  });
});
