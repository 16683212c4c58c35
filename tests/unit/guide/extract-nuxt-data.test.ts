import { describe, expect, it } from 'vitest';
import { extractNuxtData, sectionOfSavedPage } from '../../../lib/guide/extract-nuxt-data';
import { ingestCapture } from '../../../lib/guide/ingest-captures';
import { buildGuidePayload } from '../../e2e/guide-payload';
import { nodeSanitizer } from '../guide-fixtures';

const payload = buildGuidePayload(
  [{ id: 777001, title: 'Как подключить Kaspi QR?', content: '<p>Откройте <a href="/pay">Kaspi Pay</a>.</p>', canonical: '/qr/connect/q777001', updatedDate: '02.02.2025', usefulness: 0.9 }],
  'ru-RU',
);
const savedPage = `<!DOCTYPE html><html><head><link rel="canonical" href="https://guide.kaspi.kz/partner/ru/qr/connect/q777001">
<script>window.evil = 1</script></head><body><div id="__nuxt"></div>
<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">${payload}</script></body></html>`;

describe('saved guide pages', () => {
  it('should read only the __NUXT_DATA__ element and the section from the canonical link', () => {
    expect(extractNuxtData(savedPage)).toBe(payload);
    expect(sectionOfSavedPage(savedPage)).toBe('partner');
    expect(extractNuxtData('<html><body>nothing</body></html>')).toBeNull();
  });

  it('should ingest a saved page like any capture', () => {
    const report = ingestCapture({ name: 'page.html', text: savedPage }, {}, nodeSanitizer().sanitizeAnswer);
    expect(report.error).toBeNull();
    expect(report.questions).toEqual([
      expect.objectContaining({
        id: 777001, lang: 'ru', section: 'partner', html: '<p>Откройте <a href="https://kaspi.kz/pay">Kaspi Pay</a>.</p>',
        url: 'https://guide.kaspi.kz/partner/ru/qr/connect/q777001',
      }),
    ]);
  });

  it('should explain a saved page without a payload', () => {
    const report = ingestCapture({ name: 'x.html', text: '<!doctype html><p>hi</p>' }, {}, nodeSanitizer().sanitizeAnswer);
    expect(report.error).toMatch(/__NUXT_DATA__/);
  });
});
