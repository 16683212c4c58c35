import { describe, expect, it } from 'vitest';
import { readGuidePage } from '../../../lib/learned/read-guide-page';
import { validateLearnedPage } from '../../../lib/learned/validate-learned';
import { buildGuidePayload, renewQuestions } from '../../e2e/guide-payload';
import { HOSTILE_VECTORS, buildHostilePayload } from '../../e2e/hostile-payload';
import { nodeSanitizer } from '../guide-fixtures';
import { bundledQuestions } from './learned-fixtures';

const sanitize = (html: string) => nodeSanitizer().sanitizeAnswer(html);
const LOCALE = { ru: 'ru-RU', kz: 'kk-KZ' } as const;

describe('readGuidePage', () => {
  it.each([
    ['client', 'ru'],
    ['client', 'kz'],
    ['partner', 'ru'],
    ['partner', 'kz'],
  ] as const)('should decode a whole %s %s page payload into questions the background accepts', (section, lang) => {
    const real = bundledQuestions().filter((q) => q.section === section && q.lang === lang).slice(0, 4);
    expect(real.length).toBeGreaterThan(0);
    const payload = buildGuidePayload(renewQuestions(real, 800_000, '(копия)'), LOCALE[lang]);
    const pageUrl = `https://guide.kaspi.kz/${section}/${lang}${real[0]!.canonical}`;
    const { questions, error } = readGuidePage(payload, pageUrl, sanitize);
    expect(error).toBeNull();
    expect(questions.map((q) => q.id)).toEqual(real.map((q) => q.id + 800_000));
    expect(questions.map((q) => q.html)).toEqual(real.map((q) => q.html));
    expect(questions.every((q) => q.section === section && q.lang === lang && q.title.endsWith('(копия)'))).toBe(true);
    expect(validateLearnedPage(questions, pageUrl)).toEqual({ questions, refused: [] });
  });

  it('should sanitise hostile answers before they leave the page', () => {
    const { questions } = readGuidePage(buildHostilePayload(), 'https://guide.kaspi.kz/client/ru/x/q1', sanitize);
    expect(questions).toHaveLength(HOSTILE_VECTORS.length);
    for (const q of questions) {
      expect(q.html).not.toMatch(/<(script|img|svg|iframe|form|meta|base|style|input|math)\b|on\w+=|javascript:|data:|vbscript:/i);
    }
  });

  it.each([
    ['an address outside the guide', '[]', 'https://kaspi.kz/shop/q1', /not a guide/],
    ['a payload that is not JSON', 'window.__NUXT__={}', 'https://guide.kaspi.kz/client/ru/q1', /./],
  ])('should learn nothing from %s and say why', (_what, payload, url, reason) => {
    const { questions, error } = readGuidePage(payload, url, sanitize);
    expect(questions).toEqual([]);
    expect(error).toMatch(reason);
  });

  it('should take the language from the address when the payload names no locale', () => {
    const real = bundledQuestions().filter((q) => q.lang === 'kz').slice(0, 1);
    const payload = buildGuidePayload(renewQuestions(real, 1, ''), LOCALE.kz).replace('"kk-KZ"', 'null');
    const { questions } = readGuidePage(payload, `https://guide.kaspi.kz/client/kz${real[0]!.canonical}`, sanitize);
    expect(questions.map((q) => q.lang)).toEqual(['kz']);
  });
});
